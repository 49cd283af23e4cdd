package dev.rewards.internal;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable copies that iterate in sorted order (so sets print and serialise in one stable order)
 * and look up by hash (so matching a line against a rule's scope is cheap).
 */
public final class Sets {
    private Sets() {
    }

    public static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values, String name) {
        if (values == null || values.isEmpty()) return Set.of();
        for (T v : values) Objects.requireNonNull(v, () -> name + " must not contain null");
        return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(values)));
    }
}
