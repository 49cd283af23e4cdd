package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.newMember;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.MultiplierStacking;
import dev.rewards.program.Program;
import dev.rewards.program.ProgramBuilder;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.Transaction;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** P3 and T3: multipliers by category and tier, how they stack, and fixed bonuses. */
class MultiplierAndBonusTest {

    private static ProgramBuilder coffeeShop(MultiplierStacking stacking) {
        return Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam").multiplierStacking(stacking)
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .earnRule(Multiplier.of("double-beans", "2").withScope(LineScope.categories("beans")))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR,
                        Tier.of("green", "0"), Tier.of("gold", "300").withEarnMultiplier("1.5"));
    }

    private static Transaction beansAndMug() {
        return purchase().line("1", "beans-1kg", "10.00", 1, "beans").line("2", "mug", "10.00", 1, "merchandise").build();
    }

    @Test
    void double_points_on_beans_doubles_only_the_bean_lines() {
        CompiledProgram shop = Rewards.compile(coffeeShop(MultiplierStacking.MULTIPLY).build());

        Outcome outcome = shop.evaluate(member(), beansAndMug());

        assertThat(outcome.points()).isEqualTo(30);
        assertThat(outcome.pointsFrom("double-beans")).isEqualTo(10);
        assertThat(outcome.pointsOnLine("1")).isEqualTo(20);
        assertThat(outcome.verdict("gold").orElseThrow().hasReason(ReasonCode.TIER_NOT_ELIGIBLE)).isTrue();
    }

    @Test
    void gold_members_earn_one_and_a_half_points_per_euro_and_factors_multiply() {
        CompiledProgram shop = Rewards.compile(coffeeShop(MultiplierStacking.MULTIPLY).build());

        Outcome outcome = shop.evaluate(member().withTier("gold"), beansAndMug());

        // beans: 10 x2 x1.5 = 30; mug: 10 x1.5 = 15
        assertThat(outcome.points()).isEqualTo(45);
        assertThat(outcome.pointsFrom("gold")).isEqualTo(15);
        assertThat(outcome.verdict("gold").orElseThrow().summary()).isEqualTo("x1.5 on 2 lines: +15 points");
    }

    @Test
    void added_multipliers_add_their_extra_parts() {
        CompiledProgram shop = Rewards.compile(coffeeShop(MultiplierStacking.ADD).build());

        Outcome outcome = shop.evaluate(member().withTier("gold"), beansAndMug());

        // beans: 10 + 10 + 5 = 25; mug: 10 + 5 = 15
        assertThat(outcome.points()).isEqualTo(40);
    }

    @Test
    void under_highest_stacking_only_the_best_factor_counts_and_the_other_is_superseded() {
        CompiledProgram shop = Rewards.compile(coffeeShop(MultiplierStacking.HIGHEST).build());

        Outcome outcome = shop.evaluate(member().withTier("gold"),
                purchase().line("1", "beans-1kg", "10.00", 1, "beans").build());

        assertThat(outcome.points()).isEqualTo(20);
        assertThat(outcome.verdict("gold").orElseThrow().hasReason(ReasonCode.SUPERSEDED)).isTrue();
    }

    @Test
    void a_multiplier_with_no_spend_points_under_it_has_nothing_to_multiply() {
        Program program = Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00").withScope(LineScope.categories("drinks")))
                .earnRule(Multiplier.of("double-beans", "2").withScope(LineScope.categories("beans"))).build();

        Outcome outcome = Rewards.compile(program).evaluate(member(), beansAndMug());

        assertThat(outcome.verdict("double-beans").orElseThrow().hasReason(ReasonCode.NOTHING_TO_MULTIPLY)).isTrue();
    }

    @Test
    void a_tier_multiplier_names_only_the_lines_it_multiplied() {
        Program program = Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00").withScope(LineScope.ALL.withExcludeCategories(Set.of("gift-cards"))))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("gold", "0").withEarnMultiplier("1.5"))
                .build();

        Outcome outcome = Rewards.compile(program).evaluate(member().withTier("gold"), purchase()
                .line("1", "beans-1kg", "10.00", 1, "beans").line("2", "gift-card", "25.00", 1, "gift-cards").build());

        var gold = outcome.verdict("gold").orElseThrow();
        assertThat(gold.lines()).containsExactly("1");
        assertThat(gold.summary()).isEqualTo("x1.5 on 1 line: +5 points");
    }

    @Test
    void a_first_purchase_earns_the_welcome_bonus_and_later_purchases_do_not() {
        CompiledProgram shop = Rewards.compile(Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00")).earnRule(FirstPurchaseBonus.of("welcome", 50)).build());

        Outcome first = shop.evaluate(newMember(), beansAndMug());
        Outcome later = shop.evaluate(member(), beansAndMug());

        assertThat(first.points()).isEqualTo(70);
        assertThat(first.pointsFrom("welcome")).isEqualTo(50);
        assertThat(later.points()).isEqualTo(20);
        assertThat(later.verdict("welcome").orElseThrow().reasons()).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("member made 3 purchases before"));
    }

    @Test
    void a_basket_bonus_pays_from_the_exact_minimum_and_says_how_far_off_a_smaller_basket_is() {
        CompiledProgram shop = Rewards.compile(Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(BasketBonus.of("big-basket", 25, eur("20.00"))).build());

        Outcome exactly = shop.evaluate(member(), beansAndMug());
        Outcome short1 = shop.evaluate(member(), purchase().line("1", "beans-1kg", "8.00", 1, "beans").build());

        assertThat(exactly.pointsFrom("big-basket")).isEqualTo(25);
        var reason = short1.verdict("big-basket").orElseThrow().reason(ReasonCode.BELOW_MINIMUM_SPEND).orElseThrow();
        assertThat(reason.message()).isEqualTo("spend 12.00 EUR more (eligible spend 8.00 EUR, minimum 20.00 EUR)");
        assertThat(reason.shortfall().orElseThrow().amount()).isEqualByComparingTo("12.00");
    }
}
