package dev.rewards.account;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A map of an {@link AccountWork}: the account's frozen map until an operation first changes it,
 * then that map's layers ({@link FrozenMap.Layers}: the shared base, what was put and removed since),
 * handed back to the next account without a copy of the base ({@link #freeze}). An operation used to
 * copy each of the account's maps (purchases, operation ids, progress) twice whether it changed them
 * or not, which made its cost grow with the account's history. Reads see the current contents; views
 * are read-only: every change goes through a method here. No null keys or values. Used by one thread,
 * like the work it belongs to.
 */
final class WorkMap<K, V> extends AbstractMap<K, V> {
    private FrozenMap<K, V> read;
    private FrozenMap.Layers<K, V> own;
    /** The instant each entry carries, for {@link #removeBefore}: its value's, or its key's ({@link #byKey}); null for maps whose entries carry none. */
    private final BiFunction<K, V, Instant> at;
    /** Whether an entry's instant depends on its key alone: a new value for a key already in the map leaves the floor as it was. */
    private final boolean byKey;
    /** No entry's instant is before it (a lower bound, not always the earliest); null when unknown. */
    private Instant floor;

    WorkMap(Map<K, V> from, Function<V, Instant> at) {
        this(from, at == null ? null : (k, v) -> at.apply(v), false);
    }

    private WorkMap(Map<K, V> from, BiFunction<K, V, Instant> at, boolean byKey) {
        this.read = (FrozenMap<K, V>) FrozenMap.of(from);
        this.at = at;
        this.byKey = byKey;
        this.floor = at == null ? null : read.floor();
    }

    /** A map whose entries' instants are their keys' ({@code at} of the key): {@link #removeBefore} skips the scan while nothing is old enough. */
    static <K, V> WorkMap<K, V> byKey(Map<K, V> from, Function<K, Instant> at) {
        return new WorkMap<>(from, (k, v) -> at.apply(k), true);
    }

    private FrozenMap.Layers<K, V> write() {
        if (own == null) own = new FrozenMap.Layers<>(read);
        return own;
    }

    /** The contents as a frozen map; the work may go on changing this map afterwards without touching it. */
    Map<K, V> freeze() {
        if (own != null) {
            read = own.freeze(floor);
            own = null;
        } else if (floor != null && read.floor() == null) {
            read.floor(floor);
        }
        return read;
    }

    @Override
    public V get(Object key) {
        return own != null ? own.get(key) : read.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return own != null ? own.size : read.size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return (own != null ? own.view() : read).entrySet();
    }

    @Override
    public V put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        lower(key, value, null);
        return write().put(key, value);
    }

    /** Keeps the floor a lower bound once {@code key} holds {@code value} (it held {@code before}). */
    private void lower(K key, V value, V before) {
        if (floor == null || byKey && before != null) return;
        Instant t = at.apply(key, value);
        if (t.isBefore(floor)) floor = t;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        Objects.requireNonNull(value, "value");
        V before = get(key);
        V after = before == null ? value : remapping.apply(before, value);
        if (after == null) {
            remove(key);
        } else {
            lower(key, after, before);
            write().put(key, after);
        }
        return after;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        V before = get(key);
        if (before == null) return null;
        V after = remapping.apply(key, before);
        if (after == null) {
            remove(key);
        } else {
            lower(key, after, before);
            write().put(key, after);
        }
        return after;
    }

    @Override
    public V remove(Object key) {
        return containsKey(key) ? write().remove(key) : null;
    }

    /**
     * Removes the entries whose instant is before {@code horizon}; without looking at any when the
     * map is known to hold none (the usual case: the horizon moves a little with each operation).
     */
    void removeBefore(Instant horizon) {
        if (floor != null && !floor.isBefore(horizon)) return;
        // one pass: what goes, and the earliest of what stays
        List<K> doomed = new ArrayList<>();
        Instant[] earliest = {Instant.MAX};
        forEach((k, v) -> {
            Instant t = at.apply(k, v);
            if (t.isBefore(horizon)) doomed.add(k);
            else if (t.isBefore(earliest[0])) earliest[0] = t;
        });
        for (K k : doomed) write().remove(k);
        floor = earliest[0];
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        (own != null ? own.view() : read).forEach(action);
    }

    /** Removes the entries {@code drop} accepts, changing the map only when there is one. */
    boolean removeIf(BiPredicate<? super K, ? super V> drop) {
        List<K> doomed = new ArrayList<>();
        forEach((k, v) -> {
            if (drop.test(k, v)) doomed.add(k);
        });
        for (K k : doomed) write().remove(k);
        return !doomed.isEmpty();
    }
}
