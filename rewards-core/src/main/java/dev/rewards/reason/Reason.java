package dev.rewards.reason;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a rule did not apply (or what limited it): a stable code, an English message, and the
 * distance to applying where one can be measured.
 *
 * <p>Immutable and thread-safe.
 */
public record Reason(ReasonCode code, String message, Optional<Shortfall> shortfall) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        shortfall = shortfall == null ? Optional.empty() : shortfall;
    }

    public static Reason of(ReasonCode code, String message) {
        return new Reason(code, message, Optional.empty());
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
