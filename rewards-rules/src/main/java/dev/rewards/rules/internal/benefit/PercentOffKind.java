package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.MoneyRounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A percentage of the admitted lines, rounded as the program says (half up on the order by default), at most the maximum. */
final class PercentOffKind extends BenefitKind {
    private final Benefit.PercentOff benefit;

    PercentOffKind(Benefit.PercentOff benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        RoundingMode mode = till.rounding().percentMode();
        if (till.rounding().percentOn() == MoneyRounding.PercentOn.LINE) {
            // M1: each line's share rounded on its own; a maximum then caps the sum, split like any amount
            BigDecimal[] byLine = till.zeros();
            BigDecimal sum = BigDecimal.ZERO;
            for (int l = 0; l < byLine.length; l++) {
                if (!till.admitted()[l]) continue;
                byLine[l] = till.remaining()[l].multiply(benefit.percent()).movePointLeft(2).setScale(till.scale(), mode);
                sum = sum.add(byLine[l]);
            }
            if (benefit.maximum().isPresent() && sum.compareTo(benefit.maximum().get().amount()) > 0) {
                return new Taken(till.allocate(benefit.maximum().get().amount()), BigDecimal.ZERO);
            }
            return new Taken(byLine, BigDecimal.ZERO);
        }
        BigDecimal amount = till.admittedRemaining().multiply(benefit.percent()).movePointLeft(2).setScale(till.scale(), mode);
        if (benefit.maximum().isPresent()) amount = amount.min(benefit.maximum().get().amount());
        return new Taken(till.allocate(amount), BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return benefit.percent().stripTrailingZeros().toPlainString() + "% off: " + amount + where
                + (benefit.maximum().filter(m -> m.equals(amount)).isPresent() ? " (the maximum)" : "");
    }
}
