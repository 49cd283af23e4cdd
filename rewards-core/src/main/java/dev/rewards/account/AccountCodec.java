package dev.rewards.account;

import dev.rewards.account.MemberAccount.Badge;
import dev.rewards.account.MemberAccount.Downgrade;
import dev.rewards.account.MemberAccount.Purchase;
import dev.rewards.account.MemberAccount.PurchasedLine;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.program.CashbackForm;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link MemberAccount} in a compact binary form (A4, E4): for simulators that keep millions of
 * members, for stores and for stream changelogs. Exact: {@code decode(encode(a))} equals {@code a}.
 * Every number is a variable-length integer (small numbers take one byte), instants are seconds and
 * nanoseconds from the account's clock, amounts are unscaled values with their scale, and each string
 * is written once and then referred to by number (sources, groups and rule ids repeat). Version 1;
 * {@link #decode} refuses other versions with an {@link IllegalArgumentException}. Stateless.
 */
public final class AccountCodec {
    private static final int VERSION = 1;

    private AccountCodec() {
    }

    public static byte[] encode(MemberAccount a) {
        Out o = new Out(a.clock());
        o.num(VERSION);
        o.str(a.memberId());
        o.time(a.clock());
        o.opt(a.enrolledAt(), o::time);
        o.opt(a.referralCode(), o::str);
        o.opt(a.referredBy(), o::str);
        o.num(a.referralPaid() ? 1 : 0);
        o.num(a.referralsMade());
        o.opt(a.tier(), o::str);
        o.opt(a.downgrade(), d -> {
            o.opt(d.to(), o::str);
            o.at(d.at());
        });
        o.list(a.lots(), l -> {
            o.str(l.source());
            o.str(l.group());
            o.at(l.earnedAt());
            o.num(l.points());
            o.num(l.remaining());
            o.at(l.confirmAt());
            o.opt(l.expiresAt(), o::at);
            o.num(l.noticed() ? 1 : 0);
        });
        o.num(a.debt());
        o.list(a.ledger(), e -> {
            o.at(e.at());
            o.num(e.kind().ordinal());
            o.num(e.points());
            o.str(e.source());
            o.str(e.group());
        });
        o.list(a.qualifying(), q -> {
            o.at(q.at());
            o.dec(q.spend());
            o.num(q.points());
            o.num(q.purchases());
        });
        o.num(a.lifetimePurchases());
        o.list(a.badges(), b -> {
            o.str(b.badge());
            o.str(b.challengeId());
            o.at(b.at());
        });
        o.map(a.challengeProgress(), v -> o.num(v));
        o.map(a.purchases(), p -> {
            o.at(p.at());
            o.map(p.lines(), l -> {
                o.num(l.quantity());
                o.dec(l.unitPrice());
                o.num(l.points());
                o.num(l.refunded());
                o.dec(l.credit());
                o.dec(l.cash());
                o.num(l.paidPoints());
                o.dec(l.counted());
            });
            o.num(p.credited());
            o.num(p.reversed());
            o.num(p.paidReferral() ? 1 : 0);
        });
        o.map(a.processed(), o::at);
        StoreCredit c = a.credit();
        o.dec(c.balance());
        o.dec(c.owed());
        o.list(c.pending(), l -> {
            o.str(l.source());
            o.num(l.form().ordinal());
            o.at(l.earnedAt());
            o.dec(l.amount());
            o.dec(l.remaining());
            o.at(l.confirmAt());
        });
        o.list(c.ledger(), e -> {
            o.at(e.at());
            o.num(e.kind().ordinal());
            o.dec(e.amount());
            o.str(e.source());
            o.str(e.rule());
        });
        o.list(List.copyOf(a.segments()), o::str);
        o.opt(a.tierHold(), h -> {
            o.at(h.since());
            o.opt(h.protectedUntil(), o::at);
        });
        o.opt(a.birthday(), d -> o.num(d.getMonthValue() * 100L + d.getDayOfMonth()));
        return o.bytes.toByteArray();
    }

    public static MemberAccount decode(byte[] bytes) {
        In in = new In(bytes);
        int version = (int) in.num();
        if (version != VERSION) throw new IllegalArgumentException("not a version " + VERSION + " account (version " + version + ")");
        String memberId = in.str();
        Instant clock = in.time();
        in.base = clock;
        Optional<Instant> enrolledAt = in.opt(in::time);
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
        Map<String, Instant> processed = in.map(in::at);
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

    /** The writer: variable-length numbers, strings once each, instants relative to the clock. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        final Map<String, Integer> strings = new HashMap<>();
        final Instant base;

        Out(Instant base) {
            this.base = base;
        }

        void num(long v) {
            long z = (v << 1) ^ (v >> 63); // zigzag: small negatives stay small
            while ((z & ~0x7FL) != 0) {
                bytes.write((int) ((z & 0x7F) | 0x80));
                z >>>= 7;
            }
            bytes.write((int) z);
        }

        void str(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                num(known + 1L);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            num(-(long) utf8.length - 1);
            bytes.write(utf8, 0, utf8.length);
        }

        void time(Instant t) {
            num(t.getEpochSecond());
            num(t.getNano());
        }

        void at(Instant t) {
            num(t.getEpochSecond() - base.getEpochSecond());
            num(t.getNano());
        }

        void dec(BigDecimal d) {
            num(d.scale());
            BigInteger u = d.unscaledValue();
            if (u.bitLength() < 63) {
                num(0);
                num(u.longValueExact());
            } else {
                byte[] b = u.toByteArray();
                num(b.length);
                bytes.write(b, 0, b.length);
            }
        }

        <T> void opt(Optional<T> v, java.util.function.Consumer<T> write) {
            num(v.isPresent() ? 1 : 0);
            v.ifPresent(write);
        }

        <T> void list(List<T> items, java.util.function.Consumer<T> write) {
            num(items.size());
            items.forEach(write);
        }

        <T> void map(Map<String, T> items, java.util.function.Consumer<T> write) {
            num(items.size());
            for (Map.Entry<String, T> e : items.entrySet()) {
                str(e.getKey());
                write.accept(e.getValue());
            }
        }
    }

    /** The reader, the writer's mirror. */
    private static final class In {
        final byte[] b;
        int i;
        final List<String> strings = new ArrayList<>();
        Instant base = Instant.EPOCH;

        In(byte[] b) {
            this.b = b;
        }

        long num() {
            long z = 0;
            int shift = 0;
            while (true) {
                byte x = b[i++];
                z |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) break;
                shift += 7;
            }
            return (z >>> 1) ^ -(z & 1);
        }

        String str() {
            long n = num();
            if (n > 0) return strings.get((int) (n - 1));
            int length = (int) (-n - 1);
            String s = new String(b, i, length, StandardCharsets.UTF_8);
            i += length;
            strings.add(s);
            return s;
        }

        Instant time() {
            long seconds = num();
            return Instant.ofEpochSecond(seconds, num());
        }

        Instant at() {
            long seconds = base.getEpochSecond() + num();
            return Instant.ofEpochSecond(seconds, num());
        }

        BigDecimal dec() {
            int scale = (int) num();
            long width = num();
            if (width == 0) return BigDecimal.valueOf(num(), scale);
            byte[] u = java.util.Arrays.copyOfRange(b, i, i + (int) width);
            i += (int) width;
            return new BigDecimal(new BigInteger(u), scale);
        }

        <T> Optional<T> opt(java.util.function.Supplier<T> read) {
            return num() == 1 ? Optional.of(read.get()) : Optional.empty();
        }

        <T> List<T> list(java.util.function.Supplier<T> read) {
            int n = (int) num();
            List<T> out = new ArrayList<>(n);
            for (int k = 0; k < n; k++) out.add(read.get());
            return out;
        }

        <T> Map<String, T> map(java.util.function.Supplier<T> read) {
            int n = (int) num();
            Map<String, T> out = new LinkedHashMap<>(n * 2);
            for (int k = 0; k < n; k++) {
                String key = str();
                out.put(key, read.get());
            }
            return out;
        }
    }
}
