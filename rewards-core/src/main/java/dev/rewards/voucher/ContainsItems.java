package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.LineScope;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Q2: the basket must hold at least {@code quantity} units of {@code items} (any line, whatever the
 * voucher discounts): a condition separate from the discount's target ("10% off coffee when you buy a
 * grinder"). It does not change which lines are discounted. JSON: {@code containsItems}.
 *
 * <p>Immutable and thread-safe.
 */
public record ContainsItems(LineScope items, int quantity) implements Restriction {
    public ContainsItems {
        Checks checks = Checks.start();
        checks.present(items, "containsItems.items");
        checks.positive(quantity, "containsItems.quantity");
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** At least one unit of {@code items}. */
    public static ContainsItems any(LineScope items) {
        return new ContainsItems(items, 1);
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        long held = 0;
        for (Line l : c.lines()) if (items.matches(l)) held += l.quantity();
        if (held >= quantity) return Optional.empty();
        long more = quantity - held;
        return Optional.of(new Reason(ReasonCode.REQUIRED_ITEMS_MISSING, "the basket must hold " + quantity + " of " + items.describe()
                + "; it holds " + held + ", add " + more + " more", Optional.of(new Shortfall(BigDecimal.valueOf(more), "items"))));
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.containsItems(this);
    }
}
