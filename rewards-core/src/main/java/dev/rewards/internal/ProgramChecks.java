package dev.rewards.internal;

import dev.rewards.Problem;
import dev.rewards.money.Money;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.CustomRule;
import dev.rewards.program.EarnRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Tier;
import dev.rewards.program.Tiering;
import java.time.ZoneId;
import java.util.Currency;
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

    public static List<Problem> check(String id, int version, Currency currency, ZoneId zone, List<EarnRule> earnRules,
                                      Tiering tiering, List<PointsCap> caps, List<CashbackRule> cashbackRules,
                                      List<CustomRule> customRules) {
        Checks checks = Checks.start().id(id, "$.id");
        checks.positive(version, "$.version");
        checks.present(currency, "$.currency");
        checks.present(zone, "$.timeZone");
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < earnRules.size(); i++) {
            EarnRule r = earnRules.get(i);
            if (r == null) continue;
            String path = "$.earnRules[" + i + "]";
            unique(checks, seen, r.id(), path);
            if (r instanceof BasketBonus b) currency(checks, currency, Optional.of(b.minimumSpend()), path + ".minimumSpend");
            if (r instanceof FirstPurchaseBonus f) currency(checks, currency, f.minimumSpend(), path + ".minimumSpend");
        }
        if (tiering != null) {
            for (int i = 0; i < tiering.tiers().size(); i++) {
                Tier t = tiering.tiers().get(i);
                if (t != null) unique(checks, seen, t.id(), "$.tiering.tiers[" + i + "]");
            }
        }
        for (int i = 0; i < caps.size(); i++) {
            if (caps.get(i) != null) unique(checks, seen, caps.get(i).id(), "$.caps[" + i + "]");
        }
        for (int i = 0; i < cashbackRules.size(); i++) {
            CashbackRule c = cashbackRules.get(i);
            if (c == null) continue;
            String path = "$.cashbackRules[" + i + "]";
            unique(checks, seen, c.id(), path);
            currency(checks, currency, c.minimumSpend(), path + ".minimumSpend");
            currency(checks, currency, c.capPerTransaction(), path + ".capPerTransaction");
            for (String tierId : c.percentByTier().keySet()) {
                if (tiering != null && tiering.tier(tierId).isEmpty()) {
                    checks.add(path + ".percentByTier." + tierId, Messages.unknownTier(tierId));
                }
            }
        }
        for (int i = 0; i < customRules.size(); i++) {
            if (customRules.get(i) != null) unique(checks, seen, customRules.get(i).id(), "$.customRules[" + i + "]");
        }
        return checks.problems();
    }

    private static void unique(Checks checks, Map<String, String> seen, String id, String path) {
        String first = seen.putIfAbsent(id, path);
        if (first != null) checks.add(path + ".id", Messages.duplicateId(id, first));
    }

    private static void currency(Checks checks, Currency expected, Optional<Money> money, String path) {
        if (expected != null && money.isPresent() && !money.get().currency().equals(expected)) {
            checks.add(path, Messages.wrongCurrency(money.get().currency(), expected));
        }
    }
}
