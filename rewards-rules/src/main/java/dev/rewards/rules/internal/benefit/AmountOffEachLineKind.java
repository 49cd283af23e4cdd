package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.util.Optional;

/** A fixed amount off each eligible line, at most what the line still costs. */
final class AmountOffEachLineKind extends BenefitKind {
    private final Benefit.AmountOffEachLine benefit;

    AmountOffEachLineKind(Benefit.AmountOffEachLine benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        BigDecimal[] byLine = till.zeros();
        for (int l = 0; l < byLine.length; l++) if (till.admitted()[l]) byLine[l] = benefit.amount().amount().min(till.remaining()[l]);
        return new Taken(byLine, BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return benefit.amount() + " off each line: " + amount + where;
    }
}
