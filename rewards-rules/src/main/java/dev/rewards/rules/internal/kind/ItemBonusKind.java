package dev.rewards.rules.internal.kind;

import dev.rewards.program.ItemBonus;
import dev.rewards.transaction.Line;
import java.util.List;

/** P3: fixed points for each unit of the items in scope, up to a number of units per transaction. */
final class ItemBonusKind extends Kind {
    private final ItemBonus rule;

    ItemBonusKind(ItemBonus rule) {
        super(rule.id(), rule.kind(), rule.scope(), rule.when());
        this.rule = rule;
    }

    private static long units(RuleState s) {
        long units = 0;
        for (Line l : s.lines()) units += l.quantity();
        return units;
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        tally.bonus(s, Math.multiplyExact(rule.points(), rule.countedUnits(units(s))));
    }

    @Override
    public String summary(RuleState s) {
        long units = units(s);
        long counted = rule.countedUnits(units);
        return rule.points() + " for each of " + Reasons.plural(counted, "item")
                + (counted < units ? " (at most " + rule.maxUnits() + " of " + units + ")" : "") + ": " + Reasons.plural(s.points(), "point");
    }

    @Override
    public List<String> usedLines(RuleState s) {
        return Reasons.ids(s.lines());
    }
}
