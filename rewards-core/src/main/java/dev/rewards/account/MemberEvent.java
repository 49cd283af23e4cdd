package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Something a member did that is not a purchase (P2): {@code signup}, {@code referral},
 * {@code review}, {@code social-share}, {@code newsletter}, {@code birthday}, or a custom type the
 * program's action rules name. The id is the idempotency key. A {@code signup} may carry the
 * referral code the member arrived with (P6). Where the host has them, the product it concerns (a
 * review of a product), the store and the channel (L7), which action rules may be limited by. An
 * effect the library makes may carry {@code points}: a referral reward worth a percentage of the
 * friend's first purchase (L7).
 *
 * <p>Immutable and thread-safe.
 */
public record MemberEvent(String id, String memberId, Instant at, String type, Optional<String> referralCode, Optional<String> product,
                          Optional<String> store, Optional<String> channel, Optional<Long> points) {
    /** An event carrying no points of its own (every event a host makes). */
    public MemberEvent(String id, String memberId, Instant at, String type, Optional<String> referralCode, Optional<String> product,
                       Optional<String> store, Optional<String> channel) {
        this(id, memberId, at, type, referralCode, product, store, channel, Optional.empty());
    }

    /** An event with no product, store or channel. */
    public MemberEvent(String id, String memberId, Instant at, String type, Optional<String> referralCode) {
        this(id, memberId, at, type, referralCode, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public MemberEvent {
        referralCode = referralCode == null ? Optional.empty() : referralCode;
        product = product == null ? Optional.empty() : product;
        store = store == null ? Optional.empty() : store;
        channel = channel == null ? Optional.empty() : channel;
        points = points == null ? Optional.empty() : points;
        Checks checks = Checks.start();
        points.ifPresent(p -> checks.notNegative(p, "points"));
        if (checks.present(id, "id")) checks.require(!id.isBlank(), "id", "must not be blank");
        if (checks.present(memberId, "memberId")) checks.require(!memberId.isBlank(), "memberId", "must not be blank");
        checks.instant(at, "at");
        if (checks.present(type, "type")) checks.require(!type.isBlank(), "type", "must not be blank");
        checks.throwIfAny(InvalidInputException::new);
    }

    public static MemberEvent of(String id, String memberId, Instant at, String type) {
        return new MemberEvent(id, memberId, at, type, Optional.empty());
    }

    /** The same event about {@code product} (a SKU or the host's product id). */
    public MemberEvent about(String product) {
        return new MemberEvent(id, memberId, at, type, referralCode, Optional.of(product), store, channel, points);
    }

    /** The same event in {@code store} through {@code channel} (either may be null). */
    public MemberEvent via(String store, String channel) {
        return new MemberEvent(id, memberId, at, type, referralCode, product, Optional.ofNullable(store), Optional.ofNullable(channel), points);
    }
}
