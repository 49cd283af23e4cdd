package dev.rewards.simulation;

import dev.rewards.CompiledProgram;
import dev.rewards.account.Operation;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.IssuedVoucher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * The simulator over a history sorted by member (A3, A4, P9): each member's operations together, in
 * time order, as a warehouse gives them with {@code ORDER BY member_id, at}. Members are replayed one
 * after another ({@link MemberReplays}: one account in memory per thread, kept as an object, never
 * encoded) on {@code threads} threads, the reading thread one of them, each member by whichever is
 * free first, and the partial figures merged: the {@link Figures} of
 * {@link Simulation} over the same operations in time order (operations of different members at the
 * same instant in the order of the file), every member's points included.
 *
 * <p>Exact where members meet, as on Spark: effects of one member on another (a referral reward) by
 * passes over the history until they settle (a history without them takes one pass); members whose
 * purchases share voucher state ({@link VoucherGroups}) are found in the first pass and replayed
 * together in the history's order from the second, their operations held in memory for it. A history
 * that is not sorted by member is refused ({@link InvalidInputException}, naming the member and the
 * operation's place) before any figure is given. Not thread-safe: one run at a time.
 */
public final class SortedSimulation {
    private final Program program;
    private final CompiledProgram compiled;
    private final Span span;
    private final int threads;
    private final Map<String, MemberState> enrolled = new LinkedHashMap<>();
    private final List<IssuedVoucher> issued = new ArrayList<>();
    private int passes;

    public SortedSimulation(Program program, CompiledProgram compiled, Span span, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.program = program;
        this.compiled = compiled;
        this.span = span;
        this.threads = threads;
    }

    /** Members known before the history, imported at the span's start. */
    public void enrol(List<MemberState> members) {
        members.forEach(m -> enrolled.put(m.id(), m));
    }

    /** Codes issued before the history: every thread's voucher store is given all of them. */
    public void issue(List<IssuedVoucher> codes) {
        issued.addAll(codes);
    }

    /** How many passes the last run took (one, unless members met through referrals or shared vouchers). */
    public int passes() {
        return passes;
    }

    /** Runs over the history; {@code history} gives a new pass over the same operations each time it is asked. */
    public Figures run(Supplier<Iterator<Operation>> history) {
        Map<String, List<MemberReplays.Emitted>> effects = Map.of();
        Map<String, String> groupOf = Map.of();
        for (passes = 1; ; passes++) {
            Pass pass = new Pass(effects, groupOf);
            PartialFigures partial = pass.run(history.get());
            Map<String, String> groups = passes == 1 ? VoucherGroups.groups(pass.memberKeys) : groupOf;
            Map<String, List<MemberReplays.Emitted>> emitted = byTarget(pass.emitted);
            if (emitted.equals(effects) && groups.equals(groupOf)) return partial.toFigures(program, pass.codes());
            if (passes == MemberReplays.MAX_PASSES) {
                throw new IllegalStateException("the effects between members did not settle in " + passes + " passes");
            }
            effects = emitted;
            groupOf = groups;
        }
    }

    private static Map<String, List<MemberReplays.Emitted>> byTarget(List<MemberReplays.Emitted> emitted) {
        Map<String, List<MemberReplays.Emitted>> out = new TreeMap<>();
        for (MemberReplays.Emitted e : emitted) out.computeIfAbsent(e.effect().memberId(), k -> new ArrayList<>()).add(e);
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingLong(MemberReplays.Emitted::seq)
                .thenComparing(e -> e.effect().at()).thenComparing(e -> e.effect().toString())));
        return out;
    }

    /** One pass: the history read on this thread, members replayed on the threads (this one included), groups at the end. */
    private final class Pass {
        private final Map<String, List<MemberReplays.Emitted>> effects;
        private final Map<String, String> groupOf;
        final List<Map.Entry<String, String>> memberKeys = new ArrayList<>();
        final List<MemberReplays.Emitted> emitted = new ArrayList<>();
        private final Map<String, List<MemberReplays.Item>> grouped = new HashMap<>();
        private final Worker[] workers = new Worker[threads];
        /**
         * Members waiting for a worker, whichever is free first (a member's figures do not depend on
         * the thread replaying it): a few per thread, enough to keep them busy, few enough that young
         * collections do not copy a backlog of parsed operations.
         */
        private final BlockingQueue<Task> waiting = new ArrayBlockingQueue<>(4 * threads);

        Pass(Map<String, List<MemberReplays.Emitted>> effects, Map<String, String> groupOf) {
            this.effects = effects;
            this.groupOf = groupOf;
        }

        PartialFigures run(Iterator<Operation> history) {
            for (int i = 0; i < threads; i++) {
                workers[i] = new Worker(new MemberReplays(program, compiled, span, true), waiting);
                workers[i].replays.issue(issued);
                if (i > 0) workers[i].start();
            }
            try {
                read(history);
                Map<String, Map<String, Optional<MemberState>>> groups = new TreeMap<>();
                groupOf.forEach((member, group) -> groups.computeIfAbsent(group, g -> new TreeMap<>()).put(member, Optional.ofNullable(enrolled.get(member))));
                for (Map.Entry<String, Map<String, Optional<MemberState>>> g : groups.entrySet()) {
                    List<MemberReplays.Item> items = grouped.getOrDefault(g.getKey(), new ArrayList<>());
                    for (String member : g.getValue().keySet()) effectsOn(member, items);
                    items.sort(MemberReplays.Item.ORDER);
                    send(g.getValue(), items);
                }
            } finally {
                for (int i = 1; i < threads; i++) put(Worker.END);
                for (int i = 1; i < threads; i++) workers[i].finish();
            }
            PartialFigures all = new PartialFigures(true);
            for (Worker w : workers) {
                if (w.failure != null) throw w.failure;
                all.merge(w.replays.partial());
                emitted.addAll(w.emitted);
            }
            return all;
        }

        /**
         * Each campaign's codes issued (every thread's store holds them all) and redeemed (a code's uses
         * are all in one thread's store: members sharing a code are replayed together).
         */
        Map<String, long[]> codes() {
            Map<String, long[]> codes = new HashMap<>();
            program.vouchers().campaigns().forEach(c -> {
                long redeemed = 0;
                for (Worker w : workers) redeemed += w.replays.codes(c.id())[1];
                codes.put(c.id(), new long[] {workers[0].replays.codes(c.id())[0], redeemed});
            });
            return codes;
        }

        /** Reads the history once, a member's operations at a time, checking it is sorted by member and, within one, by time. */
        private void read(Iterator<Operation> history) {
            Set<String> seen = new HashSet<>();
            String member = null;
            List<MemberReplays.Item> items = new ArrayList<>();
            long seq = 0;
            Instant last = null;
            while (history.hasNext()) {
                Operation op = history.next();
                if (!op.memberId().equals(member)) {
                    if (member != null) dispatch(member, items);
                    if (!seen.add(op.memberId())) {
                        throw unsorted(seq, op.memberId() + " comes again after other members: the history must be sorted by member");
                    }
                    member = op.memberId();
                    items = new ArrayList<>();
                    last = null;
                }
                if (last != null && op.at().isBefore(last)) {
                    throw unsorted(seq, member + "'s operation at " + op.at() + " comes after one at " + last + ": each member's operations must be in time order");
                }
                last = op.at();
                if (passes == 1) for (String key : VoucherGroups.keys(program, op)) memberKeys.add(Map.entry(op.memberId(), key));
                items.add(MemberReplays.Item.of(op, seq++));
            }
            if (member != null) dispatch(member, items);
            for (String id : enrolled.keySet()) if (!seen.contains(id)) dispatch(id, new ArrayList<>());
        }

        private InvalidInputException unsorted(long seq, String message) {
            return new InvalidInputException(List.of(new Problem("history", message, (int) Math.min(Integer.MAX_VALUE, seq + 1))));
        }

        private void dispatch(String member, List<MemberReplays.Item> items) {
            String group = groupOf.get(member);
            if (group != null) {
                grouped.computeIfAbsent(group, g -> new ArrayList<>()).addAll(items);
                return;
            }
            effectsOn(member, items);
            items.sort(MemberReplays.Item.ORDER);
            send(Map.of(member, Optional.ofNullable(enrolled.get(member))), items);
        }

        private void effectsOn(String member, List<MemberReplays.Item> items) {
            for (MemberReplays.Emitted e : effects.getOrDefault(member, List.of())) items.add(MemberReplays.Item.effect(e));
        }

        /**
         * Hands a member (or a group replayed together) to the first free thread: the workers, or this
         * reading thread itself (workers[0]) when they all have enough waiting. So {@code threads}
         * threads replay and no more: a reading thread beside them would share a core with one (on
         * machines whose vCPUs are hardware threads, that slows the replay more than reading beside it gains).
         */
        private void send(Map<String, Optional<MemberState>> members, List<MemberReplays.Item> items) {
            for (Worker w : workers) if (w.failure != null) throw w.failure;
            Task t = new Task(members, items);
            if (threads == 1 || !waiting.offer(t)) {
                workers[0].replay(t);
                if (workers[0].failure != null) throw workers[0].failure;
            }
        }

        private void put(Task t) {
            try {
                waiting.put(t);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private record Task(Map<String, Optional<MemberState>> members, List<MemberReplays.Item> items) {
    }

    /**
     * A thread replaying members one after another, as they wait, on its own {@link MemberReplays};
     * the first is the reading thread's, never started: it replays what no worker is free to take.
     */
    private static final class Worker extends Thread {
        private static final Task END = new Task(Map.of(), List.of());
        final MemberReplays replays;
        final List<MemberReplays.Emitted> emitted = new ArrayList<>();
        private final BlockingQueue<Task> queue;
        volatile RuntimeException failure;

        Worker(MemberReplays replays, BlockingQueue<Task> queue) {
            super("rewards-sorted-simulation");
            setDaemon(true);
            this.replays = replays;
            this.queue = queue;
        }

        void finish() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        @Override
        public void run() {
            while (true) {
                Task t;
                try {
                    t = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (t == END) return;
                if (failure == null) replay(t);
            }
        }

        private void replay(Task t) {
            try {
                if (t.members().size() == 1) {
                    Map.Entry<String, Optional<MemberState>> m = t.members().entrySet().iterator().next();
                    emitted.addAll(replays.replay(m.getKey(), m.getValue(), t.items().iterator()));
                } else {
                    emitted.addAll(replays.replayTogether(t.members(), t.items().iterator()));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }
    }
}
