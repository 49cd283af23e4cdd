package dev.rewards.program;

import dev.rewards.internal.Messages;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How fractions of a point become whole points: the mode ({@link RoundingMode#FLOOR} by default)
 * and the level it is applied at: each line on its own, or the transaction's total once
 * ({@link Level#TRANSACTION}, the default, which never loses more than one point a transaction).
 *
 * <p>Immutable and thread-safe.
 */
public record PointsRounding(RoundingMode mode, Level level) {

    public static final PointsRounding DEFAULT = new PointsRounding(RoundingMode.FLOOR, Level.TRANSACTION);

    public enum Level {
        LINE,
        TRANSACTION
    }

    public PointsRounding {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(level, "level");
        if (mode == RoundingMode.UNNECESSARY) throw new IllegalArgumentException(Messages.unnecessaryRounding());
    }
}
