package dev.rewards.account;

import dev.rewards.money.Money;
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
public record AccountEvent(Type type, String memberId, Instant at, long points, Optional<String> detail, String message,
                           Optional<Money> amount) {
    /**
     * The events; the {@code CASHBACK_*} and {@code CREDIT_SPENT} ones carry an {@code amount}:
     * cashback earned (pending in the return window), store credit now usable, cash cashback now to
     * be paid by the host, cashback taken back for a refund, store credit spent.
     */
    public enum Type {
        POINTS_EARNED, POINTS_CONFIRMED, POINTS_EXPIRING_SOON, POINTS_EXPIRED, POINTS_REDEEMED, POINTS_REVERSED, POINTS_RETURNED,
        TIER_CHANGED, BADGE_EARNED, VOUCHER_ISSUED,
        CASHBACK_EARNED, CASHBACK_CONFIRMED, CASHBACK_PAYABLE, CASHBACK_REVERSED, CREDIT_SPENT,
        /** E5: points credited (positive) or debited (negative) by hand; the message names the reason and who made it. */
        POINTS_ADJUSTED,
        /** E5: store credit credited or debited by hand (the amount signed). */
        CREDIT_ADJUSTED
    }

    /** An event about points, a tier, a badge or a voucher: no amount of money. */
    public AccountEvent(Type type, String memberId, Instant at, long points, Optional<String> detail, String message) {
        this(type, memberId, at, points, detail, message, Optional.empty());
    }

    public AccountEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? Optional.empty() : detail;
        Objects.requireNonNull(message, "message");
        amount = amount == null ? Optional.empty() : amount;
    }

    @Override
    public String toString() {
        return at + " " + type + " " + memberId + (points != 0 ? " " + points + " points" : "") + amount.map(m -> " " + m).orElse("") + detail.map(d -> " (" + d + ")").orElse("")
                + ": " + message;
    }
}
