package dev.rewards.voucher;

import dev.rewards.Problem;
import dev.rewards.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** What a restriction must agree on with the rest of the program: its amounts' currency, the tiers it names. */
final class RestrictionChecks implements Restriction.Cases<Void> {
    private final String at;
    private final Currency currency;
    private final Set<String> tierIds;
    private final List<Problem> problems;

    RestrictionChecks(String at, Currency currency, Set<String> tierIds, List<Problem> problems) {
        this.at = at;
        this.currency = currency;
        this.tierIds = tierIds;
        this.problems = problems;
    }

    @Override
    public Void minimumSpend(Restriction.MinimumSpend m) {
        Money amount = m.amount();
        if (!amount.currency().equals(currency)) {
            problems.add(new Problem(at + ".restrictions.minimumSpend", "must be in " + currency.getCurrencyCode() + ", was "
                    + amount.currency().getCurrencyCode()));
        }
        return null;
    }

    @Override
    public Void tiers(Restriction.Tiers t) {
        for (String tier : t.tiers()) {
            if (!tierIds.contains(tier)) problems.add(new Problem(at + ".restrictions.tiers", "unknown tier '" + tier + "'"));
        }
        return null;
    }

    @Override
    public Void validity(Restriction.Validity r) {
        return null;
    }

    @Override
    public Void items(Restriction.Items r) {
        return null;
    }

    @Override
    public Void vendors(Restriction.Vendors r) {
        return null;
    }

    @Override
    public Void stores(Restriction.Stores r) {
        return null;
    }

    @Override
    public Void channels(Restriction.Channels r) {
        return null;
    }

    @Override
    public Void blackout(Blackout r) {
        return null;
    }

    @Override
    public Void hours(Restriction.Hours r) {
        return null;
    }

    @Override
    public Void usesPerCode(Restriction.UsesPerCode r) {
        return null;
    }

    @Override
    public Void usesPerMember(Restriction.UsesPerMember r) {
        return null;
    }

    @Override
    public Void firstOrderOnly(Restriction.FirstOrderOnly r) {
        return null;
    }

    @Override
    public Void containsItems(ContainsItems c) {
        return null;
    }

    @Override
    public Void minimumQuantity(MinimumQuantity m) {
        return null;
    }

    @Override
    public Void nthOrder(NthOrder n) {
        return null;
    }

    @Override
    public Void shipTo(ShipTo s) {
        return null;
    }

    @Override
    public Void segments(Segments s) {
        return null;
    }

    @Override
    public Void campaignBudget(CampaignBudget b) {
        b.amount().filter(a -> !a.currency().equals(currency)).ifPresent(a -> problems.add(new Problem(at + ".restrictions.budget.amount",
                "must be in " + currency.getCurrencyCode() + ", was " + a.currency().getCurrencyCode())));
        return null;
    }
}
