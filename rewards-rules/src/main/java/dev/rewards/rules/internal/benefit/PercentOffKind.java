package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A percentage of the admitted lines, rounded half up to the minor unit, at most the maximum. */
final class PercentOffKind extends BenefitKind {
    private final Benefit.PercentOff benefit;

    PercentOffKind(Benefit.PercentOff benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        BigDecimal amount = till.admittedRemaining().multiply(benefit.percent()).movePointLeft(2).setScale(till.scale(), RoundingMode.HALF_UP);
        if (benefit.maximum().isPresent()) amount = amount.min(benefit.maximum().get().amount());
        return new Taken(till.allocate(amount), BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return benefit.percent().stripTrailingZeros().toPlainString() + "% off: " + amount + where
                + (benefit.maximum().filter(m -> m.equals(amount)).isPresent() ? " (the maximum)" : "");
    }
}
