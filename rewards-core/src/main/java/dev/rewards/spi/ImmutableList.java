package dev.rewards.spi;

/**
 * Marks a {@link java.util.List} implementation whose contents never change once it is handed over,
 * so that the model's records may keep it instead of copying it (copying a lazily built list would
 * build every element). Only the library's own modules implement it.
 */
public interface ImmutableList {
}
