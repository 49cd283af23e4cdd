package dev.rewards.internal;

import java.time.LocalTime;

/** The hours-of-the-day arithmetic rules and vouchers share. */
public final class Times {
    private Times() {
    }

    /** True when {@code time} is in [{@code from}, {@code until}); a range that ends before it starts runs past midnight. */
    public static boolean within(LocalTime time, LocalTime from, LocalTime until) {
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
    }
}
