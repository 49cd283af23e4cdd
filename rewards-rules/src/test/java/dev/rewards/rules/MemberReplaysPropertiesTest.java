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
 * A3, A4: the simulation is the merge of member replays. Over random histories of the bundled program
 * (members known up front and late joiners, purchases with and without codes, refunds, reviews,
 * redemptions), the members split at random over one to five partitions, each partition replaying its
 * members one after another in any order, the partials carried as JSON and merged in any order: the
 * figures are those of one simulation over the whole history, every member's points included.
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

            Simulation one = new Simulation(PROGRAM, COMPILED, Optional.of(span));
            one.enrol(upFront, START);
            ops.forEach(one::apply);
            Figures expected = one.figures();

            assertThat(partitioned(ops, upFront, span, 1 + r.nextInt(5), r)).isEqualTo(expected);
            assertThat(expected.pointsOutstanding()).isEqualTo(one.pointsHeld());
        });
    }

    /** The history split by member over {@code partitions}, each replayed alone, the partials merged through JSON. */
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
        List<String> jsons = new ArrayList<>();
        for (List<String> part : parts) {
            java.util.Collections.shuffle(part, r);
            MemberReplays replays = new MemberReplays(PROGRAM, COMPILED, span, true);
            for (String id : part) {
                List<MemberReplays.Item> items = new ArrayList<>(byMember.get(id));
                items.sort(MemberReplays.Item.ORDER);
                assertThat(replays.replay(id, Optional.ofNullable(known.get(id)), items.iterator())).isEmpty();
            }
            jsons.add(SimulationJson.write(replays.partial()));
        }
        java.util.Collections.shuffle(jsons, r);
        PartialFigures all = new PartialFigures(true);
        for (String json : jsons) all.merge(SimulationJson.read(json));
        return all.toFigures(PROGRAM, Map.of());
    }
}
