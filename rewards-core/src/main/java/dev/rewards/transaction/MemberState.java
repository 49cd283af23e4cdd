package dev.rewards.transaction;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Sets;
import dev.rewards.money.Money;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What the host knows of a member when a transaction arrives: the id (no personal data), when they
 * enrolled (absent: not a member, earns nothing, P4), their current tier, their qualifying totals in
 * the tier window that contains the transaction, how many purchases they made before, and the
 * segments the host puts them in (E2: {@code students}, {@code staff}, {@code newsletter}; compared as
 * written), which rules and vouchers may be limited to, and the member's birthday as a month and day
 * (L5; optional, no year), and the points they can spend now ({@code spendablePoints}, L9; absent: the
 * host vouches for the balance when a transaction pays with points).
 *
 * <p>Immutable and thread-safe.
 */
public record MemberState(String id, Optional<Instant> enrolledAt, Optional<String> tier, Money qualifyingSpend,
                          long qualifyingPoints, int qualifyingPurchases, int lifetimePurchases, Set<String> segments,
                          Optional<MonthDay> birthday, OptionalLong spendablePoints) {

    /** A member whose spendable points the host does not pass. */
    public MemberState(String id, Optional<Instant> enrolledAt, Optional<String> tier, Money qualifyingSpend, long qualifyingPoints,
                       int qualifyingPurchases, int lifetimePurchases, Set<String> segments, Optional<MonthDay> birthday) {
        this(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases, segments, birthday,
                OptionalLong.empty());
    }

    /** A member whose birthday the host does not pass. */
    public MemberState(String id, Optional<Instant> enrolledAt, Optional<String> tier, Money qualifyingSpend, long qualifyingPoints,
                       int qualifyingPurchases, int lifetimePurchases, Set<String> segments) {
        this(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases, segments, Optional.empty());
    }

    /** A member in no segment. */
    public MemberState(String id, Optional<Instant> enrolledAt, Optional<String> tier, Money qualifyingSpend, long qualifyingPoints,
                       int qualifyingPurchases, int lifetimePurchases) {
        this(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases, Set.of());
    }

    public MemberState {
        enrolledAt = enrolledAt == null ? Optional.empty() : enrolledAt;
        tier = tier == null ? Optional.empty() : tier;
        segments = Sets.sorted(segments, "segments");
        birthday = birthday == null ? Optional.empty() : birthday;
        spendablePoints = spendablePoints == null ? OptionalLong.empty() : spendablePoints;
        Checks checks = Checks.start();
        checks.hostId(id, "id");
        enrolledAt.ifPresent(e -> checks.instant(e, "enrolledAt"));
        if (checks.present(qualifyingSpend, "qualifyingSpend")) checks.notNegative(qualifyingSpend.amount(), "qualifyingSpend");
        checks.notNegative(qualifyingPoints, "qualifyingPoints");
        checks.notNegative(qualifyingPurchases, "qualifyingPurchases");
        checks.notNegative(lifetimePurchases, "lifetimePurchases");
        if (spendablePoints.isPresent()) checks.notNegative(spendablePoints.getAsLong(), "spendablePoints");
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
                lifetimePurchases, segments, birthday, spendablePoints);
    }

    public MemberState withQualifying(Money spend, long points, int purchases) {
        return new MemberState(id, enrolledAt, tier, spend, points, purchases, lifetimePurchases, segments, birthday, spendablePoints);
    }

    public MemberState withLifetimePurchases(int purchases) {
        return new MemberState(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, purchases, segments, birthday, spendablePoints);
    }

    /** E2: the member in these segments (replacing any before). */
    public MemberState inSegments(String... segments) {
        return new MemberState(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases,
                Set.of(segments), birthday, spendablePoints);
    }

    /**
     * L5: the member's birthday, as a month and day (no year: the library needs no more), for rules on
     * the birthday's day, week or month.
     */
    public MemberState withBirthday(MonthDay day) {
        return new MemberState(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases, segments,
                Optional.of(day), spendablePoints);
    }

    /** L9: the points the member can spend now, checked when a transaction pays with points. */
    public MemberState withSpendablePoints(long points) {
        return new MemberState(id, enrolledAt, tier, qualifyingSpend, qualifyingPoints, qualifyingPurchases, lifetimePurchases, segments,
                birthday, OptionalLong.of(points));
    }

    public boolean isEnrolledAt(Instant instant) {
        return enrolledAt.isPresent() && !instant.isBefore(enrolledAt.get());
    }
}
