package dev.rewards.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Points earned together from one source (a purchase, an event, a bonus), with the ledger group
 * caps count them in: how many, how many are left, when they become spendable and when what is left
 * expires.
 *
 * <p>Immutable and thread-safe.
 */
public record PointsLot(String source, String group, Instant earnedAt, long points, long remaining, Instant confirmAt,
                        Optional<Instant> expiresAt, boolean noticed) {
    public PointsLot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(earnedAt, "earnedAt");
        Objects.requireNonNull(confirmAt, "confirmAt");
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    public boolean confirmedBy(Instant at) {
        return !confirmAt.isAfter(at);
    }

    PointsLot withRemaining(long left) {
        return new PointsLot(source, group, earnedAt, points, left, confirmAt, expiresAt, noticed);
    }

    PointsLot markNoticed() {
        return new PointsLot(source, group, earnedAt, points, remaining, confirmAt, expiresAt, true);
    }
}
