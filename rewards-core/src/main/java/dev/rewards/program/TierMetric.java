package dev.rewards.program;

/** What tiers qualify on (T1). */
public enum TierMetric {
    /** Qualifying spend in the program's currency: the lines' price times quantity, shipping excluded. */
    SPEND,
    /** Points earned. */
    POINTS,
    /** Number of purchases. */
    PURCHASES
}
