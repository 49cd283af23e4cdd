package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.internal.ProgramChecks;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import dev.rewards.voucher.VoucherPolicy;

/**
 * A loyalty program as versioned data (PR1): what earns points, the tiers, cashback, caps, custom
 * rules and voucher campaigns, in one currency and one time zone (every date in the program is local to it). Build
 * one with {@link #builder()} or load it with {@code dev.rewards.json.RewardsJson}; both validate the
 * whole program and report every problem at once ({@link InvalidProgramException}).
 *
 * <p>Rule ids are unique across the program (earn rules, tiers, caps, cashback and custom rules), and
 * the outcome of an evaluation has a verdict for each, in the order of {@link #ruleIds()}.
 *
 * <p>Immutable and thread-safe.
 */
public record Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                      MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering,
                      List<PointsCap> caps, List<CashbackRule> cashbackRules, List<CustomRule> customRules,
                      VoucherPolicy vouchers, dev.rewards.account.AccountPolicy accounts) {

    /** A program without member-account rules. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules, VoucherPolicy vouchers) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, dev.rewards.account.AccountPolicy.NONE);
    }

    /** A program without vouchers. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, VoucherPolicy.NONE, dev.rewards.account.AccountPolicy.NONE);
    }

    public Program {
        pointsRounding = pointsRounding == null ? PointsRounding.DEFAULT : pointsRounding;
        multiplierStacking = multiplierStacking == null ? MultiplierStacking.MULTIPLY : multiplierStacking;
        tiering = tiering == null ? Tiering.NONE : tiering;
        earnRules = earnRules == null ? List.of() : List.copyOf(earnRules);
        caps = caps == null ? List.of() : List.copyOf(caps);
        cashbackRules = cashbackRules == null ? List.of() : List.copyOf(cashbackRules);
        customRules = customRules == null ? List.of() : List.copyOf(customRules);
        vouchers = vouchers == null ? VoucherPolicy.NONE : vouchers;
        accounts = accounts == null ? dev.rewards.account.AccountPolicy.NONE : accounts;
        List<Problem> problems = new ArrayList<>(ProgramChecks.check(id, version, currency, timeZone, earnRules, tiering, caps,
                cashbackRules, ProgramChecks.idsOf(earnRules, tiering, caps, cashbackRules, customRules)));
        if (currency != null) {
            Set<String> tierIds = new HashSet<>();
            tiering.tiers().forEach(t -> tierIds.add(t.id()));
            vouchers.problems(currency, tierIds).forEach(p -> problems.add(p.under("vouchers")));
            accountProblems(accounts, currency, tierIds, vouchers).forEach(p -> problems.add(p.under("accounts")));
        }
        if (!problems.isEmpty()) throw new InvalidProgramException(problems);
    }

    /** What only the whole program can check of its account rules: currencies, tiers and campaigns it names. */
    public static List<Problem> accountProblems(dev.rewards.account.AccountPolicy a, Currency currency, Set<String> tierIds,
                                                VoucherPolicy vouchers) {
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
        a.tierBonuses().keySet().forEach(t -> {
            if (!tierIds.contains(t)) problems.add(new Problem("tierBonuses." + t, "unknown tier '" + t + "'"));
        });
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
        return problems;
    }

    public static ProgramBuilder builder() {
        return new ProgramBuilder();
    }

    /** Every rule id in explanation order: earn rules, tiers that multiply earning, caps, cashback, custom. */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        earnRules.forEach(r -> ids.add(r.id()));
        tiering.tiers().stream().filter(Tier::multipliesEarning).forEach(t -> ids.add(t.id()));
        caps.forEach(c -> ids.add(c.id()));
        cashbackRules.forEach(c -> ids.add(c.id()));
        customRules.forEach(c -> ids.add(c.id()));
        return List.copyOf(ids);
    }

    public Optional<Tier> tier(String tierId) {
        return tiering.tier(tierId);
    }

    /** {@code brewhouse v3}. */
    public String label() {
        return id + " v" + version;
    }
}
