package dev.rewards.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set over a sorted array: iterates in sorted order (stable output), looks up by a
 * linear scan when small and by binary search otherwise, and lets hot loops index it without an
 * iterator ({@link #get}). Made by {@link Sets#sorted}.
 */
public final class ArraySet<T extends Comparable<? super T>> extends AbstractSet<T> {
    private final Object[] elements;

    ArraySet(Object[] sortedDistinct) {
        this.elements = sortedDistinct;
    }

    @Override
    public int size() {
        return elements.length;
    }

    @SuppressWarnings("unchecked")
    public T get(int i) {
        return (T) elements[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean contains(Object o) {
        if (o == null) return false;
        if (elements.length <= 8) {
            for (Object e : elements) if (e.equals(o)) return true;
            return false;
        }
        try {
            return Arrays.binarySearch(elements, o) >= 0;
        } catch (ClassCastException e) {
            return false;
        }
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < elements.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (next >= elements.length) throw new NoSuchElementException();
                return (T) elements[next++];
            }
        };
    }
}
