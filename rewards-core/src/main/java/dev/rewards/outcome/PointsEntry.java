package dev.rewards.outcome;

import java.util.Objects;
import java.util.Optional;

/**
 * Points one rule gave on one line (or on the whole transaction, for bonuses and caps). A cap's entry
 * is negative: it is what the cap removed. The entries of an outcome always sum to its points.
 *
 * <p>Immutable and thread-safe.
 */
public record PointsEntry(String ruleId, Optional<String> lineId, long points) {
    public PointsEntry {
        Objects.requireNonNull(ruleId, "ruleId");
        lineId = lineId == null ? Optional.empty() : lineId;
    }
}
