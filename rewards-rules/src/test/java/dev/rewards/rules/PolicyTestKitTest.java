package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.testing.Generators;
import dev.rewards.testing.Properties;
import dev.rewards.testing.ScenarioTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** PR3: the policy-test kit as a policy team uses it, from its own artifact (rewards-test). */
class PolicyTestKitTest {
    @TempDir
    Path folder;

    @Test
    void generators_make_programs_baskets_and_members_in_any_currency_that_the_engine_decides() {
        for (String code : List.of("EUR", "JPY", "KWD", "USD")) {
            Currency currency = Currency.getInstance(code);
            Properties.check().forAll(Generators.programs(currency), Generators.transactions(6, currency),
                    Generators.members(List.of("green", "gold"), currency)).checkAssert((program, tx, member) -> {
                        CompiledProgram compiled = Rewards.compile(program);
                        Outcome outcome = compiled.evaluate(member, tx);
                        assertThat(outcome.points()).isNotNegative();
                        assertThat(tx.currency()).isEqualTo(currency);
                        tx.lines().forEach(l -> assertThat(l.unitPrice().amount().scale()).isEqualTo(currency.getDefaultFractionDigits()));
                    });
        }
    }

    @Test
    void only_files_named_as_scenarios_are_run_so_a_program_beside_them_is_not_taken_for_one() throws IOException {
        Files.writeString(folder.resolve("program.json"), "{\"id\": \"p\"}");
        Files.writeString(folder.resolve("members.yaml"), "- { id: m-1 }");
        Files.writeString(folder.resolve("first.scenario.yaml"), "name: x\nprogram: program.json\nsteps: []\n");

        List<DynamicTest> tests = ScenarioTests.in(folder).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("first.scenario.yaml");
    }

    @Test
    void a_folder_without_scenarios_or_a_mistyped_one_fails_instead_of_passing_with_nothing_run() throws IOException {
        Files.writeString(folder.resolve("gold.yaml"), "name: x\n");

        assertThatThrownBy(() -> ScenarioTests.in(folder)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no scenario files (*.scenario.yaml, *.scenario.yml or *.scenario.json)")
                .hasMessageContaining("it holds gold.yaml");
        assertThatThrownBy(() -> ScenarioTests.in(folder.resolve("senarios"))).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no such file or folder");
        Files.delete(folder.resolve("gold.yaml"));
        assertThatThrownBy(() -> ScenarioTests.in(folder)).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("no scenario files");
    }
}
