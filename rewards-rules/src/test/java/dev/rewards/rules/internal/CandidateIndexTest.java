package dev.rewards.rules.internal;

import static dev.rewards.testing.Generators.lines;
import static dev.rewards.testing.Generators.members;
import static dev.rewards.testing.Generators.programs;
import static dev.rewards.testing.Generators.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.outcome.Outcome;
import dev.rewards.testing.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The candidate index skips the rules a basket cannot concern and derives their verdicts in Java.
 * That must never change an outcome: evaluating with the index and with every rule run through the
 * DRL gives equal outcomes, verdicts and reasons included.
 */
class CandidateIndexTest {

    @Test
    void the_index_never_changes_an_outcome() {
        Properties.check().forAll(programs(), members(List.of("green", "gold")), lines(6)).checkAssert((program, member, lines) -> {
            KnowledgeBases.RuleBase rules = KnowledgeBases.builtIn();
            Outcome indexed = new RulesCompiledProgram(new ProgramTable(program, true), rules).evaluate(member, transaction(lines));
            Outcome everyRule = new RulesCompiledProgram(new ProgramTable(program, false), rules).evaluate(member, transaction(lines));

            assertThat(indexed).isEqualTo(everyRule);
            assertThat(indexed.verdicts()).containsExactlyElementsOf(everyRule.verdicts());
        });
    }
}
