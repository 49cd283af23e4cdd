package dev.rewards.internal;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Immutable sorted copies, so that sets print and serialise in one stable order. */
public final class Sets {
    private Sets() {
    }

    public static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values, String name) {
        if (values == null || values.isEmpty()) return Set.of();
        for (T v : values) Objects.requireNonNull(v, () -> name + " must not contain null");
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
