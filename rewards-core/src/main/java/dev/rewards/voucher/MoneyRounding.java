package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.math.RoundingMode;

/**
 * How voucher money is rounded (M1, M2), a program setting because peers differ: a percentage
 * discount rounded once on the order (the eligible lines together) or on each line, with
 * {@code mode}; and where the cents left over when an amount is split over lines go. The default
 * (half up, per order, largest remainder) is what the library always did. JSON: {@code vouchers.rounding}.
 *
 * <p>Example, 15% off three lines of 3.33 (9.99 together): per order, 1.4985 rounds half up to 1.50,
 * split 0.50 + 0.50 + 0.50; per line, each 0.4995 rounds to 0.50, 1.50 in all; with {@code DOWN}
 * per line, 0.49 each, 1.47 in all.
 *
 * <p>Immutable and thread-safe.
 */
public record MoneyRounding(RoundingMode percentMode, PercentOn percentOn, Leftover leftover) {
    public static final MoneyRounding DEFAULT = new MoneyRounding(RoundingMode.HALF_UP, PercentOn.ORDER, Leftover.LARGEST_REMAINDER);

    /** Where a percentage is rounded: once on the eligible lines together, or on each line. */
    public enum PercentOn { ORDER, LINE }

    /**
     * Where the cents an exact split leaves over go: to the lines with the largest remainders (ties to
     * the first line by id), or to the first (last) line by id that can take them.
     */
    public enum Leftover { LARGEST_REMAINDER, FIRST_LINE, LAST_LINE }

    public MoneyRounding {
        Checks checks = Checks.start();
        if (checks.present(percentMode, "percentMode")) {
            checks.require(percentMode != RoundingMode.UNNECESSARY, "percentMode", "must say how to round, not UNNECESSARY");
        }
        checks.present(percentOn, "percentOn");
        checks.present(leftover, "leftover");
        checks.throwIfAny(InvalidProgramException::new);
    }

    public MoneyRounding withPercentMode(RoundingMode mode) {
        return new MoneyRounding(mode, percentOn, leftover);
    }

    public MoneyRounding withPercentOn(PercentOn on) {
        return new MoneyRounding(percentMode, on, leftover);
    }

    public MoneyRounding withLeftover(Leftover to) {
        return new MoneyRounding(percentMode, percentOn, to);
    }
}
