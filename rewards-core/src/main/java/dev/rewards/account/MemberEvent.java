package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * Something a member did that is not a purchase (P2): {@code signup}, {@code referral},
 * {@code review}, {@code social-share}, {@code newsletter}, {@code birthday}, or a custom type the
 * program's action rules name. The id is the idempotency key. A {@code signup} may carry the
 * referral code the member arrived with (P6).
 *
 * <p>Immutable and thread-safe.
 */
public record MemberEvent(String id, String memberId, Instant at, String type, Optional<String> referralCode) {
    public MemberEvent {
        referralCode = referralCode == null ? Optional.empty() : referralCode;
        Checks checks = Checks.start();
        if (checks.present(id, "id")) checks.require(!id.isBlank(), "id", "must not be blank");
        if (checks.present(memberId, "memberId")) checks.require(!memberId.isBlank(), "memberId", "must not be blank");
        checks.instant(at, "at");
        if (checks.present(type, "type")) checks.require(!type.isBlank(), "type", "must not be blank");
        checks.throwIfAny(InvalidInputException::new);
    }

    public static MemberEvent of(String id, String memberId, Instant at, String type) {
        return new MemberEvent(id, memberId, at, type, Optional.empty());
    }
}
