package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SortedSimulation;
import dev.rewards.simulation.Span;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.MemberState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A3, A4, P9: a history sorted by member, replayed member by member on one to three threads, gives the
 * figures of one simulation over the same operations in time order (operations of different members at
 * the same instant in the order of the file): members known up front and late joiners, referral
 * rewards between members (by passes), members sharing a code limited to 40 uses or a budgeted
 * promotion (replayed together). A history out of order is refused, naming where.
 */
class SortedSimulationPropertiesTest {
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final Program SHARED = withSharedVoucherState();
    static final Program[] PROGRAMS = {SimulationTest.BREWHOUSE, SHARED};
    static final CompiledProgram[] COMPILED = {Rewards.compile(PROGRAMS[0]), Rewards.compile(PROGRAMS[1])};

    @Test
    void a_history_sorted_by_member_gives_the_figures_of_one_simulation_on_any_number_of_threads() {
        Properties.check().withExamples(12).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            int which = r.nextInt(2);
            Program program = PROGRAMS[which];
            SyntheticHistory h = new SyntheticHistory(program, 40, 1_200, seed, START, Duration.ofDays(150 + r.nextInt(300)));
            Span span = new Span(START, h.end());
            List<MemberState> upFront = h.members().stream().filter(m -> r.nextInt(3) > 0).toList();
            List<Operation> ops = new ArrayList<>();
            h.forEachRemaining(ops::add);
            ops = MemberReplaysPropertiesTest.withReferrals(ops, r);
            List<Operation> byMember = new ArrayList<>(ops);
            byMember.sort(Comparator.comparing(Operation::memberId)); // stable: each member's operations keep their order
            List<Operation> inTime = new ArrayList<>(byMember);
            inTime.sort(Comparator.comparing(Operation::at)); // stable: the same instant in the file's order

            Simulation one = new Simulation(program, COMPILED[which], Optional.of(span));
            one.enrol(upFront, START);
            inTime.forEach(one::apply);
            Figures expected = one.figures();

            SortedSimulation sorted = new SortedSimulation(program, COMPILED[which], span, 1 + r.nextInt(3));
            sorted.enrol(upFront);
            assertThat(sorted.run(byMember::iterator)).isEqualTo(expected);
            if (ops.stream().anyMatch(op -> op instanceof Operation.Referred)) assertThat(sorted.passes()).isGreaterThan(1);
        });
    }

    @Test
    void members_sharing_a_limited_code_are_found_and_replayed_together() {
        SyntheticHistory h = new SyntheticHistory(SHARED, 60, 3_000, 17, START, Duration.ofDays(200));
        List<Operation> ops = new ArrayList<>();
        h.forEachRemaining(ops::add);
        ops.sort(Comparator.comparing(Operation::memberId));
        List<Operation> inTime = new ArrayList<>(ops);
        inTime.sort(Comparator.comparing(Operation::at));
        Simulation one = new Simulation(SHARED, COMPILED[1], Optional.of(new Span(START, h.end())));
        inTime.forEach(one::apply);
        Figures expected = one.figures();
        assertThat(expected.campaigns().get("first-forty").applied()).isBetween(40L, 45L);

        SortedSimulation sorted = new SortedSimulation(SHARED, COMPILED[1], new Span(START, h.end()), 2);
        List<Operation> byMember = ops;

        assertThat(sorted.run(byMember::iterator)).isEqualTo(expected);
        assertThat(sorted.passes()).as("the groups found in the first pass, replayed together in the second").isEqualTo(2);
    }

    @Test
    void a_history_not_sorted_by_member_or_not_in_time_is_refused_where_it_goes_wrong() {
        SyntheticHistory h = new SyntheticHistory(SimulationTest.BREWHOUSE, 5, 60, 3, START, Duration.ofDays(60));
        List<Operation> ops = new ArrayList<>();
        h.forEachRemaining(ops::add);
        SortedSimulation sorted = new SortedSimulation(SimulationTest.BREWHOUSE, COMPILED[0], new Span(START, h.end()), 2);

        assertThatThrownBy(() -> sorted.run(ops::iterator)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).message()).contains("comes again after other members"));

        List<Operation> backwards = new ArrayList<>(ops);
        backwards.sort(Comparator.comparing(Operation::memberId).thenComparing(Operation::at, Comparator.reverseOrder()));
        assertThatThrownBy(() -> sorted.run(backwards::iterator)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).line()).isEqualTo(2))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).message()).contains("must be in time order"));
    }

    @Test
    void a_failure_on_any_thread_reaches_the_caller_whichever_thread_met_it() {
        SyntheticHistory h = new SyntheticHistory(SimulationTest.BREWHOUSE, 60, 3_000, 11, START, Duration.ofDays(120));
        List<Operation> ops = new ArrayList<>();
        h.forEachRemaining(ops::add);
        ops.sort(Comparator.comparing(Operation::memberId));
        Span span = new Span(START, h.end());

        // the history breaks off while members are with every thread
        java.util.Iterator<Operation> breaking = new java.util.Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                if (read == 2_000) throw new java.io.UncheckedIOException(new java.io.IOException("the export was cut off"));
                return read < ops.size();
            }

            @Override
            public Operation next() {
                return ops.get(read++);
            }
        };
        assertThatThrownBy(() -> new SortedSimulation(SimulationTest.BREWHOUSE, COMPILED[0], span, 3).run(() -> breaking))
                .hasMessageContaining("the export was cut off");

        // a member state the program refuses (a tier it does not have), met by whichever thread replays it, and by one JVM
        List<MemberState> members = new ArrayList<>();
        for (MemberState m : h.members()) {
            members.add(m.id().equals(ops.get(ops.size() / 2).memberId())
                    ? new MemberState(m.id(), m.enrolledAt(), Optional.of("platinum"), m.qualifyingSpend(), m.qualifyingPoints(), m.qualifyingPurchases(),
                            m.lifetimePurchases())
                    : m);
        }
        for (int threads = 1; threads <= 3; threads++) {
            SortedSimulation sorted = new SortedSimulation(SimulationTest.BREWHOUSE, COMPILED[0], span, threads);
            sorted.enrol(members);
            assertThatThrownBy(() -> sorted.run(ops::iterator)).as("%d threads", threads).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("unknown tier 'platinum'");
        }
        Simulation one = new Simulation(SimulationTest.BREWHOUSE, COMPILED[0], Optional.of(span));
        assertThatThrownBy(() -> one.enrol(members, START)).isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown tier 'platinum'");
    }

    /** The bundled program with two campaigns whose state members share: a code for the first 40 uses, and a budgeted promotion. */
    static Program withSharedVoucherState() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RewardsJson.parse(RewardsJson.write(SimulationTest.BREWHOUSE));
        var campaigns = (com.fasterxml.jackson.databind.node.ArrayNode) tree.path("vouchers").path("campaigns");
        campaigns.add(RewardsJson.parse("{\"id\": \"first-forty\", \"code\": \"FIRST40\", \"benefit\": {\"type\": \"percentOff\", \"percent\": \"20\"},"
                + " \"restrictions\": {\"maxUsesPerCode\": 40}}"));
        campaigns.add(RewardsJson.parse("{\"id\": \"opening-week\", \"automatic\": true, \"benefit\": {\"type\": \"amountOff\", \"amount\": \"1.00\"},"
                + " \"restrictions\": {\"validUntil\": \"2026-01-20T00:00\", \"budget\": {\"redemptions\": 25}}}"));
        return RewardsJson.readProgram(tree);
    }
}
