package dev.rewards.program;

import dev.rewards.program.AccountPolicy.Period;

/**
 * L7: what a {@link Period} means in words and in days. Calendar periods start and end on the
 * program's calendar; a rolling window is the {@link #rollingDays} days up to each moment, so a cap of
 * 3 reviews in any 30 days allows a fourth 30 days after the first.
 */
public final class Periods {
    private Periods() {
    }

    /** The days of a rolling window; 0 for a calendar period. */
    public static int rollingDays(Period period) {
        return switch (period) {
            case DAY, WEEK, MONTH, YEAR, LIFETIME -> 0;
            case ROLLING_7_DAYS -> 7;
            case ROLLING_30_DAYS -> 30;
            case ROLLING_365_DAYS -> 365;
        };
    }

    public static boolean isRolling(Period period) {
        return rollingDays(period) > 0;
    }

    /** "a month", "a lifetime", "in any 30 days": after a limit ("3 times a month", "50 points in any 30 days"). */
    public static String phrase(Period period) {
        return isRolling(period) ? "in any " + rollingDays(period) + " days" : "a " + period.name().toLowerCase(java.util.Locale.ROOT);
    }
}
