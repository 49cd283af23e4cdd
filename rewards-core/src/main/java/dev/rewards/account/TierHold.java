package dev.rewards.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * L2: how the member holds their current tier: since when (the upgrade, the assignment, or the
 * enrolment that gave it), and for a tier assigned by hand ({@link Accounts#assignTier}) until when it
 * is protected from automatic downgrade. A program's {@code guaranteeMonths} counts from
 * {@code since}. Immutable and thread-safe.
 */
public record TierHold(Instant since, Optional<Instant> protectedUntil) {
    public TierHold {
        Objects.requireNonNull(since, "since");
        protectedUntil = protectedUntil == null ? Optional.empty() : protectedUntil;
    }

    public static TierHold since(Instant at) {
        return new TierHold(at, Optional.empty());
    }
}
