package dev.rewards.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the host may tell the member on its own channels (E4): points earned, confirmed, about
 * to expire, expired, redeemed or reversed; a tier change; a badge; a voucher to issue. {@code detail}
 * is the tier, badge, campaign or source it concerns.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountEvent(Type type, String memberId, Instant at, long points, Optional<String> detail, String message) {
    public enum Type {
        POINTS_EARNED, POINTS_CONFIRMED, POINTS_EXPIRING_SOON, POINTS_EXPIRED, POINTS_REDEEMED, POINTS_REVERSED,
        TIER_CHANGED, BADGE_EARNED, VOUCHER_ISSUED
    }

    public AccountEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? Optional.empty() : detail;
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return at + " " + type + " " + memberId + (points != 0 ? " " + points + " points" : "") + detail.map(d -> " (" + d + ")").orElse("")
                + ": " + message;
    }
}
