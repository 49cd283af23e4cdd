package dev.rewards.rules.internal.kind;

import java.math.BigDecimal;

/**
 * What the kinds add to a transaction's points, told to the phase that counts them (P1, P3). Points
 * are exact until the phase rounds the transaction's total once, as the program says.
 */
public interface Tally {
    /** Exact spend points a rule earns on one line (by position in id order); the factors covering the line multiply them. */
    void base(RuleState rule, int line, Fraction points);

    /** A factor on the spend points of the lines in {@code lines} (by position), combined as the program's stacking says. */
    void factor(RuleState rule, BigDecimal factor, boolean[] lines);

    /** Fixed points, counted after spend points and never multiplied. */
    void bonus(RuleState rule, long points);
}
