package dev.rewards.program;

/**
 * How several multipliers on one line combine (the tier's earn multiplier counts as one).
 * With a double-points category (x2) and a gold tier (x1.5) on 10 base points:
 * {@code MULTIPLY} gives 30, {@code ADD} gives 10 + 10 + 5 = 25, {@code HIGHEST} gives 20.
 */
public enum MultiplierStacking {
    /** Factors multiply: x2 and x1.5 make x3. */
    MULTIPLY,
    /** Extra parts add up: x2 and x1.5 make x2.5. */
    ADD,
    /** Only the highest factor counts: x2 and x1.5 make x2. */
    HIGHEST
}
