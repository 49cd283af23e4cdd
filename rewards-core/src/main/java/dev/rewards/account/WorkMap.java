package dev.rewards.account;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A map of an {@link AccountWork}, copied from the account's frozen map only when an operation first
 * changes it, and handed back to the next account without another copy ({@link #freeze}). An
 * operation used to copy each of the account's maps (purchases, operation ids, progress) twice
 * whether it changed them or not, which made the cost of an operation grow with the account's
 * history. Reads see the current contents; views are read-only: every change goes through a method
 * here. No null keys or values. Used by one thread, like the work it belongs to.
 */
final class WorkMap<K, V> extends AbstractMap<K, V> {
    private FrozenMap<K, V> read;
    private HashMap<K, V> own;
    /** The instant each value carries, for {@link #removeBefore}; null for maps whose values carry none. */
    private final Function<V, Instant> at;
    /** No value's instant is before it; null when unknown. */
    private Instant floor;

    WorkMap(Map<K, V> from, Function<V, Instant> at) {
        this.read = (FrozenMap<K, V>) FrozenMap.of(from);
        this.at = at;
        this.floor = at == null ? null : read.floor();
    }

    private Map<K, V> current() {
        return own != null ? own : read;
    }

    private HashMap<K, V> write() {
        if (own == null) own = new HashMap<>(read);
        return own;
    }

    /** The contents as a frozen map; the work may go on changing this map afterwards without touching it. */
    Map<K, V> freeze() {
        if (own != null) {
            read = (FrozenMap<K, V>) FrozenMap.adopt(own, floor);
            own = null;
        } else if (floor != null && read.floor() == null) {
            read.floor(floor);
        }
        return read;
    }

    @Override
    public V get(Object key) {
        return current().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return current().containsKey(key);
    }

    @Override
    public int size() {
        return current().size();
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(current()).entrySet();
    }

    @Override
    public V put(K key, V value) {
        if (floor != null && at.apply(value).isBefore(floor)) floor = at.apply(value);
        return write().put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        floor = null;
        return write().merge(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), remapping);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        if (!containsKey(key)) return null;
        floor = null;
        return write().computeIfPresent(key, remapping);
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
        if (floor == null) {
            Instant f = Instant.MAX;
            for (V v : current().values()) if (at.apply(v).isBefore(f)) f = at.apply(v);
            floor = f;
        }
        if (!floor.isBefore(horizon)) return;
        write().values().removeIf(v -> at.apply(v).isBefore(horizon));
        Instant f = Instant.MAX;
        for (V v : own.values()) if (at.apply(v).isBefore(f)) f = at.apply(v);
        floor = f;
    }

    /** Removes the entries {@code drop} accepts, copying the map only when there is one. */
    boolean removeIf(BiPredicate<? super K, ? super V> drop) {
        boolean any = false;
        for (Entry<K, V> e : current().entrySet()) {
            if (drop.test(e.getKey(), e.getValue())) {
                any = true;
                break;
            }
        }
        return any && write().entrySet().removeIf(e -> drop.test(e.getKey(), e.getValue()));
    }
}
