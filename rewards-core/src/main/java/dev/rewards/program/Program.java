package dev.rewards.program;

import dev.rewards.calendar.Calendars;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.voucher.VoucherPolicy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A loyalty program as versioned data (PR1): what earns points, the tiers, cashback, caps, custom
 * rules and voucher campaigns, in one currency and one time zone (every date in the program is local to it). Build
 * one with {@link #builder()} or load it with {@code RewardsJson}; both validate the
 * whole program and report every problem at once ({@link InvalidProgramException}).
 *
 * <p>{@code stopAfter} names the "stop here" earn rules (L4): when one applies, the earn rules after
 * it in program order add nothing to that transaction (their verdicts say which rule stopped them).
 *
 * <p>Rule ids are unique across the program (earn rules, tiers, caps, cashback and custom rules), and
 * the outcome of an evaluation has a verdict for each, in the order of {@link #ruleIds()}.
 *
 * <p>Immutable and thread-safe.
 */
public record Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                      MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering,
                      List<PointsCap> caps, List<CashbackRule> cashbackRules, List<CustomRule> customRules,
                      VoucherPolicy vouchers, AccountPolicy accounts, Set<String> stopAfter, Calendars calendars,
                      PartnerFunding partnerFunding) {

    /** A program whose partners fund nothing. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules, VoucherPolicy vouchers, AccountPolicy accounts,
                   Set<String> stopAfter, Calendars calendars) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, accounts, stopAfter, calendars, PartnerFunding.NONE);
    }

    /** A program without calendars. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules, VoucherPolicy vouchers, AccountPolicy accounts,
                   Set<String> stopAfter) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, accounts, stopAfter, Calendars.NONE);
    }

    /** A program in which no earn rule stops the ones after it. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules, VoucherPolicy vouchers, AccountPolicy accounts) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, accounts, Set.of());
    }

    /** A program without member-account rules. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules, VoucherPolicy vouchers) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, AccountPolicy.NONE);
    }

    /** A program without vouchers. */
    public Program(String id, int version, Currency currency, ZoneId timeZone, PointsRounding pointsRounding,
                   MultiplierStacking multiplierStacking, List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                   List<CashbackRule> cashbackRules, List<CustomRule> customRules) {
        this(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, VoucherPolicy.NONE, AccountPolicy.NONE);
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
        accounts = accounts == null ? AccountPolicy.NONE : accounts;
        stopAfter = stopAfter == null ? Set.of() : dev.rewards.internal.Sets.sorted(stopAfter, "stopAfter");
        calendars = calendars == null ? Calendars.NONE : calendars;
        partnerFunding = partnerFunding == null ? PartnerFunding.NONE : partnerFunding;
        List<Problem> problems = new ArrayList<>(ProgramChecks.check(id, version, currency, timeZone, earnRules, tiering, caps,
                cashbackRules, ProgramChecks.idsOf(earnRules, tiering, caps, cashbackRules, customRules)));
        if (currency != null) {
            Set<String> tierIds = new HashSet<>();
            tiering.tiers().forEach(t -> tierIds.add(t.id()));
            vouchers.problems(currency, tierIds).forEach(p -> problems.add(p.under("vouchers")));
            accounts.problems(currency, tierIds, vouchers).forEach(p -> problems.add(p.under("accounts")));
        }
        Set<String> earnIds = new HashSet<>();
        earnRules.forEach(r -> earnIds.add(r.id()));
        for (String stop : stopAfter) {
            if (!earnIds.contains(stop)) problems.add(new Problem("stopAfter", "'" + stop + "' is not an earn rule of the program"));
        }
        problems.addAll(ProgramChecks.calendarReferences(calendars, earnRules, cashbackRules, vouchers, ""));
        for (String funded : partnerFunding.percentByRule().keySet()) {
            if (earnRules.stream().noneMatch(r -> r.id().equals(funded)) && vouchers.campaign(funded).isEmpty()) {
                problems.add(new Problem("partnerFunding." + funded, "no earn rule or voucher campaign '" + funded + "'"));
            }
        }
        if (!accounts.tierRenewalBonuses().isEmpty() && tiering.window() != QualificationWindow.CALENDAR_YEAR
                && tiering.window() != QualificationWindow.TIER_YEAR) {
            problems.add(new Problem("accounts.tierRenewalBonuses", "a renewal is a yearly review: give the tiers a CALENDAR_YEAR or TIER_YEAR window,"
                    + " not " + tiering.window()));
        }
        if (!problems.isEmpty()) throw new InvalidProgramException(problems);
    }

    /**
     * P10: this program with the host's calendars added ({@link Calendars#with}: one of the same name
     * replaces the program's), such as this year's public holidays from the host's own file.
     */
    public Program withCalendars(Calendars host) {
        return new Program(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, accounts, stopAfter, calendars.with(host), partnerFunding);
    }

    /** E6: this program with what partners fund ({@link PartnerFunding}). */
    public Program withPartnerFunding(PartnerFunding funding) {
        return new Program(id, version, currency, timeZone, pointsRounding, multiplierStacking, earnRules, tiering, caps, cashbackRules,
                customRules, vouchers, accounts, stopAfter, calendars, funding);
    }

    /** L4: true when {@code earnRuleId} is a "stop here" rule: when it applies, the earn rules after it add nothing. */
    public boolean stopsAfter(String earnRuleId) {
        return stopAfter.contains(earnRuleId);
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
