package dev.rewards.spark;

import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.MemberReplays;
import dev.rewards.simulation.PartialFigures;
import dev.rewards.simulation.SimulationJson;
import dev.rewards.simulation.VoucherGroups;
import dev.rewards.simulation.Span;
import dev.rewards.transaction.MemberState;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The simulator on Apache Spark (A3, A4): a history of operations (one JSON line each, in time order,
 * as {@code rewards simulate --history} reads them) and the members known up front (the
 * {@code evaluate} format) become the same {@link Figures} as {@code new Simulation(program)} in one
 * JVM, for histories of any size.
 *
 * <p>How: each operation is numbered by its place in the history; operations and members are grouped
 * by member and spread over the partitions; each partition replays its members one after another
 * ({@link MemberReplays}: one account in memory at a time, the program compiled once per executor JVM
 * from its JSON) and returns its {@link PartialFigures} as JSON, which the driver merges: the top
 * members are merged from each partition's top, never every member. Effects of one member on another
 * (a referral reward) are exact by passes: the effects a pass emits are delivered, in time order, to
 * their targets in the next, until they no longer change. Members whose purchases share voucher state
 * (a code with a limit per code, a gift balance, a campaign budget: {@link VoucherGroups}) are one
 * group, replayed together in the history's order on one partition, so limits, balances and budgets
 * hold exactly as in one JVM; a budget on an automatic promotion makes every buyer one group.
 */
public final class SparkSimulation implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String programJson;

    /** A simulation of {@code program}, shipped to the executors as its JSON. */
    public SparkSimulation(Program program) {
        this.programJson = RewardsJson.write(Objects.requireNonNull(program, "program"));
    }

    /** What a run gives: the figures, and each member's points issued (a Dataset: it may be large). */
    public record Result(Figures figures, JavaPairRDD<String, Long> memberPoints, int passes) {
    }

    /**
     * Runs the program over {@code history} (operation JSON lines, in time order) with {@code members}
     * known up front (member JSON lines; may be empty), over {@code span}, or over the history's own
     * span (its first to its last operation) when empty.
     */
    public Result simulate(Dataset<String> history, Dataset<String> members, Optional<Span> span) {
        String program = programJson;
        // each line read once here: its member, its instant and the shared voucher state it touches; the replay reads it again
        JavaRDD<Read> read = history.javaRDD().zipWithIndex().map(t -> {
            Operation op = RewardsJson.readOperation(t._1());
            return new Read(op.memberId(), t._2(), op.at().toString(), t._1(),
                    VoucherGroups.keys(Programs.of(program).program(), op).toArray(String[]::new));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        Span s = span.orElseGet(() -> spanOf(read));
        String from = s.from().toString();
        String to = s.to().toString();
        // members who share voucher state are replayed together, in the history's order; the others alone
        Map<String, String> groupOf = VoucherGroups.groups(read.flatMap(r -> java.util.Arrays.stream(r.keys())
                .map(k -> new Tuple2<>(r.member(), k)).iterator()).distinct().map(t -> (Map.Entry<String, String>) new java.util.AbstractMap.SimpleImmutableEntry<>(t._1(), t._2())).collect());
        JavaPairRDD<String, Tuple2<Long, String>> ops = read.mapToPair(r -> new Tuple2<>(groupOf.getOrDefault(r.member(), r.member()),
                new Tuple2<>(r.seq(), r.json())));
        JavaPairRDD<String, String> known = members.javaRDD().mapToPair(json -> {
            String id = RewardsJson.readMember(json).id();
            return new Tuple2<>(groupOf.getOrDefault(id, id), json);
        });
        JavaPairRDD<String, Tuple2<Long, String>> effects = emptyEffects(ops);
        int partitions = Math.max(ops.getNumPartitions(), 1);
        List<String> partials;
        JavaPairRDD<String, Long> points;
        int pass = 0;
        while (true) {
            pass++;
            JavaRDD<Tuple3<String, String, String>> out = ops.cogroup(known, effects, partitions)
                    .mapPartitions(groups -> replay(program, from, to, groups))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaPairRDD<String, Tuple2<Long, String>> emitted = out.filter(t -> t._1().equals("E"))
                    .mapToPair(t -> new Tuple2<>(groupOf.getOrDefault(t._2(), t._2()), new Tuple2<>(Long.parseLong(t._3().substring(0, t._3().indexOf(' '))),
                            t._3().substring(t._3().indexOf(' ') + 1))));
            boolean settled = emitted.subtract(effects).isEmpty() && effects.subtract(emitted).isEmpty();
            if (settled || pass == MemberReplays.MAX_PASSES) {
                if (!settled) throw new IllegalStateException("the effects between members did not settle in " + pass + " passes");
                partials = out.filter(t -> t._1().equals("P")).map(Tuple3::_3).collect();
                points = out.filter(t -> t._1().equals("M")).mapToPair(t -> new Tuple2<>(t._2(), Long.parseLong(t._3())));
                break;
            }
            effects = emitted.persist(StorageLevel.MEMORY_AND_DISK());
        }
        PartialFigures all = new PartialFigures(false);
        for (String p : partials) all.merge(SimulationJson.read(p));
        return new Result(all.toFigures(RewardsJson.readProgram(program), Map.of()), points, pass);
    }

    /** An operation as first read: its member, place, instant, JSON and the shared voucher state it touches. */
    record Read(String member, long seq, String at, String json, String[] keys) implements Serializable {
    }

    /**
     * One partition's groups replayed: effects ("E", target member, "seq json"), members' points ("M", id,
     * points), and the partial ("P", "", json).
     */
    private static Iterator<Tuple3<String, String, String>> replay(String programJson, String from, String to,
            Iterator<Tuple2<String, Tuple3<Iterable<Tuple2<Long, String>>, Iterable<String>, Iterable<Tuple2<Long, String>>>>> groups) {
        Programs.Compiled p = Programs.of(programJson);
        MemberReplays replays = new MemberReplays(p.program(), p.compiled(), new Span(Instant.parse(from), Instant.parse(to)), true);
        List<Tuple3<String, String, String>> out = new ArrayList<>();
        while (groups.hasNext()) {
            var g = groups.next();
            List<MemberReplays.Item> items = new ArrayList<>();
            Map<String, Optional<MemberState>> members = new java.util.TreeMap<>();
            for (Tuple2<Long, String> op : g._2()._1()) {
                Operation o = RewardsJson.readOperation(op._2());
                items.add(MemberReplays.Item.of(o, op._1()));
                members.putIfAbsent(o.memberId(), Optional.empty());
            }
            for (String json : g._2()._2()) {
                MemberState m = RewardsJson.readMember(json);
                members.put(m.id(), Optional.of(m));
            }
            for (Tuple2<Long, String> e : g._2()._3()) {
                Operation.Event ev = (Operation.Event) RewardsJson.readOperation(e._2());
                items.add(MemberReplays.Item.effect(new MemberReplays.Emitted(ev.event(), e._1())));
            }
            items.sort(MemberReplays.Item.ORDER);
            List<MemberReplays.Emitted> emitted = members.size() == 1
                    ? replays.replay(members.keySet().iterator().next(), members.values().iterator().next(), items.iterator())
                    : replays.replayTogether(members, items.iterator());
            for (MemberReplays.Emitted e : emitted) {
                MemberEvent effect = e.effect();
                out.add(new Tuple3<>("E", effect.memberId(), e.seq() + " " + RewardsJson.write(new Operation.Event(effect))));
            }
        }
        PartialFigures partial = replays.partial();
        partial.pointsByMember().forEach((id, points) -> out.add(new Tuple3<>("M", id, Long.toString(points))));
        out.add(new Tuple3<>("P", "", SimulationJson.write(partial.topOnly())));
        return out.iterator();
    }

    private static JavaPairRDD<String, Tuple2<Long, String>> emptyEffects(JavaPairRDD<String, Tuple2<Long, String>> like) {
        return like.filter(t -> false);
    }

    /** The history's own span: its first to its last operation. */
    private static Span spanOf(JavaRDD<Read> read) {
        Tuple2<Instant, Instant> span = read.map(t -> {
            Instant at = Instant.parse(t.at());
            return new Tuple2<>(at, at);
        }).reduce((a, b) -> new Tuple2<>(a._1().isBefore(b._1()) ? a._1() : b._1(), a._2().isAfter(b._2()) ? a._2() : b._2()));
        return new Span(span._1(), span._2());
    }
}
