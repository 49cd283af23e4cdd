package dev.rewards.transaction;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the host knows of a member when a transaction arrives: the id (no personal data), when they
 * enrolled (absent: not a member, earns nothing, P4), their current tier, their qualifying totals in
 * the tier window that contains the transaction, and how many purchases they made before.
 *
 * <p>Immutable and thread-safe.
 */
public record MemberState(String id, Optional<Instant> enrolledAt, Optional<String> tier, Money qualifyingSpend,
                          long qualifyingPoints, int qualifyingPurchases, int lifetimePurchases) {

    public MemberState {
        enrolledAt = enrolledAt == null ? Optional.empty() : enrolledAt;
        tier = tier == null ? Optional.empty() : tier;
        Checks checks = Checks.start();
        checks.hostId(id, "id");
        enrolledAt.ifPresent(e -> checks.instant(e, "enrolledAt"));
        if (checks.present(qualifyingSpend, "qualifyingSpend")) checks.notNegative(qualifyingSpend.amount(), "qualifyingSpend");
        checks.notNegative(qualifyingPoints, "qualifyingPoints");
        checks.notNegative(qualifyingPurchases, "qualifyingPurchases");
        checks.notNegative(lifetimePurchases, "lifetimePurchases");
        checks.throwIfAny(InvalidInputException::new);
    }

    /** A member enrolled at {@code enrolledAt}, with no tier and nothing counted yet. */
    public static MemberState enrolled(String id, Instant enrolledAt, Currency currency) {
        return new MemberState(id, Optional.of(Objects.requireNonNull(enrolledAt, "enrolledAt")), Optional.empty(),
                Money.zero(currency), 0, 0, 0);
    }

    /** Someone known by id who has not enrolled: evaluations explain that nothing is earned. */
    public static MemberState guest(String id, Currency currency) {
        return new MemberState(id, Optional.empty(), Optional.empty(), Money.zero(currency), 0, 0, 0);
    }

    public MemberState withTier(String tierId) {
        return new MemberState(id, enrolledAt, Optional.of(tierId), qualifyingSpend, qualifyingPoints, qualifyingPurchases,
                lifetimePurchases);
    }

    public MemberState withQualifying(Money spend, long points, int purchases) {
        return new MemberState(id, enrolledAt, tier, spend, points, purchases, lifetimePurchases);
    }

    public MemberState withLifetimePurchases(int purchases) {
        return new MemberState(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, purchases);
    }

    public boolean isEnrolledAt(Instant instant) {
        return enrolledAt.isPresent() && !instant.isBefore(enrolledAt.get());
    }
}
