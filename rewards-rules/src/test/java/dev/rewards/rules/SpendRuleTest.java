package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.PointsRounding;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** P1: points per currency unit of eligible spend, with the program's rounding. */
class SpendRuleTest {

    private static CompiledProgram program(SpendRule rule, PointsRounding.Level level, RoundingMode mode) {
        return Rewards.compile(Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
                .pointsRounding(mode, level).earnRule(rule).build());
    }

    @Test
    void one_point_per_euro_rounds_the_transaction_total_down() {
        // given
        CompiledProgram shop = program(SpendRule.of("base", 1, "1.00"), PointsRounding.Level.TRANSACTION, RoundingMode.FLOOR);
        // when
        Outcome outcome = shop.evaluate(member(), purchase()
                .line("1", "latte", "3.80", 2, "drinks")
                .line("2", "croissant", "2.60", 1, "food").build());
        // then: 7.60 + 2.60 = 10.20 EUR, 10 points
        assertThat(outcome.points()).isEqualTo(10);
        assertThat(outcome.entries()).containsExactly(
                new PointsEntry("base", Optional.of("1"), 8),
                new PointsEntry("base", Optional.of("2"), 2));
        assertThat(outcome.verdict("base").orElseThrow().applied()).isTrue();
    }

    @Test
    void rounding_per_line_floors_each_line_on_its_own() {
        CompiledProgram shop = program(SpendRule.of("base", 1, "1.00"), PointsRounding.Level.LINE, RoundingMode.FLOOR);

        Outcome outcome = shop.evaluate(member(), purchase()
                .line("1", "latte", "3.80", 2, "drinks")
                .line("2", "croissant", "2.60", 1, "food").build());

        // 7.60 -> 7 and 2.60 -> 2
        assertThat(outcome.points()).isEqualTo(9);
    }

    @Test
    void one_point_per_three_euros_is_exact_not_a_repeating_decimal() {
        CompiledProgram shop = program(SpendRule.of("base", 1, "3.00"), PointsRounding.Level.TRANSACTION, RoundingMode.FLOOR);

        Outcome outcome = shop.evaluate(member(), purchase()
                .line("1", "a", "1.00", 1).line("2", "b", "1.00", 1).line("3", "c", "1.00", 1)
                .line("4", "d", "3.00", 2).build());

        assertThat(outcome.points()).isEqualTo(3);
        assertThat(outcome.entries()).extracting(PointsEntry::points).containsExactly(1L, 2L);
    }

    @Test
    void excluded_categories_earn_nothing() {
        SpendRule base = SpendRule.of("base", 1, "1.00").withScope(LineScope.ALL.withExcludeCategories(Set.of("gift-cards")));
        CompiledProgram shop = program(base, PointsRounding.Level.TRANSACTION, RoundingMode.FLOOR);

        Outcome outcome = shop.evaluate(member(), purchase()
                .line("1", "gift-card-50", "50.00", 1, "gift-cards")
                .line("2", "mug", "12.00", 1, "merchandise").build());

        assertThat(outcome.points()).isEqualTo(12);
        assertThat(outcome.verdict("base").orElseThrow().lines()).containsExactly("2");
    }

    @Test
    void a_basket_entirely_out_of_scope_says_so() {
        SpendRule beans = SpendRule.of("beans", 2, "1.00").withScope(LineScope.categories("beans"));
        CompiledProgram shop = program(beans, PointsRounding.Level.TRANSACTION, RoundingMode.FLOOR);

        Outcome outcome = shop.evaluate(member(), purchase().line("1", "mug", "12.00", 1, "merchandise").build());

        assertThat(outcome.points()).isZero();
        assertThat(outcome.verdict("beans").orElseThrow().hasReason(ReasonCode.NO_ELIGIBLE_LINES)).isTrue();
    }

    @Test
    void spend_below_one_point_says_how_much_more_is_needed() {
        CompiledProgram shop = program(SpendRule.of("base", 1, "5.00"), PointsRounding.Level.TRANSACTION, RoundingMode.FLOOR);

        Outcome outcome = shop.evaluate(member(), purchase().line("1", "espresso", "2.20", 1, "drinks").build());

        var verdict = outcome.verdict("base").orElseThrow();
        assertThat(verdict.applied()).isFalse();
        assertThat(verdict.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.BELOW_ONE_POINT);
            assertThat(r.message()).isEqualTo("spend 2.80 EUR more to earn a point (eligible spend 2.20 EUR)");
        });
    }
}
