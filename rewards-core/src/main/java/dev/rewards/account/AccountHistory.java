package dev.rewards.account;

import dev.rewards.account.MemberAccount.Badge;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.QualificationWindow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What an account keeps (A3, P7): everything a decision at or after its horizon can need, where the
 * horizon is the program's {@code historyDays} before the account's clock. Operations dated before the
 * horizon are refused ({@code TOO_LATE}), so what lies before it can go:
 * <ul>
 *   <li>ids of operations applied before it, and purchases made before it (no refund can reach them);</li>
 *   <li>ledger entries before the start of the longest cap period containing it (caps count their
 *       period), folded into one {@code earlier} entry per kind and group (lifetime caps count them), so the ledger's totals still cover the
 *       whole history and balance = earned - redeemed - expired - reversed still holds;</li>
 *   <li>qualifying records outside every tier window an operation after it can read (lifetime totals
 *       are folded into one record);</li>
 *   <li>lots spent or expired before it; lots still holding points from before it are merged when they
 *       expire together (their purchases are gone, so nothing tells them apart);</li>
 *   <li>challenge and action counts of periods that ended before it; repeated badges earned before it
 *       (the latest of each stays).</li>
 * </ul>
 * So the cost of an operation follows the member's activity within the horizon, not the length of
 * their history. Stateless apart from the calendar; thread-safe.
 */
final class AccountHistory {
    private final AccountCalendar cal;

    AccountHistory(AccountCalendar cal) {
        this.cal = cal;
    }

    /** The earliest instant an operation on an account with this clock may carry. */
    static Instant horizon(Instant clock, AccountPolicy policy) {
        return clock.minus(Duration.ofDays(policy.historyDays()));
    }

    void trim(AccountWork w) {
        Instant horizon = horizon(w.clock, cal.policy);
        w.processed.removeBefore(horizon);
        w.purchases.removeBefore(horizon);
        foldLedger(w.ledger, horizon, h -> cal.capCut(h, cal.capPeriods));
        w.credit.fold(horizon);
        trimQualifying(w.qualifying, horizon);
        trimLots(w.lots, horizon, w.clock);
        w.progress.removeBefore(cal.dateOf(horizon).minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        trimBadges(w.badges, horizon);
    }

    /** The source of the entries that sum up what was folded. */
    static final String EARLIER = "earlier";

    private static void foldLedger(List<LedgerEntry> ledger, Instant horizon, UnaryOperator<Instant> cutOf) {
        fold(ledger, horizon, cutOf, LedgerEntry::at, LedgerEntry::source, e -> e.kind() + "|" + e.group(),
                e -> new LedgerEntry(e.at(), e.kind(), e.points(), EARLIER, e.group()),
                (x, y) -> new LedgerEntry(later(x.at(), y.at()), x.kind(), x.points() + y.points(), EARLIER, x.group()));
    }

    /**
     * Folds the entries of a ledger (points or cashback) dated before the cut of {@code horizon}
     * ({@code cutOf}, never after it) into one {@code earlier} entry per {@code key} (kind and group,
     * or kind and rule), first in the list: the totals hold, and caps that count a group over a
     * lifetime still count it. The cut is worked out only when an entry is before the horizon.
     */
    static <E> void fold(List<E> ledger, Instant horizon, UnaryOperator<Instant> cutOf, Function<E, Instant> at, Function<E, String> source,
                         Function<E, String> key, UnaryOperator<E> asEarlier, BinaryOperator<E> merge) {
        if (!due(ledger, horizon, at, source)) return;
        Instant cut = cutOf.apply(horizon);
        if (!due(ledger, cut, at, source)) return;
        Map<String, E> folded = new java.util.TreeMap<>();
        for (E e : ledger) if (at.apply(e).isBefore(cut)) folded.merge(key.apply(e), asEarlier.apply(e), merge);
        ledger.removeIf(e -> at.apply(e).isBefore(cut));
        ledger.addAll(0, folded.values());
    }

    /** Whether an entry not yet folded is dated before {@code cut}. */
    private static <E> boolean due(List<E> ledger, Instant cut, Function<E, Instant> at, Function<E, String> source) {
        for (E e : ledger) if (at.apply(e).isBefore(cut) && !source.apply(e).equals(EARLIER)) return true;
        return false;
    }

    /** Whether an element of {@code list} is dated ({@code at}) before {@code horizon}: the check each trim makes before any work. */
    private static <E> boolean anyBefore(List<E> list, Function<E, Instant> at, Instant horizon) {
        for (E e : list) if (at.apply(e).isBefore(horizon)) return true;
        return false;
    }

    static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    private void trimQualifying(List<Qualifying> qualifying, Instant horizon) {
        // every window's cut is at or before the horizon: nothing earlier, nothing to drop or fold
        if (!anyBefore(qualifying, Qualifying::at, horizon)) return;
        QualificationWindow window = cal.program.tiering().window();
        if (window == QualificationWindow.LIFETIME) {
            List<Qualifying> old = qualifying.stream().filter(q -> q.at().isBefore(horizon)).toList();
            if (old.size() < 2) return;
            qualifying.removeIf(q -> q.at().isBefore(horizon));
            qualifying.add(0, ClosedPeriods.folded(old));
            return;
        }
        Instant cut = switch (window) {
            case CALENDAR_YEAR -> cal.startOfPeriod(Period.YEAR, horizon);
            // a tier year under review began within the 12 months before the clock, so after this cut
            case ROLLING_12_MONTHS, TIER_YEAR, LIFETIME -> ZonedDateTime.ofInstant(horizon, cal.zone).minusMonths(12).toInstant();
        };
        qualifying.removeIf(q -> q.at().isBefore(cut));
    }

    static void trimLots(List<PointsLot> lots, Instant horizon, Instant clock) {
        // the usual case: nothing earned before the horizon, nothing to drop or merge
        if (!anyBefore(lots, PointsLot::earnedAt, horizon)) return;
        lots.removeIf(l -> l.remaining() <= 0 && l.earnedAt().isBefore(horizon) && l.confirmedBy(clock));
        record Key(String group, java.util.Optional<Instant> expiresAt, boolean noticed) {
        }
        Map<Key, List<PointsLot>> merging = new HashMap<>();
        for (PointsLot l : lots) {
            if (l.earnedAt().isBefore(horizon) && l.confirmedBy(clock)) {
                merging.computeIfAbsent(new Key(l.group(), l.expiresAt(), l.noticed()), k -> new ArrayList<>()).add(l);
            }
        }
        for (Map.Entry<Key, List<PointsLot>> e : merging.entrySet()) {
            List<PointsLot> same = e.getValue();
            if (same.size() < 2) continue;
            long remaining = 0;
            Instant earliest = same.get(0).earnedAt();
            Instant confirmed = same.get(0).confirmAt();
            for (PointsLot l : same) {
                remaining += l.remaining();
                earliest = min(earliest, l.earnedAt());
                if (l.confirmAt().isAfter(confirmed)) confirmed = l.confirmAt();
            }
            int at = lots.indexOf(same.get(0));
            lots.removeAll(same);
            Key k = e.getKey();
            lots.add(Math.min(at, lots.size()), new PointsLot("earlier:" + k.group(), k.group(), earliest, remaining, remaining, confirmed,
                    k.expiresAt(), k.noticed()));
        }
    }

    /**
     * When a progress key's period began, as {@link #trim} compares it: its start date (keys end with
     * {@code |<period start>}) at midnight UTC, or the instant of a rolling window's reward
     * ({@code action:review@<instant>}); {@link Instant#MAX}, never trimmed, for a lifetime or a key
     * without a period. A period starting a year before the horizon's date ended before it.
     */
    static Instant progressAt(String key) {
        int at = key.lastIndexOf('@');
        try {
            // no rolling window is longer than a year
            if (key.startsWith("action:") && at > 0) return Instant.parse(key.substring(at + 1));
            int bar = key.lastIndexOf('|');
            if (bar < 0) return Instant.MAX;
            LocalDate start = isoDate(key, bar + 1) ? LocalDate.of(digits(key, bar + 1, 4), digits(key, bar + 6, 2), digits(key, bar + 9, 2))
                    : LocalDate.parse(key.substring(bar + 1));
            return start.equals(AccountCalendar.LIFETIME_START) ? Instant.MAX : start.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            return Instant.MAX;
        }
    }

    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) v = v * 10 + (s.charAt(i) - '0');
        return v;
    }

    /** Whether {@code key} from {@code from} on is {@code yyyy-MM-dd}. */
    private static boolean isoDate(String key, int from) {
        if (key.length() - from != 10 || key.charAt(from + 4) != '-' || key.charAt(from + 7) != '-') return false;
        for (int i = from; i < key.length(); i++) if (i != from + 4 && i != from + 7 && (key.charAt(i) < '0' || key.charAt(i) > '9')) return false;
        return true;
    }

    private static void trimBadges(List<Badge> badges, Instant horizon) {
        if (!anyBefore(badges, Badge::at, horizon)) return;
        Map<String, Badge> latest = new HashMap<>();
        for (Badge b : badges) if (b.at().isBefore(horizon)) latest.merge(b.badge(), b, (x, y) -> y.at().isAfter(x.at()) ? y : x);
        badges.removeIf(b -> b.at().isBefore(horizon) && !Objects.equals(latest.get(b.badge()), b));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
