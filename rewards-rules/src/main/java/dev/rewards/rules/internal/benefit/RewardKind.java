package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import java.util.Optional;

/** A non-monetary reward: accepted or rejected like any voucher, recorded as granted, worth no money. */
final class RewardKind extends BenefitKind {
    private final Benefit.Reward benefit;

    RewardKind(Benefit.Reward benefit) {
        this.benefit = benefit;
    }

    @Override
    public boolean appliesWithoutAmount() {
        return true;
    }

    @Override
    public Optional<String> reward() {
        return Optional.of(benefit.description());
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "reward granted: " + benefit.description();
    }
}
