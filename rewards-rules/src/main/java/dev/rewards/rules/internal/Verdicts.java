package dev.rewards.rules.internal;

import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.LazyVerdicts;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An outcome's verdicts, one per program rule, built when first read: a host that only needs the
 * points pays nothing for explanations. Immutable; reads from any thread see the same verdicts
 * (each is computed from the finished evaluation, and a race only computes an equal one twice).
 */
final class Verdicts extends AbstractList<Verdict> implements RandomAccess, LazyVerdicts {
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

    /** Builds only the verdicts of rules that may have applied: a rule closed by a reason, or never reached, did not. */
    @Override
    public List<Verdict> applied() {
        List<Verdict> out = new ArrayList<>(2);
        for (int i = 0; i < built.length; i++) {
            if (!evaluation.closedAt(i)) {
                Verdict v = get(i);
                if (v.applied()) out.add(v);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    @Override
    public int size() {
        return built.length;
    }
}
