package dev.rewards.testing;

import dev.rewards.account.AccountResult;
import dev.rewards.outcome.Outcome;

/**
 * AssertJ entry points for reward policies (PR3):
 * {@code assertThat(outcome).earnedPoints(101).upgradedTo("gold").didNotApply("big-basket", BELOW_MINIMUM_SPEND)};
 * {@code assertThat(accounts.refund(ana, refund)).emitted(POINTS_REVERSED).hasAvailable(35, now)}.
 * A failure prints the outcome's explanation (or the account's events and refusals).
 */
public final class RewardsAssertions {
    private RewardsAssertions() {
    }

    public static OutcomeAssert assertThat(Outcome outcome) {
        return new OutcomeAssert(outcome);
    }

    public static AccountAssert assertThat(AccountResult result) {
        return new AccountAssert(result);
    }
}
