package dev.rewards.json;

import java.util.function.Supplier;

/** What a reading gives, as a value to compare: what it read, or the exception it threw (its class and message). */
final class Readings {
    private Readings() {
    }

    static Object of(Supplier<?> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
