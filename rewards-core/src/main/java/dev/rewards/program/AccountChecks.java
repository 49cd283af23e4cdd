package dev.rewards.program;

import dev.rewards.Problem;
import dev.rewards.internal.Checks;
import dev.rewards.voucher.VoucherPolicy;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What only the whole program can check of its {@link AccountPolicy}. Stateless; thread-safe. */
final class AccountChecks {
    private AccountChecks() {
    }

    /** Amounts in the program's currency, tiers and voucher campaigns it names, one action rule per event type; paths relative to {@code accounts}. */
    static List<Problem> problems(AccountPolicy a, Currency currency, Set<String> tierIds, VoucherPolicy vouchers) {
        
        List<Problem> problems = new ArrayList<>();
        a.referral().ifPresent(r -> {
            if (!r.minimumSpend().currency().equals(currency)) {
                problems.add(new Problem("referral.minimumSpend", "must be in " + currency.getCurrencyCode()));
            }
        });
        a.conversion().ifPresent(c -> {
            if (!c.unitValue().currency().equals(currency)) problems.add(new Problem("conversion.unitValue", "must be in " + currency.getCurrencyCode()));
            if (!c.maximumValue().currency().equals(currency)) problems.add(new Problem("conversion.maximumValue", "must be in " + currency.getCurrencyCode()));
        });
        a.tierRenewalBonuses().keySet().forEach(t -> {
            if (!tierIds.contains(t)) problems.add(new Problem("tierRenewalBonuses." + t, "unknown tier '" + t + "'"));
        });
        a.tierBonuses().keySet().forEach(t -> {
            if (!tierIds.contains(t)) problems.add(new Problem("tierBonuses." + t, "unknown tier '" + t + "'"));
        });
        a.cashPayoutMinimum().ifPresent(m -> {
            if (!m.currency().equals(currency)) problems.add(new Problem("cashPayoutMinimum", "must be in " + currency.getCurrencyCode() + ", was "
                    + m.currency().getCurrencyCode()));
            if (!m.isPositive()) problems.add(new Problem("cashPayoutMinimum", "must be more than zero, was " + m));
        });
        for (int i = 0; i < a.challenges().size(); i++) {
            if (Periods.isRolling(a.challenges().get(i).period())) {
                problems.add(new Problem("challenges[" + i + "].period", "a challenge runs over a calendar period (DAY, WEEK, MONTH, YEAR, LIFETIME),"
                        + " not a rolling window"));
            }
        }
        for (int i = 0; i < a.occasionBonuses().size(); i++) {
            OccasionBonus b = a.occasionBonuses().get(i);
            String at = "occasionBonuses[" + i + "].voucherCampaign";
            b.voucherCampaign().filter(c -> vouchers.campaign(c).isEmpty()).ifPresent(c -> problems.add(new Problem(at, "unknown voucher campaign '" + c + "'")));
        }
        for (int i = 0; i < a.milestones().size(); i++) {
            String at = "milestones[" + i + "].voucherCampaign";
            a.milestones().get(i).voucherCampaign().filter(c -> vouchers.campaign(c).isEmpty())
                    .ifPresent(c -> problems.add(new Problem(at, "unknown voucher campaign '" + c + "'")));
        }
        for (int i = 0; i < a.challenges().size(); i++) {
            String at = "challenges[" + i + "].voucherCampaign";
            a.challenges().get(i).voucherCampaign().filter(c -> vouchers.campaign(c).isEmpty())
                    .ifPresent(c -> problems.add(new Problem(at, "unknown voucher campaign '" + c + "'")));
        }
        for (int i = 0; i < a.catalog().size(); i++) {
            String at = "catalog[" + i + "].voucherCampaign";
            a.catalog().get(i).voucherCampaign().filter(c -> vouchers.campaign(c).isEmpty())
                    .ifPresent(c -> problems.add(new Problem(at, "unknown voucher campaign '" + c + "'")));
        }
        a.tierVouchers().forEach((t, campaign) -> {
            if (!tierIds.contains(t)) problems.add(new Problem("tierVouchers." + t, "unknown tier '" + t + "'"));
            if (vouchers.campaign(campaign).isEmpty()) problems.add(new Problem("tierVouchers." + t, "unknown voucher campaign '" + campaign + "'"));
        });
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < a.actions().size(); i++) {
            if (!ids.add("action:" + a.actions().get(i).eventType())) {
                problems.add(new Problem("actions[" + i + "].eventType", "another action rule already rewards '" + a.actions().get(i).eventType() + "'"));
            }
        }
        for (int i = 0; i < a.catalog().size(); i++) {
            for (String tier : a.catalog().get(i).pointsByTier().keySet()) {
                if (!tierIds.contains(tier)) problems.add(new Problem("catalog[" + i + "].pointsByTier." + tier, "unknown tier '" + tier + "'"));
            }
        }
        return problems;
    }

    /** The checks of an {@link Challenge}. */
    static void challenge(String id, String action, int count, AccountPolicy.Period period, String badge, long points,
                          java.util.Set<String> categories) {
        Checks checks = Checks.start();
        boolean distinct = Challenge.DISTINCT_CATEGORIES.equals(action);
        checks.require(categories.isEmpty() || distinct, "categories", "only a challenge on " + Challenge.DISTINCT_CATEGORIES
                + " names categories");
        checks.require(!distinct || categories.isEmpty() || count <= categories.size(), "count", "asks for " + count
                + " distinct categories among only " + categories.size());
        checks.id(id, "id");
        checks.present(action, "action");
        checks.positive(count, "count");
        checks.present(period, "period");
        checks.present(badge, "badge");
        checks.notNegative(points, "points");
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }

    /** The checks of an {@link AccountPolicy.ReferralRule}. */
    static void referral(long referrerPoints, long refereePoints, dev.rewards.money.Money minimumSpend, java.math.BigDecimal referrerPercent) {
        Checks checks = Checks.start();
        checks.notNegative(referrerPoints, "referrerPoints");
        checks.notNegative(refereePoints, "refereePoints");
        if (checks.present(minimumSpend, "minimumSpend")) checks.notNegative(minimumSpend.amount(), "minimumSpend");
        checks.notNegative(referrerPercent, "referrerPercent")
                .require(referrerPercent.compareTo(java.math.BigDecimal.valueOf(100)) <= 0, "referrerPercent", "must be at most 100, was " + referrerPercent);
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }

    /** The checks of an {@link AccountPolicy.CatalogReward}. */
    static void catalogReward(String id, String name, long points, java.util.Map<String, Long> pointsByTier) {
        Checks checks = Checks.start();
        checks.id(id, "id");
        checks.present(name, "name");
        checks.positive(points, "points");
        pointsByTier.forEach((tier, p) -> checks.positive(p, "pointsByTier." + tier));
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }

    /** The checks of an {@link AccountPolicy.ActionRule}. */
    static void actionRule(String id, String eventType, long points, int maxTimes, java.util.Optional<AccountPolicy.Period> per, boolean perProduct) {
        Checks checks = Checks.start();
        checks.id(id, "id");
        if (checks.present(eventType, "eventType")) checks.require(!eventType.isBlank(), "eventType", "must not be blank");
        checks.positive(points, "points");
        checks.notNegative(maxTimes, "maxTimes");
        checks.require(per.isEmpty() || maxTimes > 0, "per", "limits maxTimes, which is not given");
        checks.require(!perProduct || maxTimes > 0, "perProduct", "limits maxTimes per product, which is not given");
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }

    /** The checks of an {@link AccountPolicy.PeriodCap}. */
    static void periodCap(String id, AccountPolicy.Period period, long maxPoints, java.util.Optional<String> eventType, boolean includeBonuses) {
        Checks checks = Checks.start();
        checks.id(id, "id");
        checks.present(period, "period");
        checks.positive(maxPoints, "maxPoints");
        checks.require(!includeBonuses || eventType.isEmpty(), "includeBonuses", "applies to a cap on everything earned, not on one event type");
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }

    /** The checks of an {@link Milestone}. */
    static void milestone(String id, Milestone.Counting counting, int count, long points, java.util.Optional<String> voucher) {
        Checks checks = Checks.start();
        checks.id(id, "id");
        checks.present(counting, "counting");
        checks.positive(count, "count");
        checks.notNegative(points, "points");
        checks.require(points > 0 || voucher.isPresent(), "points", "give points, a voucher campaign, or both");
        checks.throwIfAny(dev.rewards.InvalidProgramException::new);
    }
}
