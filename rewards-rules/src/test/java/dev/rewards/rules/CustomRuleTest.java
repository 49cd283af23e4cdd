package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.CustomRule;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Custom DRL, the escape hatch; and program data that looks like code staying data. */
class CustomRuleTest {
    private static final String BRUNCH = """
            package dev.rewards.custom;
            import dev.rewards.rules.api.PointsGrant;
            import dev.rewards.transaction.Line;

            rule "a brunch set earns 30 bonus points"
            when
                Line( sku == "brunch-set" )
            then
                insert(new PointsGrant("brunch", 30, "brunch set bonus"));
            end
            """;

    private static Program program(String drl) {
        return Program.builder().id("cafe").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .cap(new PointsCap("max-35", 35))
                .customRule(new CustomRule("brunch", "30 points for a brunch set", drl)).build();
    }

    @Test
    void a_custom_rule_grants_points_alongside_the_built_in_rules_and_under_the_caps() {
        CompiledProgram cafe = Rewards.compile(program(BRUNCH));

        Outcome brunch = cafe.evaluate(member(), purchase().line("1", "brunch-set", "14.50", 1, "food").build());
        Outcome coffee = cafe.evaluate(member(), purchase().line("1", "latte", "3.80", 1, "drinks").build());

        assertThat(brunch.pointsFrom("base")).isEqualTo(14);
        assertThat(brunch.pointsFrom("brunch")).isEqualTo(30);
        assertThat(brunch.points()).isEqualTo(35);
        assertThat(brunch.verdict("brunch").orElseThrow().summary()).isEqualTo("brunch set bonus (+30): 30 points");
        assertThat(coffee.verdict("brunch").orElseThrow().hasReason(ReasonCode.CONDITIONS_NOT_MET)).isTrue();
    }

    @Test
    void the_same_custom_text_is_compiled_once() {
        CompiledProgram first = Rewards.compile(program(BRUNCH));
        CompiledProgram second = Rewards.compile(program(BRUNCH));

        assertThat(second.evaluate(member(), purchase().line("1", "brunch-set", "1.00", 1).build()).pointsFrom("brunch"))
                .isEqualTo(first.evaluate(member(), purchase().line("1", "brunch-set", "1.00", 1).build()).pointsFrom("brunch"));
    }

    @Test
    void custom_drl_that_does_not_compile_is_an_invalid_program_naming_the_rule_and_line() {
        String broken = BRUNCH.replace("Line( sku == \"brunch-set\" )", "Line( sku == )");

        assertThatThrownBy(() -> Rewards.compile(program(broken)))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.customRules[0].drl");
                            assertThat(p.message()).startsWith("DRL line 7: ").contains("no viable alternative at input ')'");
                        }));
    }

    @Test
    void a_category_that_looks_like_code_is_only_ever_a_literal() {
        String sneaky = "x\" || true || \"";
        String statement = "\"); System.exit(1); (\"";
        Program program = Program.builder().id("shop").currency("EUR").timeZone("UTC")
                .earnRule(SpendRule.of("sneaky", 1, "1.00").withScope(LineScope.categories(sneaky, statement)))
                .build();

        Outcome other = Rewards.compile(program).evaluate(member(), purchase().line("1", "mug", "10.00", 1, "mugs").build());
        Outcome literal = Rewards.compile(program).evaluate(member(), purchase().line("1", "mug", "10.00", 1, sneaky).build());

        assertThat(other.points()).isZero();
        assertThat(literal.points()).isEqualTo(10);
        assertThat(program.earnRules().get(0).scope().includeCategories()).isEqualTo(Set.of(sneaky, statement));
    }
}
