package dev.rewards.account;

import dev.rewards.account.MemberAccount.Badge;
import dev.rewards.account.MemberAccount.Downgrade;
import dev.rewards.account.MemberAccount.Purchase;
import dev.rewards.account.MemberAccount.PurchasedLine;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.program.CashbackForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link MemberAccount} in a compact binary form (A4, E4): for simulators that keep millions of
 * members, for stores and for stream changelogs. Exact: {@code decode(encode(a))} equals {@code a}.
 * Every number is a variable-length integer (small numbers take one byte); each string is written once
 * and then referred to by number (sources, groups and rule ids repeat), a new one sharing its start
 * with the one before (maps in their own order: the same history gives the same bytes); each instant is written once and then referred to by number (a purchase's
 * instant is its lot's, its ledger entry's and its qualifying record's), a new one as its distance from
 * the clock, the epoch or the instant before, in the largest unit that divides it (a lot confirms 14
 * days after it is earned: one byte); an amount is one number (unscaled value and scale). Version 2
 * ({@link CodecOut}); {@link #decode} reads version 1 too (stores written before it) and refuses others
 * with an {@link IllegalArgumentException}. Stateless.
 */
public final class AccountCodec {
    private static final int VERSION = 2;

    private AccountCodec() {
    }

    /** One writer per thread, reused: its tables and buffer are cleared, not reallocated, per account. */
    private static final ThreadLocal<CodecOut> WRITER = ThreadLocal.withInitial(CodecOut::new);

    public static byte[] encode(MemberAccount a) {
        CodecOut o = WRITER.get().reset(a.clock());
        o.num(VERSION);
        o.str(a.memberId());
        o.time(a.clock());
        o.flag(a.enrolledAt().isPresent());
        if (a.enrolledAt().isPresent()) o.at(a.enrolledAt().get());
        o.optStr(a.referralCode());
        o.optStr(a.referredBy());
        o.flag(a.referralPaid());
        o.num(a.referralsMade());
        o.optStr(a.tier());
        o.flag(a.downgrade().isPresent());
        if (a.downgrade().isPresent()) {
            o.optStr(a.downgrade().get().to());
            o.at(a.downgrade().get().at());
        }
        o.num(a.lots().size());
        for (PointsLot l : a.lots()) {
            o.str(l.source());
            o.str(l.group());
            o.at(l.earnedAt());
            o.num(l.points());
            o.num(l.remaining());
            o.at(l.confirmAt());
            o.flag(l.expiresAt().isPresent());
            if (l.expiresAt().isPresent()) o.at(l.expiresAt().get());
            o.flag(l.noticed());
        }
        o.num(a.debt());
        o.num(a.ledger().size());
        for (LedgerEntry e : a.ledger()) {
            o.at(e.at());
            o.num(e.kind().ordinal());
            o.num(e.points());
            o.str(e.source());
            o.str(e.group());
        }
        o.num(a.qualifying().size());
        for (Qualifying q : a.qualifying()) {
            o.at(q.at());
            o.dec(q.spend());
            o.num(q.points());
            o.num(q.purchases());
        }
        o.num(a.lifetimePurchases());
        o.num(a.badges().size());
        for (Badge b : a.badges()) {
            o.str(b.badge());
            o.str(b.challengeId());
            o.at(b.at());
        }
        o.num(a.challengeProgress().size());
        for (Map.Entry<String, Integer> e : a.challengeProgress().entrySet()) {
            o.str(e.getKey());
            o.num(e.getValue());
        }
        o.num(a.purchases().size());
        for (Map.Entry<String, Purchase> e : a.purchases().entrySet()) {
            o.str(e.getKey());
            Purchase p = e.getValue();
            o.at(p.at());
            o.num(p.lines().size());
            for (Map.Entry<String, PurchasedLine> le : p.lines().entrySet()) {
                o.str(le.getKey());
                PurchasedLine l = le.getValue();
                o.num(l.quantity());
                o.dec(l.unitPrice());
                o.num(l.points());
                o.num(l.refunded());
                o.dec(l.credit());
                o.dec(l.cash());
                o.num(l.paidPoints());
                o.dec(l.counted());
            }
            o.num(p.credited());
            o.num(p.reversed());
            o.flag(p.paidReferral());
        }
        o.num(a.processed().size());
        for (Map.Entry<String, Instant> e : a.processed().entrySet()) {
            o.str(e.getKey());
            o.at(e.getValue());
        }
        StoreCredit c = a.credit();
        o.dec(c.balance());
        o.dec(c.owed());
        o.num(c.pending().size());
        for (StoreCredit.Lot l : c.pending()) {
            o.str(l.source());
            o.num(l.form().ordinal());
            o.at(l.earnedAt());
            o.dec(l.amount());
            o.dec(l.remaining());
            o.at(l.confirmAt());
        }
        o.num(c.ledger().size());
        for (StoreCredit.Entry e : c.ledger()) {
            o.at(e.at());
            o.num(e.kind().ordinal());
            o.dec(e.amount());
            o.str(e.source());
            o.str(e.rule());
        }
        o.num(a.segments().size());
        for (String segment : a.segments()) o.str(segment);
        o.flag(a.tierHold().isPresent());
        if (a.tierHold().isPresent()) {
            o.at(a.tierHold().get().since());
            o.flag(a.tierHold().get().protectedUntil().isPresent());
            if (a.tierHold().get().protectedUntil().isPresent()) o.at(a.tierHold().get().protectedUntil().get());
        }
        o.flag(a.birthday().isPresent());
        if (a.birthday().isPresent()) o.num(a.birthday().get().getMonthValue() * 100L + a.birthday().get().getDayOfMonth());
        return o.toByteArray();
    }

    /** A map frozen with its earliest instant known, so that the first trim after reading it need not look for it. */
    private static <V> Map<String, V> withFloor(Map<String, V> map, java.util.function.Function<V, Instant> at) {
        Instant floor = Instant.MAX;
        for (V v : map.values()) if (at.apply(v).isBefore(floor)) floor = at.apply(v);
        Map<String, V> frozen = FrozenMap.of(map);
        ((FrozenMap<String, V>) frozen).floor(floor);
        return frozen;
    }

    /** The account {@code bytes} hold; bytes that are not an account's (cut short, altered) fail with an {@link IllegalArgumentException}. */
    public static MemberAccount decode(byte[] bytes) {
        try {
            return read(bytes);
        } catch (IndexOutOfBoundsException | java.time.DateTimeException | ArithmeticException | NullPointerException
                 | NumberFormatException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("not an account's bytes: " + e.getMessage(), e);
        }
    }

    private static MemberAccount read(byte[] bytes) {
        CodecIn in = new CodecIn(bytes);
        int version = (int) in.num();
        if (version != 1 && version != VERSION) throw new IllegalArgumentException("not a version 1 or " + VERSION + " account (version " + version + ")");
        in.version(version);
        String memberId = in.str();
        Instant clock = in.time();
        Optional<Instant> enrolledAt = in.opt(in::absolute);
        Optional<String> referralCode = in.opt(in::str);
        Optional<String> referredBy = in.opt(in::str);
        boolean referralPaid = in.num() == 1;
        int referralsMade = (int) in.num();
        Optional<String> tier = in.opt(in::str);
        Optional<Downgrade> downgrade = in.opt(() -> new Downgrade(in.opt(in::str), in.at()));
        List<PointsLot> lots = in.list(() -> new PointsLot(in.str(), in.str(), in.at(), in.num(), in.num(), in.at(), in.opt(in::at), in.num() == 1));
        long debt = in.num();
        LedgerEntry.Kind[] kinds = LedgerEntry.Kind.values();
        List<LedgerEntry> ledger = in.list(() -> new LedgerEntry(in.at(), kinds[(int) in.num()], in.num(), in.str(), in.str()));
        List<Qualifying> qualifying = in.list(() -> new Qualifying(in.at(), in.dec(), in.num(), (int) in.num()));
        int lifetime = (int) in.num();
        List<Badge> badges = in.list(() -> new Badge(in.str(), in.str(), in.at()));
        Map<String, Integer> progress = in.map(() -> (int) in.num());
        Map<String, Purchase> purchases = in.map(() -> new Purchase(in.at(), in.map(() -> new PurchasedLine((int) in.num(), in.dec(), in.num(),
                (int) in.num(), in.dec(), in.dec(), in.num(), in.dec())), in.num(), in.num(), in.num() == 1));
        Map<String, Instant> processed = withFloor(in.map(in::at), java.util.function.Function.identity());
        purchases = withFloor(purchases, Purchase::at);
        BigDecimal balance = in.dec();
        BigDecimal owed = in.dec();
        CashbackForm[] forms = CashbackForm.values();
        List<StoreCredit.Lot> pending = in.list(() -> new StoreCredit.Lot(in.str(), forms[(int) in.num()], in.at(), in.dec(), in.dec(), in.at()));
        StoreCredit.Entry.Kind[] creditKinds = StoreCredit.Entry.Kind.values();
        List<StoreCredit.Entry> creditLedger = in.list(() -> new StoreCredit.Entry(in.at(), creditKinds[(int) in.num()], in.dec(), in.str(), in.str()));
        Set<String> segments = new TreeSet<>(in.list(in::str));
        Optional<TierHold> hold = in.opt(() -> new TierHold(in.at(), in.opt(in::at)));
        Optional<MonthDay> birthday = in.opt(() -> {
            long md = in.num();
            return MonthDay.of((int) (md / 100), (int) (md % 100));
        });
        StoreCredit credit = new StoreCredit(balance, owed, pending, creditLedger);
        return new MemberAccount(memberId, enrolledAt, referralCode, referredBy, referralPaid, referralsMade, tier, downgrade, clock, lots, debt,
                ledger, qualifying, lifetime, badges, progress, purchases, processed, credit, segments, hold, birthday);
    }
}
