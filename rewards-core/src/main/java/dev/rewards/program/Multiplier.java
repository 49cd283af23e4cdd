package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import java.math.BigDecimal;

/**
 * P3: multiplies the points that spend rules earn on the lines in scope, while the conditions hold:
 * double points on coffee beans, triple points on a Saturday. How several multipliers on one line
 * combine is the program's {@link MultiplierStacking}. Fixed bonuses are not multiplied.
 *
 * <p>Immutable and thread-safe.
 */
public record Multiplier(String id, BigDecimal factor, LineScope scope, Conditions when) implements EarnRule {

    public Multiplier {
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        Checks checks = Checks.start().id(id, "id");
        if (checks.present(factor, "factor")) {
            checks.require(factor.compareTo(BigDecimal.ONE) >= 0, "factor", Messages.factorBelowOne(factor));
        }
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static Multiplier of(String id, String factor) {
        return new Multiplier(id, new BigDecimal(factor), LineScope.ALL, Conditions.ALWAYS);
    }

    public Multiplier withScope(LineScope scope) {
        return new Multiplier(id, factor, scope, when);
    }

    public Multiplier withWhen(Conditions when) {
        return new Multiplier(id, factor, scope, when);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.MULTIPLIER;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.multiplier(this);
    }
}
