package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;

/**
 * P5: at most {@code maxPoints} points from one transaction, bonuses included. The outcome shows what
 * the cap removed as an entry of its own, taken from the rules applied last first (bonuses, then
 * multipliers, then spend).
 *
 * <p>Immutable and thread-safe.
 */
public record PointsCap(String id, long maxPoints) {

    public PointsCap {
        Checks.start().id(id, "id").positive(maxPoints, "maxPoints").throwIfAny(InvalidProgramException::new);
    }
}
