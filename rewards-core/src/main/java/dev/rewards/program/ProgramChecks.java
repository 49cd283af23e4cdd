package dev.rewards.program;

import dev.rewards.calendar.Calendars;
import dev.rewards.Problem;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.time.ZoneId;
import java.util.Currency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks that span a whole program: ids unique across every rule, money in the program's
 * currency, tier references that exist. Elements may be null (they failed their own checks while
 * loading), so that the JSON reader can report these problems alongside the others, at the same
 * list positions; a null tiering means the tiers were invalid, and references to them go unchecked.
 */
public final class ProgramChecks {
    private ProgramChecks() {
    }

    /** Rule ids by the path of their rule, in program order, for {@link #check}. */
    public static List<Map.Entry<String, String>> idsOf(List<EarnRule> earnRules, Tiering tiering, List<PointsCap> caps,
                                                        List<CashbackRule> cashbackRules, List<CustomRule> customRules) {
        List<Map.Entry<String, String>> ids = new ArrayList<>();
        for (int i = 0; i < earnRules.size(); i++) ids.add(Map.entry("$.earnRules[" + i + "]", earnRules.get(i).id()));
        for (int i = 0; i < tiering.tiers().size(); i++) ids.add(Map.entry("$.tiering.tiers[" + i + "]", tiering.tiers().get(i).id()));
        for (int i = 0; i < caps.size(); i++) ids.add(Map.entry("$.caps[" + i + "]", caps.get(i).id()));
        for (int i = 0; i < cashbackRules.size(); i++) ids.add(Map.entry("$.cashbackRules[" + i + "]", cashbackRules.get(i).id()));
        for (int i = 0; i < customRules.size(); i++) ids.add(Map.entry("$.customRules[" + i + "]", customRules.get(i).id()));
        return ids;
    }

    /**
     * @param ids every rule's id by the path of its rule, in program order; the JSON reader passes the
     *     ids as written, so duplicates are found even among rules that failed their own checks
     */
    public static List<Problem> check(String id, int version, Currency currency, ZoneId zone, List<EarnRule> earnRules,
                                      Tiering tiering, List<PointsCap> caps, List<CashbackRule> cashbackRules,
                                      List<Map.Entry<String, String>> ids) {
        Checks checks = Checks.start().id(id, "$.id");
        checks.positive(version, "$.version");
        checks.present(currency, "$.currency");
        checks.present(zone, "$.timeZone");
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : ids) {
            if (e.getValue() == null) continue;
            String first = seen.putIfAbsent(e.getValue(), e.getKey());
            if (first != null) checks.add(e.getKey() + ".id", Messages.duplicateId(e.getValue(), first));
        }
        for (int i = 0; i < earnRules.size(); i++) {
            EarnRule r = earnRules.get(i);
            if (r == null) continue;
            String path = "$.earnRules[" + i + "]";
            currency(checks, currency, r.accept(MINIMUM_SPEND), path + ".minimumSpend");
        }
        for (int i = 0; i < cashbackRules.size(); i++) {
            CashbackRule c = cashbackRules.get(i);
            if (c == null) continue;
            String path = "$.cashbackRules[" + i + "]";
            currency(checks, currency, c.minimumSpend(), path + ".minimumSpend");
            currency(checks, currency, c.capPerTransaction(), path + ".capPerTransaction");
            currency(checks, currency, c.capPerPeriod().map(CashbackRule.PeriodLimit::max), path + ".capPerPeriod.max");
            for (String tierId : c.percentByTier().keySet()) {
                if (tiering != null && tiering.tier(tierId).isEmpty()) {
                    checks.add(path + ".percentByTier." + tierId, Messages.unknownTier(tierId));
                }
            }
        }
        return checks.problems();
    }

    /** The amount each earn rule kind states, checked against the program's currency. */
    private static final EarnRule.Cases<Optional<Money>> MINIMUM_SPEND = new EarnRule.Cases<>() {
        @Override
        public Optional<Money> spend(SpendRule r) {
            return r.minimumSpend();
        }

        @Override
        public Optional<Money> multiplier(Multiplier r) {
            return Optional.empty();
        }

        @Override
        public Optional<Money> firstPurchaseBonus(FirstPurchaseBonus r) {
            return r.minimumSpend();
        }

        @Override
        public Optional<Money> basketBonus(BasketBonus r) {
            return Optional.of(r.minimumSpend());
        }

        @Override
        public Optional<Money> itemBonus(ItemBonus r) {
            return Optional.empty();
        }
    };

    private static void currency(Checks checks, Currency expected, Optional<Money> money, String path) {
        if (expected != null && money.isPresent() && !money.get().currency().equals(expected)) {
            checks.add(path, Messages.wrongCurrency(money.get().currency(), expected));
        }
    }

    /**
     * P10: every calendar a condition or a voucher blackout names must be among the program's
     * calendars; each one missing is a problem at its path (under {@code prefix}).
     */
    public static List<Problem> calendarReferences(Calendars calendars, List<EarnRule> earnRules, List<CashbackRule> cashbackRules,
                                            dev.rewards.voucher.VoucherPolicy vouchers, String prefix) {
        List<Problem> problems = new ArrayList<>();
        java.util.function.BiConsumer<String, String> need = (path, name) -> {
            if (!calendars.has(name)) {
                problems.add(new Problem(prefix + path, "no calendar '" + name + "': the program's calendars are " + calendars.names()
                        + "; add it to \"calendars\" or supply it with Program.withCalendars (CLI: --calendars FILE)"));
            }
        };
        for (int i = 0; i < earnRules.size(); i++) {
            if (earnRules.get(i) == null) continue; // invalid, reported elsewhere
            Conditions w = earnRules.get(i).when();
            String at = "earnRules[" + i + "].when.";
            w.calendar().ifPresent(n -> need.accept(at + "calendar", n));
            w.exceptCalendar().ifPresent(n -> need.accept(at + "exceptCalendar", n));
        }
        for (int i = 0; i < cashbackRules.size(); i++) {
            if (cashbackRules.get(i) == null) continue;
            Conditions w = cashbackRules.get(i).when();
            String at = "cashbackRules[" + i + "].when.";
            w.calendar().ifPresent(n -> need.accept(at + "calendar", n));
            w.exceptCalendar().ifPresent(n -> need.accept(at + "exceptCalendar", n));
        }
        for (int i = 0; i < vouchers.campaigns().size(); i++) {
            if (vouchers.campaigns().get(i) == null) continue;
            int b = 0;
            for (dev.rewards.voucher.Restriction r : vouchers.campaigns().get(i).restrictions()) {
                if (r instanceof dev.rewards.voucher.Blackout blackout) {
                    String at = "vouchers.campaigns[" + i + "].restrictions.blackouts[" + b + "].calendar";
                    blackout.calendar().ifPresent(n -> need.accept(at, n));
                    b++;
                }
            }
        }
        return problems;
    }
}
