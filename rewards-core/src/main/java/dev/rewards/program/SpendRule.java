package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.math.BigDecimal;

/**
 * P1: {@code points} points per {@code per} currency units of eligible spend, such as 1 point per
 * 1.00 EUR. Spend is the lines' price times quantity, shipping excluded. Fractions of a point are
 * kept exactly and rounded once, as the program's {@link PointsRounding} says.
 *
 * <p>Immutable and thread-safe.
 */
public record SpendRule(String id, long points, BigDecimal per, LineScope scope, Conditions when) implements EarnRule {

    public SpendRule {
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        Checks.start().id(id, "id").positive(points, "points").positive(per, "per")
                .throwIfAny(InvalidProgramException::new);
    }

    /** {@code points} per {@code per} currency units on every line, always. */
    public static SpendRule of(String id, long points, String per) {
        return new SpendRule(id, points, new BigDecimal(per), LineScope.ALL, Conditions.ALWAYS);
    }

    public SpendRule withScope(LineScope scope) {
        return new SpendRule(id, points, per, scope, when);
    }

    public SpendRule withWhen(Conditions when) {
        return new SpendRule(id, points, per, scope, when);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.SPEND;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.spend(this);
    }
}
