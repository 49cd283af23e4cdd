package dev.rewards.internal;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Immutable copies that iterate in sorted order (so sets print and serialise in one stable order)
 * and are cheap to match against: {@link ArraySet}.
 */
public final class Sets {
    private Sets() {
    }

    public static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values, String name) {
        if (values == null || values.isEmpty()) return Set.of();
        for (T v : values) Objects.requireNonNull(v, () -> name + " must not contain null");
        if (values instanceof ArraySet) return values;
        // already in natural order (a TreeSet as JSON reading builds it), or a single value: no second sort
        if (values.size() == 1 || values instanceof java.util.SortedSet<T> s && s.comparator() == null) return new ArraySet<>(values.toArray());
        return new ArraySet<>(new TreeSet<>(values).toArray());
    }

    /** A sorted copy of a set a program rule cannot be without: empty is a {@link dev.rewards.InvalidProgramException} at {@code field}. */
    public static Set<String> nonEmpty(Set<String> values, String field) {
        Set<String> sorted = sorted(values, field);
        if (sorted.isEmpty()) {
            throw new dev.rewards.InvalidProgramException(java.util.List.of(new dev.rewards.Problem(field, Messages.required())));
        }
        return sorted;
    }
}
