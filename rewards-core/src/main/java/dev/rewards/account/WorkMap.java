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
    /** The instant each value carries, for {@link #removeBefore}; null for maps whose values carry none. */
    private final Function<V, Instant> at;
    /** No value's instant is before it; null when unknown. */
    private Instant floor;

    WorkMap(Map<K, V> from, Function<V, Instant> at) {
        this.read = (FrozenMap<K, V>) FrozenMap.of(from);
        this.at = at;
        this.floor = at == null ? null : read.floor();
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
        if (floor != null && at.apply(value).isBefore(floor)) floor = at.apply(value);
        return write().put(key, value);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        Objects.requireNonNull(value, "value");
        floor = null;
        V before = get(key);
        V after = before == null ? value : remapping.apply(before, value);
        if (after == null) remove(key);
        else write().put(key, after);
        return after;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        V before = get(key);
        if (before == null) return null;
        floor = null;
        V after = remapping.apply(key, before);
        if (after == null) remove(key);
        else write().put(key, after);
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
        if (floor == null) floor = earliest();
        if (!floor.isBefore(horizon)) return;
        removeIf((k, v) -> at.apply(v).isBefore(horizon));
        floor = earliest();
    }

    private Instant earliest() {
        Instant f = Instant.MAX;
        for (Entry<K, V> e : entrySet()) if (at.apply(e.getValue()).isBefore(f)) f = at.apply(e.getValue());
        return f;
    }

    /** Removes the entries {@code drop} accepts, changing the map only when there is one. */
    boolean removeIf(BiPredicate<? super K, ? super V> drop) {
        List<K> doomed = new ArrayList<>();
        for (Entry<K, V> e : entrySet()) if (drop.test(e.getKey(), e.getValue())) doomed.add(e.getKey());
        for (K k : doomed) write().remove(k);
        return !doomed.isEmpty();
    }
}
