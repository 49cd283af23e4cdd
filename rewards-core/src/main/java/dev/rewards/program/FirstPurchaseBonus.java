package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import java.util.Optional;

/**
 * P3: {@code points} points on a member's first purchase (no purchase before it), optionally only
 * when eligible spend reaches {@code minimumSpend}.
 *
 * <p>Immutable and thread-safe.
 */
public record FirstPurchaseBonus(String id, long points, Optional<Money> minimumSpend, LineScope scope, Conditions when)
        implements EarnRule {

    public FirstPurchaseBonus {
        minimumSpend = minimumSpend == null ? Optional.empty() : minimumSpend;
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        Checks checks = Checks.start().id(id, "id").positive(points, "points");
        minimumSpend.ifPresent(m -> checks.notNegative(m.amount(), "minimumSpend"));
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static FirstPurchaseBonus of(String id, long points) {
        return new FirstPurchaseBonus(id, points, Optional.empty(), LineScope.ALL, Conditions.ALWAYS);
    }

    public FirstPurchaseBonus withMinimumSpend(Money minimum) {
        return new FirstPurchaseBonus(id, points, Optional.of(minimum), scope, when);
    }

    public FirstPurchaseBonus withWhen(Conditions when) {
        return new FirstPurchaseBonus(id, points, minimumSpend, scope, when);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.FIRST_PURCHASE_BONUS;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.firstPurchaseBonus(this);
    }
}
