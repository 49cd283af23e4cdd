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
    /**
     * For maps whose values carry an instant (operation ids, purchases): no value's instant is before
     * it (a lower bound, not always the earliest), so a trim that removes what is older than a horizon
     * after it skips the scan; null until known. A memo: computing it again gives the same answer.
     */
    private volatile java.time.Instant floor;

    private FrozenMap(Map<K, V> map) {
        this.map = map;
    }

    java.time.Instant floor() {
        return floor;
    }

    void floor(java.time.Instant floor) {
        this.floor = floor;
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

    /** {@code m} frozen without a copy: the caller hands it over and never changes it again. */
    static <K, V> Map<K, V> adopt(HashMap<K, V> m, java.time.Instant floor) {
        FrozenMap<K, V> f = new FrozenMap<>(m);
        f.floor = floor;
        return f;
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
