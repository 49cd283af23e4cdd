package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.Optional;

/**
 * Q4: only a member's {@code n}th order (1: the first, like {@link Restriction.FirstOrderOnly}; 3: the
 * third), counted from the purchases the member made before this one (a purchase refunded in full
 * does not count). Guests never pass. JSON: {@code nthOrder}.
 *
 * <p>Immutable and thread-safe.
 */
public record NthOrder(int n) implements Restriction {
    public NthOrder {
        Checks checks = Checks.start();
        checks.positive(n, "nthOrder");
        checks.throwIfAny(InvalidProgramException::new);
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        if (!c.member()) return Optional.of(Reason.of(ReasonCode.NOT_NTH_ORDER, "for a member's order number " + n + "; a guest has none"));
        int order = c.lifetimePurchases() + 1;
        if (order == n) return Optional.empty();
        return Optional.of(Reason.of(ReasonCode.NOT_NTH_ORDER, "for a member's order number " + n + "; this is order number " + order));
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.nthOrder(this);
    }
}
