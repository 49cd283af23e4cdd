package dev.rewards.simulation;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a program over a history, one operation at a time in time order, and keeps the {@link Figures}
 * (A3, A4): the merge of every member's {@link MemberReplay}, run interleaved in this JVM, with one
 * voucher store for all and each effect on another member (a referral reward) delivered at once. The
 * history's months start at the {@link Span} given, or at the first operation; the figures close the
 * months up to the span's end, or the last operation. Memory grows with the number of members, not
 * with the length of the history. Operations for members not given up front open an account enrolled
 * at their first operation. Not thread-safe: one simulation, one thread.
 */
public final class Simulation {
    private final Program program;
    private final InMemoryVoucherStore vouchers;
    private final MemberReplay.Run run;
    private final Map<String, MemberReplay> replays = new HashMap<>();
    private final PartialFigures live = new PartialFigures(true);
    private final Optional<Span> span;
    private YearMonth firstMonth;
    private Instant last;

    public Simulation(Program program) {
        this(program, Rewards.compile(program));
    }

    public Simulation(Program program, CompiledProgram compiled) {
        this(program, compiled, Optional.empty());
    }

    /** A simulation over a history whose span is given: its months run from the span's start to its end. */
    public Simulation(Program program, CompiledProgram compiled, Optional<Span> span) {
        this.program = program;
        this.vouchers = new InMemoryVoucherStore();
        this.run = MemberReplay.Run.of(program, new Accounts(compiled, vouchers));
        this.span = span;
        span.ifPresent(s -> firstMonth = run.monthOf(s.from()));
    }

    /** D8: what a campaign with a budget has used so far in this simulation (refunded orders give theirs back). */
    public CampaignUsage campaignUsage(String campaignId) {
        return vouchers.campaignUsage(campaignId);
    }

    public Program program() {
        return program;
    }

    /**
     * Codes issued before the history starts (V3, A3): the history's purchases may present them, their
     * limits and balances hold, and each campaign's redemption rate is redeemed / issued.
     */
    public void issue(List<IssuedVoucher> codes) {
        vouchers.issue(codes);
    }

    /** V8: of the codes issued to the simulation, those of {@code campaignId} issued and redeemed, by the channel they carry. */
    public java.util.SortedMap<String, dev.rewards.voucher.store.ChannelFigures> channels(String campaignId) {
        return vouchers.channels(campaignId);
    }

    /** Members known before the history starts, with their tier and totals as of {@code at}. */
    public void enrol(List<MemberState> members, Instant at) {
        for (MemberState m : members) {
            MemberReplay r = replays.computeIfAbsent(m.id(), id -> new MemberReplay(run, id, live));
            r.enrol(run.accounts().importState(m, at, Optional.empty()), firstMonth);
        }
    }

    /** Applies one operation (in time order) and counts what it did; returns the member's result. */
    public AccountResult apply(Operation op) {
        if (firstMonth == null) firstMonth = run.monthOf(op.at());
        if (last == null || op.at().isAfter(last)) last = op.at();
        AccountResult r = replays.computeIfAbsent(op.memberId(), id -> new MemberReplay(run, id, live)).apply(op, firstMonth);
        for (MemberEvent effect : r.effects()) {
            MemberReplay other = replays.get(effect.memberId());
            if (other != null) other.receive(effect, firstMonth);
        }
        return r;
    }

    /** The figures of the members so far, every member's months closed up to the span's end (or the last operation). */
    private PartialFigures counted() {
        Instant end = span.map(Span::to).orElse(last);
        // the months up to the end are closed for good (as one JVM closing them eagerly would have); the last one is counted apart
        if (end != null) for (MemberReplay r : replays.values()) r.closeMonthsUntil(end, firstMonth);
        PartialFigures all = new PartialFigures(true).merge(live);
        if (end != null) for (MemberReplay r : replays.values()) r.finish(end, firstMonth, all);
        return all;
    }

    /** What the members' accounts take, in their compact form, between operations (A4): bytes in all. */
    public long accountBytes() {
        long bytes = 0;
        for (MemberReplay r : replays.values()) bytes += r.storedBytes();
        return bytes;
    }

    /** Points the accounts hold now (spendable and pending, less debts): must equal the figures' outstanding points. */
    public long pointsHeld() {
        return counted().pointsHeld();
    }

    /** Cashback the accounts hold now (store credit and pending, less what is owed). */
    public BigDecimal cashbackHeld() {
        return counted().cashbackHeld;
    }

    /** The figures so far (the last month's tiers are counted as the accounts stand at the end). */
    public Figures figures() {
        Map<String, long[]> codes = new HashMap<>();
        program.vouchers().campaigns().forEach(c -> codes.put(c.id(), new long[] {vouchers.issuedCount(c.id()), vouchers.redeemedCount(c.id())}));
        return counted().toFigures(program, codes);
    }
}
