package dev.rewards.account;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map that {@link MemberAccount} recognises, so an account built from another
 * account's maps shares them instead of copying them again. Layered so that an operation that adds or
 * removes a few entries costs what it changes, not the size of the map: a shared base, the entries
 * put since ({@code top}, which win over the base) and the base's keys removed since ({@code gone});
 * the layers fold into a new base once they hold an eighth of it. No null keys or values. Immutable
 * and thread-safe; equal to any map with the same entries.
 */
final class FrozenMap<K, V> extends AbstractMap<K, V> {
    private static final Map<Object, Object> NONE = Map.of();

    private final Map<K, V> base;
    private final Map<K, V> top;
    private final Set<Object> gone;
    private final int size;
    /**
     * For maps whose values carry an instant (operation ids, purchases): no value's instant is before
     * it (a lower bound, not always the earliest), so a trim that removes what is older than a horizon
     * after it skips the scan; null until known. A memo: computing it again gives the same answer.
     */
    private volatile Instant floor;

    @SuppressWarnings("unchecked")
    private FrozenMap(Map<K, V> base) {
        this(base, (Map<K, V>) NONE, Set.of(), base.size());
    }

    private FrozenMap(Map<K, V> base, Map<K, V> top, Set<Object> gone, int size) {
        this.base = base;
        this.top = top;
        this.gone = gone;
        this.size = size;
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

    Instant floor() {
        return floor;
    }

    void floor(Instant floor) {
        this.floor = floor;
    }

    /** The layers of a map being changed ({@link WorkMap}): this map's base with new top and gone layers, which it owns. */
    static final class Layers<K, V> {
        private final Map<K, V> base;
        final HashMap<K, V> top;
        final java.util.HashSet<Object> gone;
        int size;

        Layers(FrozenMap<K, V> from) {
            this.base = from.base;
            this.top = new HashMap<>(from.top);
            this.gone = new java.util.HashSet<>(from.gone);
            this.size = from.size;
        }

        V get(Object key) {
            V v = top.get(key);
            if (v != null || gone.contains(key)) return v;
            return base.get(key);
        }

        V put(K key, V value) {
            V before = top.put(key, value);
            if (before == null) {
                before = gone.contains(key) ? null : base.get(key);
                if (before == null) size++;
            }
            return before;
        }

        V remove(Object key) {
            V before = top.remove(key);
            V under = gone.contains(key) ? null : base.get(key);
            if (under != null) gone.add(key);
            V removed = before != null ? before : under;
            if (removed != null) size--;
            return removed;
        }

        /** Frozen: folded into a new base once the layers hold an eighth of it. */
        FrozenMap<K, V> freeze(Instant floor) {
            FrozenMap<K, V> f;
            if (top.size() + gone.size() > Math.max(8, base.size() / 8)) {
                HashMap<K, V> merged = new HashMap<>(base);
                merged.keySet().removeAll(gone);
                merged.putAll(top);
                f = new FrozenMap<>(merged);
            } else {
                f = new FrozenMap<>(base, top, gone, size);
            }
            f.floor = floor;
            return f;
        }

        FrozenMap<K, V> view() {
            return new FrozenMap<>(base, top, gone, size);
        }
    }

    @Override
    public V get(Object key) {
        V v = top.get(key);
        if (v != null || gone.contains(key)) return v;
        return base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** In the order of {@link #entrySet}, without an entry object for each. */
    @Override
    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action, "action");
        if (top.isEmpty() && gone.isEmpty()) {
            base.forEach(action);
            return;
        }
        top.forEach(action);
        base.forEach((k, v) -> {
            if (!gone.contains(k) && !top.containsKey(k)) action.accept(k, v);
        });
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        if (top.isEmpty() && gone.isEmpty()) return Collections.unmodifiableMap(base).entrySet();
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, V>> iterator() {
                Iterator<Entry<K, V>> below = base.entrySet().iterator();
                Iterator<Entry<K, V>> above = top.entrySet().iterator();
                return new Iterator<>() {
                    private Entry<K, V> next = advance();

                    private Entry<K, V> advance() {
                        if (above.hasNext()) return new SimpleImmutableEntry<>(above.next());
                        while (below.hasNext()) {
                            Entry<K, V> e = below.next();
                            if (!gone.contains(e.getKey()) && !top.containsKey(e.getKey())) return new SimpleImmutableEntry<>(e);
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Entry<K, V> next() {
                        if (next == null) throw new NoSuchElementException();
                        Entry<K, V> e = next;
                        next = advance();
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
