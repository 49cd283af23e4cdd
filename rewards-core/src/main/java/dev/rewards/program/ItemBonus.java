package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;

/**
 * P3: {@code points} points for each unit bought of the items in scope, such as "50 points for every
 * bag of beans", counting at most {@code maxUnits} units of one transaction when it is above zero (0:
 * no limit). Units are the lines' quantities; the points are fixed and not multiplied.
 *
 * <p>Immutable and thread-safe.
 */
public record ItemBonus(String id, long points, int maxUnits, LineScope scope, Conditions when) implements EarnRule {

    public ItemBonus {
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        Checks.start().id(id, "id").positive(points, "points").notNegative(maxUnits, "maxUnits")
                .throwIfAny(InvalidProgramException::new);
    }

    /** {@code points} points for each unit of the items in {@code scope}, with no limit on units. */
    public static ItemBonus of(String id, long points, LineScope scope) {
        return new ItemBonus(id, points, 0, scope, Conditions.ALWAYS);
    }

    public ItemBonus withMaxUnits(int maxUnits) {
        return new ItemBonus(id, points, maxUnits, scope, when);
    }

    public ItemBonus withWhen(Conditions when) {
        return new ItemBonus(id, points, maxUnits, scope, when);
    }

    /** The units that earn, out of {@code units} in scope. */
    public long countedUnits(long units) {
        return maxUnits > 0 ? Math.min(units, maxUnits) : units;
    }

    @Override
    public RuleKind kind() {
        return RuleKind.ITEM_BONUS;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.itemBonus(this);
    }
}
