package dev.rewards.account;

import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The calendar of one program's accounts: tier qualification windows and their totals, the periods of
 * caps and challenges (weeks from Monday), expiry dates and the instants where tier periods end, all in
 * the program's time zone. Immutable and thread-safe.
 */
final class AccountCalendar {
    final Program program;
    final AccountPolicy policy;
    final ZoneId zone;
    private final LocalDays days;
    /** The periods of the points caps, and of the cashback rules' caps: ledgers keep what they count ({@link #capCut}). */
    final List<Period> capPeriods;
    final List<Period> cashbackCapPeriods;

    AccountCalendar(Program program) {
        this.program = program;
        this.policy = program.accounts();
        this.zone = program.timeZone();
        this.days = LocalDays.of(zone);
        this.capPeriods = policy.periodCaps().stream().map(AccountPolicy.PeriodCap::period).toList();
        this.cashbackCapPeriods = program.cashbackRules().stream().flatMap(r -> r.capPerPeriod().stream())
                .map(dev.rewards.program.CashbackRule.PeriodLimit::period).toList();
    }

    /** What the qualifying records of the window containing {@code at} add up to. */
    record Totals(BigDecimal spend, long points, int purchases) {
    }

    /** The totals of the window containing {@code at}; {@code tierSince} is when the tier held was entered (for {@code TIER_YEAR}). */
    Totals totals(List<Qualifying> qualifying, Instant at, Instant tierSince) {
        BigDecimal spend = BigDecimal.ZERO;
        long points = 0;
        int purchases = 0;
        Instant from = windowStart(at, tierSince);
        for (Qualifying q : qualifying) {
            if (q.at().isAfter(at) || from != null && !q.at().isAfter(from)) continue;
            spend = spend.add(q.spend());
            points += q.points();
            purchases += q.purchases();
        }
        return new Totals(spend, points, purchases);
    }

    /** The instant records of the window containing {@code at} come after (exclusive); null for a lifetime window. */
    private Instant windowStart(Instant at, Instant tierSince) {
        return switch (program.tiering().window()) {
            case LIFETIME -> null;
            case TIER_YEAR -> tierSince == null ? null : tierYearStart(tierSince, at);
            case CALENDAR_YEAR -> days.startOf(days.dateOf(at).withDayOfYear(1)).minusNanos(1);
            case ROLLING_12_MONTHS -> ZonedDateTime.ofInstant(at, zone).minusMonths(12).toInstant();
        };
    }

    /** The tier metric's total over the window containing {@code at} (never below zero). */
    /**
     * The start of the tier year containing {@code at} (L2): tier entry itself in the first year, then the
     * start of each anniversary day in the program's zone, so that a customer's "keep it by 31 March"
     * holds for the whole of that day (an entry on 29 February has its anniversary on 28 February).
     */
    Instant tierYearStart(Instant since, Instant at) {
        LocalDate entry = ZonedDateTime.ofInstant(since, zone).toLocalDate();
        Instant start = since;
        for (int years = 1; ; years++) {
            Instant next = entry.plusYears(years).atStartOfDay(zone).toInstant();
            if (next.isAfter(at)) return start;
            start = next;
        }
    }

    /** The first anniversary day of {@code since} starting after {@code after}: when a {@code TIER_YEAR} member is next reviewed. */
    Instant nextTierAnniversary(Instant since, Instant after) {
        LocalDate entry = ZonedDateTime.ofInstant(since, zone).toLocalDate();
        for (int years = 1; ; years++) {
            Instant next = entry.plusYears(years).atStartOfDay(zone).toInstant();
            if (next.isAfter(after)) return next;
        }
    }

    /** What tiers are judged on at {@code at}: the window's total, or with {@code BALANCE} the points held then (L1). */
    BigDecimal tierTotal(List<Qualifying> qualifying, List<PointsLot> lots, long debt, Instant tierSince, Instant at) {
        if (program.tiering().metric() != dev.rewards.program.TierMetric.BALANCE) return windowTotal(qualifying, at, tierSince);
        return BigDecimal.valueOf(Math.max(0, held(lots, debt, at)));
    }

    /** Points held at {@code at}: every lot's remaining points (pending or confirmed, not expired), less what is owed. */
    static long held(List<PointsLot> lots, long debt, Instant at) {
        long sum = 0;
        for (PointsLot l : lots) if (!l.earnedAt().isAfter(at) && (l.expiresAt().isEmpty() || l.expiresAt().get().isAfter(at))) sum += l.remaining();
        return sum - debt;
    }

    BigDecimal windowTotal(List<Qualifying> qualifying, Instant at, Instant tierSince) {
        Totals t = totals(qualifying, at, tierSince);
        return program.tiering().metric().of(t.spend().max(BigDecimal.ZERO), Math.max(t.points(), 0), Math.max(t.purchases(), 0));
    }

    /** Where the one lifetime period starts: before any instant accounts accept. */
    static final LocalDate LIFETIME_START = LocalDate.of(1900, 1, 1);

    /** The start of the calendar period containing {@code at}, in the program's time zone (weeks from Monday). */
    ZonedDateTime periodStart(Period period, Instant at) {
        int rolling = dev.rewards.program.Periods.rollingDays(period);
        // a rolling window: the instants after the same moment that many days before, up to this one
        if (rolling > 0) return ZonedDateTime.ofInstant(at, zone).minusDays(rolling).plusNanos(1);
        return ZonedDateTime.ofInstant(startOfPeriod(period, at), zone);
    }

    /** {@code periodStart(period, at).toInstant()}, without walking the zone's rules for a calendar period. */
    Instant startOfPeriod(Period period, Instant at) {
        if (dev.rewards.program.Periods.rollingDays(period) > 0) return periodStart(period, at).toInstant();
        return days.startOf(firstDay(period, days.dateOf(at)));
    }

    /** {@code periodStart(period, at).toLocalDate()}. */
    LocalDate periodStartDate(Period period, Instant at) {
        if (dev.rewards.program.Periods.rollingDays(period) > 0) return periodStart(period, at).toLocalDate();
        return firstDay(period, days.dateOf(at));
    }

    /** {@code LocalDate.ofInstant(at, zone)}, remembered. */
    LocalDate dateOf(Instant at) {
        return days.dateOf(at);
    }

    private static LocalDate firstDay(Period period, LocalDate d) {
        return switch (period) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
            case LIFETIME -> LIFETIME_START;
            case ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS -> throw new IllegalStateException("rolling windows start elsewhere");
        };
    }

    static ZonedDateTime periodEnd(Period period, ZonedDateTime start) {
        return switch (period) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
            case LIFETIME -> start.plusYears(10_000);
            case ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS -> start.plusDays(dev.rewards.program.Periods.rollingDays(period));
        };
    }

    /**
     * How far back a ledger must keep entries whole for caps over {@code periods} read at or after
     * {@code horizon}: the start of the longest such period containing it, or the horizon. A lifetime
     * cap needs no cut: folded entries keep their group, so it still counts them.
     */
    Instant capCut(Instant horizon, List<Period> periods) {
        Instant cut = horizon;
        for (Period p : periods) {
            if (p == Period.LIFETIME) continue;
            Instant start = startOfPeriod(p, horizon);
            if (start.isBefore(cut)) cut = start;
        }
        return cut;
    }

    Optional<Instant> expiryOf(Instant earnedAt) {
        return policy.expiry().of(earnedAt, zone);
    }

    /** Instants where a tier qualification period ends, after {@code from} and up to {@code to}. */
    List<Instant> periodEnds(Instant from, Instant to) {
        List<Instant> ends = new ArrayList<>();
        QualificationWindow window = program.tiering().window();
        if (window == QualificationWindow.LIFETIME || window == QualificationWindow.TIER_YEAR || program.tiering().tiers().isEmpty()) return ends;
        boolean years = window == QualificationWindow.CALENDAR_YEAR;
        LocalDate d = days.dateOf(from);
        // each period ends at the start of the next one's first day
        for (LocalDate next = years ? d.withDayOfYear(1).plusYears(1) : d.withDayOfMonth(1).plusMonths(1); ;
             next = years ? next.plusYears(1) : next.plusMonths(1)) {
            Instant end = days.startOf(next);
            if (end.isAfter(to)) return ends;
            ends.add(end);
        }
    }

    /** What the engine needs of the member at {@code at}: tier, enrolment, totals of the qualification window containing it. */
    dev.rewards.transaction.MemberState stateAt(String memberId, Optional<Instant> enrolledAt, Optional<String> tier, List<Qualifying> qualifying,
                                                List<PointsLot> lots, long debt, Instant tierSince, int lifetimePurchases, java.util.Set<String> segments,
                                                Optional<java.time.MonthDay> birthday, Instant at) {
        Totals t = totals(qualifying, at, tierSince);
        // L1: on the balance basis, the points that count are the points held
        long points = program.tiering().metric() == dev.rewards.program.TierMetric.BALANCE ? held(lots, debt, at) : t.points();
        return new dev.rewards.transaction.MemberState(memberId, enrolledAt, tier, dev.rewards.money.Money.of(t.spend().max(BigDecimal.ZERO), program.currency()),
                Math.max(points, 0), Math.max(t.purchases(), 0), lifetimePurchases, segments, birthday);
    }
}
