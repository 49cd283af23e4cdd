package dev.rewards.outcome;

import dev.rewards.reason.Shortfall;
import dev.rewards.program.TierMetric;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The member's tier before and after the transaction (T2), the qualifying total after it, how far the
 * next tier is (T4), and what the member still needs to keep the tier they hold at the next review,
 * by which day (L3: a tier kept from a period before, not yet earned again). Tiers only rise within a
 * transaction.
 *
 * <p>Immutable and thread-safe.
 */
public record TierStatus(Optional<String> before, Optional<String> after, boolean upgraded, TierMetric metric,
                         BigDecimal qualifyingTotal, Optional<String> nextTier, Optional<Shortfall> toNextTier,
                         Optional<Shortfall> toKeepTier, Optional<LocalDate> keepBy) {
    /** Without a renewal shortfall. */
    public TierStatus(Optional<String> before, Optional<String> after, boolean upgraded, TierMetric metric, BigDecimal qualifyingTotal,
                      Optional<String> nextTier, Optional<Shortfall> toNextTier) {
        this(before, after, upgraded, metric, qualifyingTotal, nextTier, toNextTier, Optional.empty(), Optional.empty());
    }

    public TierStatus {
        before = before == null ? Optional.empty() : before;
        after = after == null ? Optional.empty() : after;
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(qualifyingTotal, "qualifyingTotal");
        nextTier = nextTier == null ? Optional.empty() : nextTier;
        toNextTier = toNextTier == null ? Optional.empty() : toNextTier;
        toKeepTier = toKeepTier == null ? Optional.empty() : toKeepTier;
        keepBy = keepBy == null ? Optional.empty() : keepBy;
    }
}
