package dev.rewards.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One movement of points (P9). {@code EARNED} adds pending points, {@code CONFIRMED} makes them
 * spendable (no change to the total), {@code REDEEMED}, {@code EXPIRED} and {@code REVERSED} take
 * points away, {@code CAPPED} records what a per-period cap kept from being earned (not a movement),
 * {@code FORFEITED} what a refund could not take back. {@code group} is what caps count: the event
 * type, or {@code purchase}.
 *
 * <p>Immutable and thread-safe.
 */
public record LedgerEntry(Instant at, Kind kind, long points, String source, String group) {
    public enum Kind { EARNED, CONFIRMED, REDEEMED, EXPIRED, REVERSED, CAPPED, FORFEITED }

    public LedgerEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(group, "group");
    }
}
