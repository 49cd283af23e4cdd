package dev.rewards.simulation;

import dev.rewards.account.AccountCodec;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One member through a history (A3, A4): enrolled up front or from their first operation, their
 * operations and the effects other members' operations have on them (a referral reward), in time
 * order, with every month end of the history closed on the way (the account advanced there and its
 * tier counted for that month), and at the end the months up to the span's last closed too. What it
 * counts goes to a {@link PartialFigures}. The same replay gives the same figures whether the members
 * run interleaved in one JVM ({@link Simulation}) or one after another on many machines
 * ({@link MemberReplays}): nothing in it depends on another member's replay but the effects it is given.
 *
 * <p>Each account is compacted as it goes (as much ledger as the longest period cap needs, 90 days of
 * purchases for refunds), so memory follows the number of members, not the length of the history.
 * Not thread-safe.
 */
final class MemberReplay {
    static final Duration KEEP_PURCHASES = Duration.ofDays(90);

    /** What every replay of one run shares: the program, its accounts, where the months start. */
    record Run(Program program, Accounts accounts, Duration keepLedger) {
        static Run of(Program program, Accounts accounts) {
            return new Run(program, accounts, Duration.ofDays(1 + program.accounts().periodCaps().stream().mapToInt(c -> switch (c.period()) {
                case DAY -> 1;
                case WEEK -> 7;
                case MONTH -> 31;
                case YEAR -> 366;
                case LIFETIME -> 366 * 200; // keep it all: accounts fold old entries by group, so lifetime caps still count them
                case ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS -> dev.rewards.program.Periods.rollingDays(c.period());
            }).max().orElse(1)));
        }

        YearMonth monthOf(Instant at) {
            return YearMonth.from(ZonedDateTime.ofInstant(at, program.timeZone()));
        }
    }

    private final Run run;
    private final String memberId;
    private final PartialFigures sink;
    /**
     * The account between operations, in its compact binary form ({@link AccountCodec}): a few hundred
     * bytes where the object graph takes kilobytes. Null until the member takes part: enrolled up front,
     * or at their first operation.
     */
    private byte[] stored;
    /** The account as an object, when the replay keeps objects rather than bytes (one member at a time, or speed over memory). */
    private MemberAccount kept;
    static final boolean BYTES = !Boolean.getBoolean("rewards.simulation.objects");
    /** Whether this replay keeps its account in compact form between operations. */
    private final boolean bytes;
    /** The month the account is in: every month before it is closed. Null for a member enrolled before the first month is known. */
    private YearMonth month;
    /** Operations since the account was last compacted, and the month of the operation it was compacted after. */
    private int sinceCompaction;
    private YearMonth compactedIn;
    /** The month {@link #monthOf} last gave, and its bounds. */
    private YearMonth seenMonth;
    private Instant seenFrom;
    private Instant seenUntil;
    /** The ledger's size after the last compaction. */
    private int compactedLedger;

    /** A replay among many held at once: its account kept in compact form between operations (unless {@code rewards.simulation.objects}). */
    MemberReplay(Run run, String memberId, PartialFigures sink) {
        this(run, memberId, sink, BYTES);
    }

    /** {@code bytes} false: the account stays an object between operations (a replay that is the only one held). */
    MemberReplay(Run run, String memberId, PartialFigures sink, boolean bytes) {
        this.run = run;
        this.memberId = memberId;
        this.sink = sink;
        this.bytes = bytes;
    }

    /** A member known before the history: counted from {@code firstMonth} (null: the month of the history's first operation). */
    void enrol(MemberAccount imported, YearMonth firstMonth) {
        save(imported);
        month = firstMonth;
    }

    boolean takesPart() {
        return stored != null || kept != null;
    }

    private MemberAccount load() {
        return kept != null ? kept : AccountCodec.decode(stored);
    }

    private void save(MemberAccount a) {
        if (bytes) stored = AccountCodec.encode(a);
        else kept = a;
    }

    /** The size of the account as kept between operations. */
    int storedBytes() {
        return stored == null ? 0 : stored.length;
    }

    /** Applies one of the member's operations, in time order; the result's effects are for the caller to deliver. */
    AccountResult apply(Operation op, YearMonth firstMonth) {
        MemberAccount account;
        if (!takesPart()) {
            account = run.accounts().open(memberId, op.at(), Optional.empty());
            month = monthOf(op.at());
        } else {
            account = closeMonths(load(), op.at(), firstMonth);
        }
        AccountResult r = run.accounts().apply(account, op);
        sink.events(memberId, r.events());
        sink.operation(op, r.applied());
        if (r.outcome().isPresent() && !r.duplicate()) sink.purchase(memberId, (Operation.Purchase) op, r.outcome().get(), run.accounts().program());
        MemberAccount after = r.account();
        // every 16th operation (64th when kept as an object: one member at a time), when the ledger grew by 64 entries since the
        // last compaction (not merely above 64: a ledger the caps' periods need whole would be compacted at every operation),
        // and when held in compact form at the member's first operation of a month: what the month before closed goes (A4)
        YearMonth opMonth = monthOf(op.at());
        if (after.ledger().size() >= compactedLedger + 64 || ++sinceCompaction >= (bytes ? 16 : 64) || bytes && !opMonth.equals(compactedIn)) {
            sinceCompaction = 0;
            compactedIn = opMonth;
            after = run.accounts().compact(after, op.at().minus(run.keepLedger()), op.at().minus(KEEP_PURCHASES));
            compactedLedger = after.ledger().size();
        }
        save(after);
        return r;
    }

    /** An effect of another member's operation; dropped, as in one JVM, when this member does not take part yet. */
    void receive(MemberEvent effect, YearMonth firstMonth) {
        if (!takesPart()) return;
        MemberAccount account = closeMonths(load(), effect.at(), firstMonth);
        AccountResult r = run.accounts().applyEffect(account, effect);
        sink.events(memberId, r.events());
        save(r.account());
    }

    /** Closes every month before the one holding {@code at}: the account advanced to each month end, its tier counted. */
    void closeMonthsUntil(Instant at, YearMonth firstMonth) {
        if (!takesPart()) return;
        YearMonth before = month;
        MemberAccount account = closeMonths(load(), at, firstMonth);
        if (!java.util.Objects.equals(before, month)) save(account);
    }

    private MemberAccount closeMonths(MemberAccount account, Instant at, YearMonth firstMonth) {
        YearMonth now = monthOf(at);
        if (month == null) month = firstMonth == null ? now : firstMonth;
        while (month.isBefore(now)) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(run.program().timeZone()).toInstant();
            // a month end with nothing due (no confirmation, notice, expiry, review or downgrade) would only move the clock:
            // the next advance runs whatever falls due in between, in time order, and the tier it counts is the same
            if (run.accounts().dueBy(account, end)) {
                AccountResult moved = run.accounts().advance(account, end);
                sink.events(memberId, moved.events());
                account = moved.account();
            }
            sink.tier(month.toString(), account.tier().orElse("(none)"));
            month = month.plusMonths(1);
        }
        return account;
    }

    /** The month of {@code at} in the program's zone; the last one's bounds kept, as a member's operations come in time order. */
    private YearMonth monthOf(Instant at) {
        if (seenMonth == null || at.isBefore(seenFrom) || !at.isBefore(seenUntil)) {
            seenMonth = run.monthOf(at);
            seenFrom = seenMonth.atDay(1).atStartOfDay(run.program().timeZone()).toInstant();
            seenUntil = seenMonth.plusMonths(1).atDay(1).atStartOfDay(run.program().timeZone()).toInstant();
        }
        return seenMonth;
    }

    /** The replay at the history's end ({@code end}): months closed up to it, and the member counted in {@code into}. */
    void finish(Instant end, YearMonth firstMonth, PartialFigures into) {
        if (!takesPart()) return;
        closeMonthsUntil(end, firstMonth);
        into.finished(memberId, load(), month.toString());
    }
}
