package dev.rewards.outcome;

import dev.rewards.reason.Shortfall;
import dev.rewards.program.TierMetric;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The member's tier before and after the transaction (T2), the qualifying total after it, and how
 * far the next tier is (T4). Tiers only rise within a transaction.
 *
 * <p>Immutable and thread-safe.
 */
public record TierStatus(Optional<String> before, Optional<String> after, boolean upgraded, TierMetric metric,
                         BigDecimal qualifyingTotal, Optional<String> nextTier, Optional<Shortfall> toNextTier) {
    public TierStatus {
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(qualifyingTotal, "qualifyingTotal");
        nextTier = nextTier == null ? Optional.empty() : nextTier;
        toNextTier = toNextTier == null ? Optional.empty() : toNextTier;
    }
}
