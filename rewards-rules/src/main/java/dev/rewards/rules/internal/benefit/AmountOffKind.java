package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.util.Optional;

/** A fixed amount off the admitted lines, never more than what is left of them. */
final class AmountOffKind extends BenefitKind {
    private final Benefit.AmountOff benefit;

    AmountOffKind(Benefit.AmountOff benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        BigDecimal onLines = benefit.amount().amount().min(till.admittedRemaining());
        BigDecimal onShipping = benefit.reachesShipping() ? benefit.amount().amount().subtract(onLines).min(till.shipping()) : BigDecimal.ZERO;
        return new Taken(till.allocate(onLines), onShipping);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return amount + " off" + where + (amount.isLessThan(benefit.amount())
                ? benefit.reachesShipping() ? " (capped at what the eligible items and the shipping cost)" : " (capped at what the eligible items cost)"
                : "");
    }
}
