package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import java.util.Objects;

/**
 * P3: {@code points} points when the spend on the lines in scope reaches {@code minimumSpend}
 * (inclusive): "50 bonus points on baskets of 40.00 or more".
 *
 * <p>Immutable and thread-safe.
 */
public record BasketBonus(String id, long points, Money minimumSpend, LineScope scope, Conditions when) implements EarnRule {

    public BasketBonus {
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        Checks checks = Checks.start().id(id, "id").positive(points, "points");
        if (checks.present(minimumSpend, "minimumSpend")) checks.positive(minimumSpend.amount(), "minimumSpend");
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static BasketBonus of(String id, long points, Money minimumSpend) {
        return new BasketBonus(id, points, Objects.requireNonNull(minimumSpend, "minimumSpend"), LineScope.ALL, Conditions.ALWAYS);
    }

    public BasketBonus withScope(LineScope scope) {
        return new BasketBonus(id, points, minimumSpend, scope, when);
    }

    public BasketBonus withWhen(Conditions when) {
        return new BasketBonus(id, points, minimumSpend, scope, when);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.BASKET_BONUS;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.basketBonus(this);
    }
}
