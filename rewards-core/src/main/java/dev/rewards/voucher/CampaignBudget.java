package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * D8: a campaign's total budget, across every member and code: the discount it may give in all
 * ({@code amount}) and how many times it may be redeemed ({@code redemptions}), either or both. The
 * voucher store counts both ({@link CampaignUsage}) and enforces them exactly once when it redeems, as
 * it does per-code limits; the remaining budget is readable from the store at any time.
 *
 * <p>A discount that would take the campaign past its money budget is not applicable
 * ({@code BUDGET_EXHAUSTED}, naming what is left) rather than cut down to the rest, as Medusa's
 * campaign budgets do: a customer never sees half an offer. JSON: {@code "budget": {"amount": "5000.00",
 * "redemptions": 1000}} in a campaign's restrictions. Counting starts when the budget is set.
 *
 * <p>Immutable and thread-safe.
 */
public record CampaignBudget(Optional<Money> amount, OptionalLong redemptions) implements Restriction {
    public CampaignBudget {
        amount = amount == null ? Optional.empty() : amount;
        redemptions = redemptions == null ? OptionalLong.empty() : redemptions;
        Checks checks = Checks.start();
        checks.require(amount.isPresent() || redemptions.isPresent(), "budget", "give an amount, a number of redemptions, or both");
        amount.ifPresent(a -> checks.require(a.isPositive(), "budget.amount", "must be more than zero, was " + a));
        redemptions.ifPresent(n -> checks.require(n >= 1, "budget.redemptions", "must be at least 1, was " + n));
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static CampaignBudget of(Money amount) {
        return new CampaignBudget(Optional.of(amount), OptionalLong.empty());
    }

    public static CampaignBudget redemptions(long max) {
        return new CampaignBudget(Optional.empty(), OptionalLong.of(max));
    }

    public static CampaignBudget of(Money amount, long redemptions) {
        return new CampaignBudget(Optional.of(amount), OptionalLong.of(redemptions));
    }

    /** Used up before this transaction: every redemption taken, or the whole amount given. */
    @Override
    public Optional<Reason> check(Checkout c) {
        CampaignUsage used = c.campaignUsage();
        if (redemptions.isPresent() && used.redemptions() >= redemptions.getAsLong()) {
            return Optional.of(Reason.of(ReasonCode.BUDGET_EXHAUSTED, "the campaign's " + redemptions.getAsLong()
                    + (redemptions.getAsLong() == 1 ? " redemption is" : " redemptions are") + " used up"));
        }
        if (amount.isPresent() && !used.spentOr(amount.get()).isLessThan(amount.get())) {
            return Optional.of(Reason.of(ReasonCode.BUDGET_EXHAUSTED, "the campaign's budget of " + amount.get() + " is spent"));
        }
        return Optional.empty();
    }

    /** Why a discount of {@code taken} does not fit in what is left of the money budget; empty when it does. */
    public Optional<Reason> exceededBy(Money taken, CampaignUsage used) {
        if (amount.isEmpty()) return Optional.empty();
        Money left = remaining(used).orElseThrow();
        if (!left.isLessThan(taken)) return Optional.empty();
        return Optional.of(Reason.of(ReasonCode.BUDGET_EXHAUSTED, "would give " + taken + "; " + left + " is left of the campaign's budget of "
                + amount.get()));
    }

    /** What is left of the money budget after {@code used}, never below zero; empty without one. */
    public Optional<Money> remaining(CampaignUsage used) {
        return amount.map(a -> {
            Money left = a.minus(used.spentOr(a));
            return left.isNegative() ? Money.zero(a.currency()) : left;
        });
    }

    /** Redemptions left after {@code used}, never below zero; empty without a limit. */
    public OptionalLong redemptionsLeft(CampaignUsage used) {
        return redemptions.isPresent() ? OptionalLong.of(Math.max(0, redemptions.getAsLong() - used.redemptions())) : OptionalLong.empty();
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.campaignBudget(this);
    }
}
