package dev.rewards.simulation;

import dev.rewards.CompiledProgram;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replays members one after another (A3, A4, P9): the partition of a history that one machine holds,
 * sorted by member and, within a member, by time and then by the operation's place in the whole
 * history ({@code seq}). Each member's replay is finished and dropped before the next starts, so
 * memory holds one account at a time. What the replays count is a {@link PartialFigures}; merged with
 * every other partition's, it is the figures of {@link Simulation} over the same history and
 * {@link Span}, when:
 *
 * <ul>
 *   <li>the effects one member has on another (a referral reward) are given to their target as items
 *       ({@link Item#effect}): a first pass gives none and collects what each replay {@link Emitted
 *       emits}; the next pass gives those, until what is emitted no longer changes (usually the
 *       second pass; {@link #MAX_PASSES});</li>
 *   <li>members whose operations share voucher state (a code with a limit per code or a gift balance,
 *       a campaign with a budget) are replayed together ({@link #replayTogether}), in the history's
 *       order: each partition keeps its own voucher store, so such members must share one.</li>
 * </ul>
 *
 * Not thread-safe: one instance per partition and thread.
 */
public final class MemberReplays {
    /** How many passes it may take for the effects between members to settle. */
    public static final int MAX_PASSES = 6;

    /** One member's input, in (at, seq) order: their operation, or an effect of another member's operation number {@code seq}. */
    public record Item(Instant at, long seq, Optional<Operation> operation, Optional<MemberEvent> effect) {
        public Item {
            Objects.requireNonNull(at, "at");
            if (operation.isPresent() == effect.isPresent()) throw new IllegalArgumentException("an item is an operation or an effect");
        }

        public static Item of(Operation op, long seq) {
            return new Item(op.at(), seq, Optional.of(op), Optional.empty());
        }

        public static Item effect(Emitted e) {
            return new Item(e.effect().at(), e.seq(), Optional.empty(), Optional.of(e.effect()));
        }

        /** Time, then place in the history; an effect after the operation that caused it. */
        public static final Comparator<Item> ORDER = Comparator.comparing(Item::at).thenComparingLong(Item::seq)
                .thenComparing(i -> i.effect().isPresent());
    }

    /** An effect on another member, with the place in the history of the operation that caused it. */
    public record Emitted(MemberEvent effect, long seq) {
    }

    private final Span span;
    private final MemberReplay.Run run;
    private final InMemoryVoucherStore vouchers = new InMemoryVoucherStore();
    private final PartialFigures partial;
    private final YearMonth firstMonth;

    public MemberReplays(Program program, CompiledProgram compiled, Span span, boolean everyMember) {
        this.span = span;
        this.run = MemberReplay.Run.of(program, new Accounts(compiled, vouchers));
        this.partial = new PartialFigures(everyMember);
        this.firstMonth = run.monthOf(span.from());
    }

    /** Codes issued before the history: every partition is given all of them. */
    public void issue(List<IssuedVoucher> codes) {
        vouchers.issue(codes);
    }

    /**
     * Replays one member: {@code enrolled} (known before the history, imported at the span's start) or
     * joining at their first operation, then {@code items} in {@link Item#ORDER}, then the months to the
     * span's end. Returns the effects on other members, for the next pass.
     */
    public List<Emitted> replay(String memberId, Optional<MemberState> enrolled, Iterator<Item> items) {
        // the only account held: an object between operations, never encoded (encoding is for holding many)
        MemberReplay r = new MemberReplay(run, memberId, partial, false);
        enrolled.ifPresent(m -> r.enrol(run.accounts().importState(m, span.from(), Optional.empty()), firstMonth));
        List<Emitted> out = new ArrayList<>();
        while (items.hasNext()) {
            Item item = items.next();
            if (item.operation().isPresent()) {
                AccountResult result = r.apply(item.operation().get(), firstMonth);
                for (MemberEvent e : result.effects()) out.add(new Emitted(e, item.seq()));
            } else {
                r.receive(item.effect().get(), firstMonth);
            }
        }
        r.finish(span.to(), firstMonth, partial);
        return out;
    }

    /**
     * Replays members whose operations share voucher state (a code with a limit per code or a gift
     * balance, a campaign with a budget) together: {@code items} of all of them in {@link Item#ORDER},
     * interleaved, so that this partition's voucher store sees their uses in the history's order, as one
     * JVM does. {@code members} names each member of the group (known up front, or not). Returns the
     * effects on any member, for the next pass.
     */
    public List<Emitted> replayTogether(java.util.Map<String, Optional<MemberState>> members, Iterator<Item> items) {
        java.util.Map<String, MemberReplay> group = new java.util.TreeMap<>();
        members.forEach((id, known) -> {
            MemberReplay r = new MemberReplay(run, id, partial);
            known.ifPresent(m -> r.enrol(run.accounts().importState(m, span.from(), Optional.empty()), firstMonth));
            group.put(id, r);
        });
        List<Emitted> out = new ArrayList<>();
        while (items.hasNext()) {
            Item item = items.next();
            if (item.operation().isPresent()) {
                MemberReplay r = group.computeIfAbsent(item.operation().get().memberId(), id -> new MemberReplay(run, id, partial));
                for (MemberEvent e : r.apply(item.operation().get(), firstMonth).effects()) out.add(new Emitted(e, item.seq()));
            } else {
                MemberReplay r = group.get(item.effect().get().memberId());
                if (r != null) r.receive(item.effect().get(), firstMonth);
            }
        }
        for (MemberReplay r : group.values()) r.finish(span.to(), firstMonth, partial);
        return out;
    }

    /** V3: of the codes given to this partition, those of {@code campaignId} issued, and redeemed by its replays. */
    public long[] codes(String campaignId) {
        return new long[] {vouchers.issuedCount(campaignId), vouchers.redeemedCount(campaignId)};
    }

    /** What the replays so far counted. */
    public PartialFigures partial() {
        return partial;
    }
}
