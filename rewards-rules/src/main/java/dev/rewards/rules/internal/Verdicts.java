package dev.rewards.rules.internal;

import dev.rewards.spi.ImmutableList;
import dev.rewards.outcome.Verdict;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An outcome's verdicts, one per program rule, built when first read: a host that only needs the
 * points pays nothing for explanations. Immutable; reads from any thread see the same verdicts
 * (each is computed from the finished evaluation, and a race only computes an equal one twice).
 */
final class Verdicts extends AbstractList<Verdict> implements RandomAccess, ImmutableList {
    private final Explanations evaluation;
    private final Verdict[] built;

    Verdicts(Explanations evaluation, int size) {
        this.evaluation = evaluation;
        this.built = new Verdict[size];
    }

    @Override
    public Verdict get(int index) {
        Verdict v = built[index];
        if (v == null) {
            v = evaluation.verdictAt(index);
            built[index] = v;
        }
        return v;
    }

    @Override
    public int size() {
        return built.length;
    }
}
