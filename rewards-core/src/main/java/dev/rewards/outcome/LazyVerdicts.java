package dev.rewards.outcome;

import java.util.List;

/**
 * An outcome's verdicts built when read ({@link dev.rewards.spi.ImmutableList}) that can give the verdicts of the
 * rules that applied without building the explanations of the others (most rules of a program do
 * not concern a given basket: their reasons are text no one reads when only figures are wanted).
 * {@link Outcome#appliedVerdicts()} uses it. Only the library's own modules implement it.
 */
public interface LazyVerdicts extends dev.rewards.spi.ImmutableList {
    /** The verdicts that applied, in the list's order: equal to filtering the list on {@link Verdict#applied()}. */
    List<Verdict> applied();
}
