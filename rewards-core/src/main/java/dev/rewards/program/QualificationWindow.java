package dev.rewards.program;

/**
 * The period over which the tier metric is counted (T1). The host supplies the member's totals for
 * the window that contains the transaction ({@link dev.rewards.transaction.MemberState}).
 */
public enum QualificationWindow {
    CALENDAR_YEAR,
    ROLLING_12_MONTHS,
    LIFETIME
}
