package dev.rewards.rules;

import static dev.rewards.testing.Generators.lines;
import static dev.rewards.testing.Generators.members;
import static dev.rewards.testing.Generators.programs;
import static dev.rewards.testing.Generators.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.PointsCap;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Invariants over generated programs, members and baskets (seeded; see {@link Properties}).
 * Programs are compiled per example, which costs only a table: the rules are built once.
 */
class OutcomePropertiesTest {
    private static final List<String> TIERS = List.of("green", "gold");

    @Test
    void points_are_never_negative_the_entries_always_sum_to_them_and_the_applied_verdicts_are_those_that_applied() {
        Properties.check().forAll(programs(), members(TIERS), lines(6)).checkAssert((program, member, lines) -> {
            Outcome outcome = Rewards.compile(program).evaluate(member, transaction(lines));
            // read first, while the other verdicts are not built yet: the rules that applied, as filtering every verdict gives them
            List<Verdict> applied = outcome.appliedVerdicts();

            assertThat(applied).containsExactlyElementsOf(outcome.verdicts().stream().filter(Verdict::applied).toList());
            assertThat(outcome.points()).isNotNegative();
            assertThat(outcome.entries().stream().mapToLong(PointsEntry::points).sum()).isEqualTo(outcome.points());
            assertThat(outcome.verdicts()).extracting(Verdict::ruleId).containsExactlyElementsOf(program.ruleIds());
        });
    }

    @Test
    void more_eligible_spend_never_earns_fewer_points() {
        Properties.check().forAll(programs(), members(TIERS), lines(6), integers().between(1, 4)).checkAssert(
                (program, member, lines, extra) -> {
                    CompiledProgram compiled = Rewards.compile(program);
                    List<Line> more = new ArrayList<>();
                    for (Line l : lines) more.add(new Line(l.id(), l.sku(), l.categories(), l.unitPrice(), l.quantity() + extra));

                    long before = compiled.evaluate(member, transaction(lines)).points();
                    long after = compiled.evaluate(member, transaction(more)).points();

                    assertThat(after).isGreaterThanOrEqualTo(before);
                });
    }

    @Test
    void no_cap_is_ever_exceeded() {
        Properties.check().forAll(programs(), members(TIERS), lines(8)).checkAssert((program, member, lines) -> {
            Outcome outcome = Rewards.compile(program).evaluate(member, transaction(lines));

            for (PointsCap cap : program.caps()) assertThat(outcome.points()).isLessThanOrEqualTo(cap.maxPoints());
            for (CashbackRule rule : program.cashbackRules()) {
                rule.capPerTransaction().ifPresent(cap -> outcome.verdict(rule.id()).orElseThrow().cashback()
                        .ifPresent(paid -> assertThat(paid).isLessThanOrEqualTo(cap)));
            }
        });
    }

    @Test
    void the_order_of_the_lines_never_changes_the_outcome() {
        Properties.check().forAll(programs(), members(TIERS), lines(8), integers().all()).checkAssert(
                (program, member, lines, shuffleSeed) -> {
                    CompiledProgram compiled = Rewards.compile(program);
                    List<Line> shuffled = new ArrayList<>(lines);
                    Collections.shuffle(shuffled, new Random(shuffleSeed));

                    assertThat(compiled.evaluate(member, transaction(shuffled)))
                            .isEqualTo(compiled.evaluate(member, transaction(lines)));
                });
    }

    @Test
    void a_compiled_program_gives_the_same_outcomes_and_explanations_on_any_thread() throws Exception {
        CompiledProgram compiled = Rewards.compile(Fixtures.coffeeProgram());
        MemberState member = Fixtures.member();
        List<dev.rewards.transaction.Transaction> baskets = new ArrayList<>();
        Random random = new Random(Properties.DEFAULT_SEED);
        for (int i = 0; i < 200; i++) {
            List<Line> ls = new ArrayList<>();
            for (int j = 0; j < 1 + random.nextInt(6); j++) {
                ls.add(Line.of(Integer.toString(j + 1), "sku-" + j, Fixtures.eur(random.nextInt(5000) + ".00"), 1 + random.nextInt(3),
                        dev.rewards.testing.Generators.CATEGORIES.get(random.nextInt(5))));
            }
            baskets.add(transaction(ls));
        }
        List<Outcome> expected = baskets.stream().map(t -> compiled.evaluate(member, t)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Outcome>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) runs.add(pool.submit(() -> baskets.stream().map(t -> compiled.evaluate(member, t)).toList()));
            for (Future<List<Outcome>> run : runs) assertThat(run.get()).isEqualTo(expected);

            // explanations are made when first read: outcomes handed to four threads at once, each reading every verdict and
            // its reasons, read the same as outcomes read on the evaluating thread
            List<Outcome> unread = baskets.stream().map(t -> compiled.evaluate(member, t)).toList();
            List<Future<List<String>>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) readers.add(pool.submit(() -> unread.stream().map(Outcome::explain).toList()));
            List<String> explained = expected.stream().map(Outcome::explain).toList();
            for (Future<List<String>> reader : readers) assertThat(reader.get()).isEqualTo(explained);
        } finally {
            pool.shutdownNow();
        }
    }
}
