package dev.rewards.testing;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * The one way every property test here starts: a fixed seed, so a run is repeatable, that a failure
 * report prints (QuickTheories ends it with "Seed was N"); replay with {@code -Drewards.seed=N}.
 */
public final class Properties {
    /** The seed used unless {@code -Drewards.seed} says otherwise. */
    public static final long DEFAULT_SEED = 20261124L;

    private Properties() {
    }

    public static QuickTheory check() {
        long seed = Long.getLong("rewards.seed", DEFAULT_SEED);
        return qt().withFixedSeed(seed).withExamples(Integer.getInteger("rewards.examples", 200));
    }
}
