package dev.rewards.voucher;

import dev.rewards.internal.Sets;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.Optional;
import java.util.Set;

/**
 * Only orders shipped to one of {@code destinations}: country codes such as {@code NL}, or zones the
 * host names, compared as written with the transaction's {@code shipTo} ("free shipping within the
 * Benelux": {@code ["NL", "BE", "LU"]}). An order with no destination does not qualify. JSON:
 * {@code shipTo}.
 *
 * <p>Immutable and thread-safe.
 */
public record ShipTo(Set<String> destinations) implements Restriction {
    public ShipTo {
        destinations = Sets.nonEmpty(destinations, "shipTo");
    }

    public static ShipTo of(String... destinations) {
        return new ShipTo(Set.of(destinations));
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        Optional<String> to = c.shipTo();
        if (to.isPresent() && destinations.contains(to.get())) return Optional.empty();
        return Optional.of(Reason.of(ReasonCode.DESTINATION_NOT_ELIGIBLE, "for orders shipped to " + String.join(", ", destinations)
                + ", not " + to.orElse("an order without a destination")));
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.shipTo(this);
    }
}
