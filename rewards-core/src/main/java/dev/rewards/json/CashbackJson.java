package dev.rewards.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.CashbackForm;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.LineScope;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cashback rules in program JSON (C1, L10): read with every problem named by path, written back exactly. */
final class CashbackJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CashbackJson() {
    }

    static CashbackRule read(JsonIn in, Currency currency) {
        if (!in.isObject("a cashback rule object")) return null;
        in.allowOnly("id", "percent", "percentByTier", "form", "minimumSpend", "capPerTransaction", "capPerPeriod", "scope", "when", "rounding", "fixed");
        String id = in.string("id");
        BigDecimal percent = in.decimal("percent");
        Map<String, BigDecimal> byTier = new LinkedHashMap<>();
        in.object("percentByTier").ifPresent(o -> o.node.fieldNames().forEachRemaining(name -> {
            BigDecimal p = o.decimal(name);
            if (p != null) byTier.put(name, p);
        }));
        CashbackForm form = in.enumValue("form", CashbackForm.class, CashbackForm.STORE_CREDIT);
        Optional<Money> minimum = Optional.ofNullable(ProgramJson.money(in, "minimumSpend", currency));
        Optional<Money> cap = Optional.ofNullable(ProgramJson.money(in, "capPerTransaction", currency));
        LineScope scope = in.object("scope").map(ProgramJson::scope).orElse(LineScope.ALL);
        Conditions when = in.object("when").map(ProgramJson::conditions).orElse(Conditions.ALWAYS);
        int before = in.problems.size();
        Optional<CashbackRule.PeriodLimit> perPeriod = in.object("capPerPeriod").map(o -> {
            o.allowOnly("period", "max");
            AccountPolicy.Period period = o.enumValue("period", AccountPolicy.Period.class, null);
            Money max = ProgramJson.money(o, "max", currency);
            return o.build(() -> new CashbackRule.PeriodLimit(period, max));
        });
        Optional<Money> fixed = Optional.ofNullable(ProgramJson.money(in, "fixed", currency));
        java.math.RoundingMode rounding = in.enumValue("rounding", java.math.RoundingMode.class, java.math.RoundingMode.DOWN);
        if (in.problems.size() > before) return null;
        return in.build(() -> new CashbackRule(id, percent, byTier, form, minimum, cap, scope, when, perPeriod, rounding, fixed));
    }

    static ArrayNode write(List<CashbackRule> rules) {
        ArrayNode cashback = F.arrayNode();
        for (CashbackRule c : rules) {
            ObjectNode n = cashback.addObject();
            n.put("id", c.id());
            n.put("percent", ProgramJson.plain(c.percent()));
            if (!c.percentByTier().isEmpty()) {
                ObjectNode byTier = n.putObject("percentByTier");
                c.percentByTier().forEach((tier, pct) -> byTier.put(tier, ProgramJson.plain(pct)));
            }
            n.put("form", c.form().name());
            c.minimumSpend().ifPresent(m -> n.put("minimumSpend", m.amount().toPlainString()));
            c.capPerTransaction().ifPresent(m -> n.put("capPerTransaction", m.amount().toPlainString()));
            c.capPerPeriod().ifPresent(l -> n.putObject("capPerPeriod").put("period", l.period().name())
                    .put("max", l.max().amount().toPlainString()));
            c.fixed().ifPresent(f -> n.put("fixed", f.amount().toPlainString()));
            if (c.rounding() != java.math.RoundingMode.DOWN) n.put("rounding", c.rounding().name());
            ProgramJson.scopeAndWhen(n, c.scope(), c.when());
        }
        return cashback;
    }
}
