package dev.rewards.account;

import dev.rewards.account.store.AccountStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member's account at one moment (P7-P9, T1-T3, E1): the points lots and the ledger that explains
 * them, what counts towards tiers, the tier and any downgrade due, badges, referral state, the
 * purchases a refund may reverse, the segments the host puts the member in (E2; {@code Accounts.inSegments}), the cashback held as store credit or pending ({@link StoreCredit}), and the id of every operation applied (with when), so applying one
 * twice changes nothing. It keeps what future decisions need, not the whole history: what is older
 * than the program's {@code historyDays} (before the account's clock) is dropped or merged as each
 * operation is applied, and an operation dated before then is refused ({@code TOO_LATE}), so the
 * cost of an operation follows what is live, not how long the member has been buying. Built and advanced only by {@link Accounts}; stored by the host, as
 * JSON or through an {@link AccountStore}.
 *
 * <p>Immutable and thread-safe.
 */
public record MemberAccount(String memberId, Optional<Instant> enrolledAt, Optional<String> referralCode,
                            Optional<String> referredBy, boolean referralPaid, int referralsMade, Optional<String> tier,
                            Optional<Downgrade> downgrade, Instant clock, List<PointsLot> lots, long debt,
                            List<LedgerEntry> ledger, List<Qualifying> qualifying, int lifetimePurchases, List<Badge> badges,
                            Map<String, Integer> challengeProgress, Map<String, Purchase> purchases, Map<String, Instant> processed,
                            StoreCredit credit, Set<String> segments, Optional<TierHold> tierHold, Optional<java.time.MonthDay> birthday) {

    public MemberAccount {
        tierHold = tierHold == null ? Optional.empty() : tierHold;
        birthday = birthday == null ? Optional.empty() : birthday;
        Objects.requireNonNull(memberId, "memberId");
        enrolledAt = enrolledAt == null ? Optional.empty() : enrolledAt;
        referralCode = referralCode == null ? Optional.empty() : referralCode;
        referredBy = referredBy == null ? Optional.empty() : referredBy;
        tier = tier == null ? Optional.empty() : tier;
        downgrade = downgrade == null ? Optional.empty() : downgrade;
        Objects.requireNonNull(clock, "clock");
        lots = List.copyOf(lots);
        ledger = List.copyOf(ledger);
        qualifying = List.copyOf(qualifying);
        badges = List.copyOf(badges);
        challengeProgress = FrozenMap.of(challengeProgress);
        purchases = FrozenMap.of(purchases);
        processed = FrozenMap.of(processed);
        credit = credit == null ? StoreCredit.NONE : credit;
        segments = dev.rewards.internal.Sets.sorted(segments, "segments");
    }

    /** An account without a birthday (L5: the host gives it with {@code Accounts.withBirthday}). */
    public MemberAccount(String memberId, Optional<Instant> enrolledAt, Optional<String> referralCode, Optional<String> referredBy,
                         boolean referralPaid, int referralsMade, Optional<String> tier, Optional<Downgrade> downgrade, Instant clock,
                         List<PointsLot> lots, long debt, List<LedgerEntry> ledger, List<Qualifying> qualifying, int lifetimePurchases,
                         List<Badge> badges, Map<String, Integer> challengeProgress, Map<String, Purchase> purchases,
                         Map<String, Instant> processed, StoreCredit credit, Set<String> segments, Optional<TierHold> tierHold) {
        this(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt, ledger,
                qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, credit, segments, tierHold, Optional.empty());
    }

    /** An account without a tier hold kept (accounts written before L2's guarantee and protection). */
    public MemberAccount(String memberId, Optional<Instant> enrolledAt, Optional<String> referralCode, Optional<String> referredBy,
                         boolean referralPaid, int referralsMade, Optional<String> tier, Optional<Downgrade> downgrade, Instant clock,
                         List<PointsLot> lots, long debt, List<LedgerEntry> ledger, List<Qualifying> qualifying, int lifetimePurchases,
                         List<Badge> badges, Map<String, Integer> challengeProgress, Map<String, Purchase> purchases,
                         Map<String, Instant> processed, StoreCredit credit, Set<String> segments) {
        this(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt, ledger,
                qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, credit, segments, Optional.empty());
    }

    /** An account in no segment. */
    public MemberAccount(String memberId, Optional<Instant> enrolledAt, Optional<String> referralCode, Optional<String> referredBy,
                         boolean referralPaid, int referralsMade, Optional<String> tier, Optional<Downgrade> downgrade, Instant clock,
                         List<PointsLot> lots, long debt, List<LedgerEntry> ledger, List<Qualifying> qualifying, int lifetimePurchases,
                         List<Badge> badges, Map<String, Integer> challengeProgress, Map<String, Purchase> purchases,
                         Map<String, Instant> processed, StoreCredit credit) {
        this(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt, ledger,
                qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, credit, Set.of());
    }

    /** An account without cashback (accounts written before store credit was kept). */
    public MemberAccount(String memberId, Optional<Instant> enrolledAt, Optional<String> referralCode, Optional<String> referredBy,
                         boolean referralPaid, int referralsMade, Optional<String> tier, Optional<Downgrade> downgrade, Instant clock,
                         List<PointsLot> lots, long debt, List<LedgerEntry> ledger, List<Qualifying> qualifying, int lifetimePurchases,
                         List<Badge> badges, Map<String, Integer> challengeProgress, Map<String, Purchase> purchases,
                         Map<String, Instant> processed) {
        this(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt, ledger,
                qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, StoreCredit.NONE);
    }

    /** E2: this account with the member in {@code segments} (replacing any before). */
    public MemberAccount withSegments(Set<String> segments) {
        return new MemberAccount(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt,
                ledger, qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, credit, segments, tierHold, birthday);
    }

    /** L5: this account with the member's birthday, a month and day (empty to forget it), for birthday rules and bonuses. */
    public MemberAccount withBirthday(Optional<java.time.MonthDay> birthday) {
        return new MemberAccount(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt,
                ledger, qualifying, lifetimePurchases, badges, challengeProgress, purchases, processed, credit, segments, tierHold, birthday);
    }

    /** A tier the member will drop to at {@code at}, unless they qualify again before (T2). */
    public record Downgrade(Optional<String> to, Instant at) {
        public Downgrade {
            to = to == null ? Optional.empty() : to;
            Objects.requireNonNull(at, "at");
        }
    }

    /** What one purchase or refund counted towards tiers: spend, points, purchases (negative for a refund). */
    public record Qualifying(Instant at, BigDecimal spend, long points, int purchases) {
        public Qualifying {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(spend, "spend");
        }
    }

    public record Badge(String badge, String challengeId, Instant at) {
    }

    /**
     * A purchase as booked: its lines (in the order of their ids, so that it reads and writes the same
     * in every run), the points credited and reversed, and whether it paid the member's referral (P6).
     */
    public record Purchase(Instant at, Map<String, PurchasedLine> lines, long credited, long reversed, boolean paidReferral) {
        public Purchase {
            java.util.TreeMap<String, PurchasedLine> sorted = new java.util.TreeMap<>();
            lines.forEach((id, line) -> sorted.put(Objects.requireNonNull(id, "line id"), Objects.requireNonNull(line, "line")));
            lines = java.util.Collections.unmodifiableMap(sorted);
        }

        public Purchase(Instant at, Map<String, PurchasedLine> lines, long credited, long reversed) {
            this(at, lines, credited, reversed, false);
        }

        /** What the lines not refunded still count toward the qualifying spend. */
        public BigDecimal keptSpend() {
            BigDecimal kept = BigDecimal.ZERO;
            for (PurchasedLine l : lines.values()) kept = kept.add(l.keptCounted());
            return kept;
        }
    }

    /**
     * A line as booked: its units and price, the points it earned, the cashback it earned as store
     * credit and as cash (each rule's cashback shared over the lines it used, in proportion to their
     * amounts), how many units were returned, the points it was paid with at checkout (L9), and what it
     * added to the qualifying spend ({@code counted}: its price after discounts when the program earns
     * on the price paid, less what points paid; the outcome's qualifying spend shared over the lines),
     * which a refund takes back pro rata.
     */
    public record PurchasedLine(int quantity, BigDecimal unitPrice, long points, int refunded, BigDecimal credit, BigDecimal cash,
                                long paidPoints, BigDecimal counted) {
        public PurchasedLine {
            // no cashback is one value whatever its scale, as JSON (which leaves it out) reads it back
            credit = credit == null || credit.signum() == 0 ? BigDecimal.ZERO : credit;
            cash = cash == null || cash.signum() == 0 ? BigDecimal.ZERO : cash;
            // lines booked before the qualifying spend was kept per line counted at their price
            counted = counted == null ? unitPrice.multiply(BigDecimal.valueOf(quantity)) : counted;
        }

        public PurchasedLine(int quantity, BigDecimal unitPrice, long points, int refunded, BigDecimal credit, BigDecimal cash) {
            this(quantity, unitPrice, points, refunded, credit, cash, 0, null);
        }

        public PurchasedLine(int quantity, BigDecimal unitPrice, long points, int refunded) {
            this(quantity, unitPrice, points, refunded, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        PurchasedLine returning(int units) {
            return new PurchasedLine(quantity, unitPrice, points, refunded + units, credit, cash, paidPoints, counted);
        }

        /** What the units not returned still count: {@code counted} less the returned units' share, rounded down. */
        public BigDecimal keptCounted() {
            return counted.subtract(returnedShare(counted, refunded, quantity));
        }

        /** What returning {@code units} more takes of {@code amount} (pro rata, rounded down; the last unit the rest). */
        BigDecimal returnedShareOf(BigDecimal amount, int units) {
            return returnedShare(amount, refunded + units, quantity).subtract(returnedShare(amount, refunded, quantity));
        }

        /** {@code units} of {@code quantity} of {@code amount}, rounded down to its scale. */
        static BigDecimal returnedShare(BigDecimal amount, int units, int quantity) {
            if (amount.signum() == 0) return BigDecimal.ZERO;
            return amount.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(quantity), amount.scale(), java.math.RoundingMode.DOWN);
        }
    }

    /** Spendable points at {@code at}: confirmed lots, less any debt a refund left. */
    public long available(Instant at) {
        return spendable(lots, debt, at);
    }

    /** Confirmed points left in {@code lots} at {@code at}, less {@code debt}. */
    static long spendable(List<PointsLot> lots, long debt, Instant at) {
        long sum = 0;
        for (PointsLot l : lots) if (l.confirmedBy(at)) sum += l.remaining();
        return sum - debt;
    }

    /** Points earned but still in their return window at {@code at}. */
    public long pending(Instant at) {
        long sum = 0;
        for (PointsLot l : lots) if (!l.confirmedBy(at)) sum += l.remaining();
        return sum;
    }

    /** Sum of the ledger's entries of one kind. */
    public long total(LedgerEntry.Kind kind) {
        long sum = 0;
        for (LedgerEntry e : ledger) if (e.kind() == kind) sum += e.points();
        return sum;
    }

    /** True when an operation with this id, of any kind, was applied. */
    public boolean hasApplied(String id) {
        if (processed.containsKey(id)) return true;
        for (String key : processed.keySet()) if (key.endsWith(":" + id) && key.indexOf(':') == key.length() - id.length() - 1) return true;
        return false;
    }

    /**
     * True when the operation of this kind ({@code purchase}, {@code event}, {@code refund},
     * {@code redemption}) and id was applied. Ids are kept per kind, so a refund may share its
     * purchase's id; ids stored without a kind (accounts written before kinds were kept) count for every kind.
     */
    public boolean hasApplied(String kind, String id) {
        return processed.containsKey(kind + ":" + id) || processed.containsKey(id);
    }
}
