package dev.rewards.simulation;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import java.time.Instant;

/**
 * The span of a history (A3): its months run from the month holding {@code from} to the month holding
 * {@code to}, in the program's zone; every month end in between is closed for every member taking
 * part, and the last month's tiers are counted as the accounts stand at {@code to}. Given rather than
 * derived, so that replays of different members, on different machines, close the same months.
 *
 * <p>Immutable and thread-safe.
 */
public record Span(Instant from, Instant to) {
    public Span {
        Checks checks = Checks.start();
        checks.instant(from, "from").instant(to, "to");
        if (from != null && to != null) checks.require(!to.isBefore(from), "to", "must not be before from (" + from + "), was " + to);
        checks.throwIfAny(InvalidInputException::new);
    }
}
