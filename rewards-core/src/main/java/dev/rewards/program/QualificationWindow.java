package dev.rewards.program;

/**
 * The period over which the tier metric is counted (T1). The host supplies the member's totals for
 * the window that contains the transaction ({@link dev.rewards.transaction.MemberState}).
 */
public enum QualificationWindow {
    CALENDAR_YEAR,
    ROLLING_12_MONTHS,
    LIFETIME,
    /**
     * L2: 12 months from entering the tier held, the count starting again at each upgrade and at each
     * renewal; the member is reviewed on each anniversary of tier entry (accounts keep the entry in
     * {@code TierHold}). Hosts evaluating single transactions pass the totals since that entry.
     */
    TIER_YEAR
}
