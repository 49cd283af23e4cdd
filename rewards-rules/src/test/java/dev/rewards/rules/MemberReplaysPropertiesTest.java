package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.MemberReplays;
import dev.rewards.simulation.PartialFigures;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SimulationJson;
import dev.rewards.simulation.Span;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.MemberState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A3, A4, P6: the simulation is the merge of member replays. Over random histories of the bundled
 * program (members known up front and late joiners, purchases with and without codes, refunds,
 * reviews, redemptions, members referred by others), the members split at random over one to five
 * partitions, each partition replaying its members one after another in any order, the referral
 * rewards delivered to their referrers by passes until they settle, the partials carried as JSON and
 * merged in any order: the figures are those of one simulation over the whole history, every member's
 * points included.
 */
class MemberReplaysPropertiesTest {
    static final Program PROGRAM = SimulationTest.BREWHOUSE;
    static final CompiledProgram COMPILED = Rewards.compile(PROGRAM);
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void any_partition_of_the_members_merges_to_the_figures_of_one_simulation() {
        Properties.check().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            SyntheticHistory h = new SyntheticHistory(PROGRAM, 40, 1_200, seed, START, Duration.ofDays(200 + r.nextInt(300)));
            Span span = new Span(START, h.end());
            List<MemberState> upFront = h.members().stream().filter(m -> r.nextInt(3) > 0).toList();
            List<Operation> ops = new ArrayList<>();
            h.forEachRemaining(ops::add);
            ops = withReferrals(ops, r);

            Simulation one = new Simulation(PROGRAM, COMPILED, Optional.of(span));
            one.enrol(upFront, START);
            ops.forEach(one::apply);
            Figures expected = one.figures();

            assertThat(partitioned(ops, upFront, span, 1 + r.nextInt(5), r)).isEqualTo(expected);
            assertThat(expected.pointsOutstanding()).isEqualTo(one.pointsHeld());
        });
    }

    /** Examples in which referral rewards crossed members: the generator must reach them. */
    static final java.util.concurrent.atomic.AtomicInteger WITH_EFFECTS = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void referralsCrossedMembers() {
        assertThat(WITH_EFFECTS.get()).as("examples with referral rewards between members").isPositive();
    }

    /** About a third of the members joined through another member, recorded just before their first operation. */
    static List<Operation> withReferrals(List<Operation> ops, Random r) {
        List<Operation> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> members = ops.stream().map(Operation::memberId).distinct().sorted().toList();
        for (Operation op : ops) {
            if (seen.add(op.memberId()) && r.nextInt(3) == 0) {
                String referrer = members.get(r.nextInt(members.size()));
                if (!referrer.equals(op.memberId())) out.add(new Operation.Referred("ref-" + op.memberId(), op.memberId(), op.at(), referrer));
            }
            out.add(op);
        }
        return out;
    }

    /** The history split by member over {@code partitions}, each replayed alone, effects by passes, the partials merged through JSON. */
    static Figures partitioned(List<Operation> ops, List<MemberState> upFront, Span span, int partitions, Random r) {
        Map<String, List<MemberReplays.Item>> byMember = new TreeMap<>();
        for (int seq = 0; seq < ops.size(); seq++) {
            byMember.computeIfAbsent(ops.get(seq).memberId(), k -> new ArrayList<>()).add(MemberReplays.Item.of(ops.get(seq), seq));
        }
        Map<String, MemberState> known = new HashMap<>();
        upFront.forEach(m -> known.put(m.id(), m));
        known.keySet().forEach(id -> byMember.computeIfAbsent(id, k -> new ArrayList<>()));
        List<List<String>> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) parts.add(new ArrayList<>());
        byMember.keySet().forEach(id -> parts.get(r.nextInt(partitions)).add(id));
        parts.forEach(part -> java.util.Collections.shuffle(part, r));
        java.util.Set<MemberReplays.Emitted> effects = java.util.Set.of();
        for (int pass = 1; ; pass++) {
            java.util.Set<MemberReplays.Emitted> emitted = new java.util.HashSet<>();
            List<String> jsons = new ArrayList<>();
            for (List<String> part : parts) {
                MemberReplays replays = new MemberReplays(PROGRAM, COMPILED, span, true);
                for (String id : part) {
                    List<MemberReplays.Item> items = new ArrayList<>(byMember.get(id));
                    for (MemberReplays.Emitted e : effects) if (e.effect().memberId().equals(id)) items.add(MemberReplays.Item.effect(e));
                    items.sort(MemberReplays.Item.ORDER);
                    emitted.addAll(replays.replay(id, Optional.ofNullable(known.get(id)), items.iterator()));
                }
                jsons.add(SimulationJson.write(replays.partial()));
            }
            if (emitted.equals(effects)) {
                if (!effects.isEmpty()) WITH_EFFECTS.incrementAndGet();
                java.util.Collections.shuffle(jsons, r);
                PartialFigures all = new PartialFigures(true);
                for (String json : jsons) all.merge(SimulationJson.read(json));
                return all.toFigures(PROGRAM, Map.of());
            }
            assertThat(pass).as("passes until the effects settle").isLessThan(MemberReplays.MAX_PASSES);
            effects = emitted;
        }
    }
}
