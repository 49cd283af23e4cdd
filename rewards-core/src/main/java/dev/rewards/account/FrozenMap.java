package dev.rewards.account;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable copy of a map that {@link MemberAccount} recognises, so an account built from
 * another account's maps shares them instead of copying them again. Cheaper than {@code Map.copyOf}
 * for the large maps of an account (purchases, ids), which is rebuilt on every operation: one
 * {@code HashMap} copy, no re-probing. No null keys or values. Immutable and thread-safe.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;

    private FrozenMap(Map<K, V> map) {
        this.map = map;
    }

    /** {@code m} itself when it is already frozen, otherwise a frozen copy. */
    static <K, V> Map<K, V> of(Map<K, V> m) {
        if (m instanceof FrozenMap<K, V>) return m;
        Map<K, V> copy = new HashMap<>(m);
        copy.forEach((k, v) -> {
            Objects.requireNonNull(k, "key");
            Objects.requireNonNull(v, "value");
        });
        return new FrozenMap<>(copy);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(map).entrySet();
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}
