package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.EUR;
import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.MemberState;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P5 caps, C1 cashback, T1-T4 tiers. */
class CapsCashbackTiersTest {

    private static final CompiledProgram SHOP = Rewards.compile(Program.builder().id("shop").currency("EUR")
            .timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(FirstPurchaseBonus.of("welcome", 50))
            .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR,
                    Tier.of("green", "0"),
                    Tier.of("gold", "300.00").withEarnMultiplier("1.5").withCashbackBoost("1"),
                    Tier.of("black", "1000.00").withEarnMultiplier("2").withPerks("free-shipping"))
            .cap(new PointsCap("max-100", 100))
            .cashbackRule(CashbackRule.of("member-cashback", "2").withMinimumSpend(eur("10.00"))
                    .withCapPerTransaction(eur("5.00")).withScope(LineScope.ALL.withExcludeCategories(java.util.Set.of("gift-cards"))))
            .cashbackRule(CashbackRule.byTier("gold-only", Map.of("gold", new BigDecimal("3"))))
            .build());

    @Test
    void a_cap_removes_what_is_over_it_as_an_entry_of_its_own() {
        Outcome outcome = SHOP.evaluate(member(), purchase().line("1", "grinder", "180.00", 1, "equipment").build());

        assertThat(outcome.points()).isEqualTo(100);
        assertThat(outcome.entries()).contains(new PointsEntry("max-100", Optional.empty(), -80));
        assertThat(outcome.entries().stream().mapToLong(PointsEntry::points).sum()).isEqualTo(100);
        assertThat(outcome.verdict("max-100").orElseThrow().summary()).isEqualTo("capped at 100 points: 80 points removed");
    }

    @Test
    void a_cap_not_reached_says_how_much_room_is_left() {
        Outcome outcome = SHOP.evaluate(member(), purchase().line("1", "beans", "30.00", 1, "beans").build());

        Verdict cap = outcome.verdict("max-100").orElseThrow();
        assertThat(cap.applied()).isFalse();
        assertThat(cap.reason(ReasonCode.CAP_NOT_REACHED).orElseThrow().shortfall().orElseThrow().amount()).isEqualByComparingTo("70");
    }

    @Test
    void cashback_is_two_percent_rounded_down_to_the_cent() {
        Outcome outcome = SHOP.evaluate(member(), purchase().line("1", "beans", "24.99", 1, "beans").build());

        // 2% of 24.99 = 0.4998 -> 0.49
        assertThat(outcome.cashback()).isEqualTo(eur("0.49"));
        assertThat(outcome.verdict("gold-only").orElseThrow().hasReason(ReasonCode.TIER_NOT_ELIGIBLE)).isTrue();
    }

    @Test
    void cashback_needs_the_minimum_spend_on_eligible_lines_only() {
        Outcome outcome = SHOP.evaluate(member(), purchase()
                .line("1", "gift-card", "50.00", 1, "gift-cards").line("2", "espresso", "2.50", 1, "drinks").build());

        Verdict v = outcome.verdict("member-cashback").orElseThrow();
        assertThat(v.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.BELOW_MINIMUM_SPEND);
            assertThat(r.message()).isEqualTo("spend 7.50 EUR more (eligible spend 2.50 EUR, minimum 10.00 EUR)");
        });
        assertThat(outcome.cashback()).isEqualTo(eur("0.00"));
    }

    @Test
    void gold_members_get_their_tier_rate_plus_the_boost_and_the_cap_holds() {
        MemberState gold = member().withTier("gold").withQualifying(eur("400.00"), 0, 10);

        Outcome outcome = SHOP.evaluate(gold, purchase().line("1", "machine", "400.00", 1, "equipment").build());

        // member-cashback: (2 + 1)% of 400 = 12.00, capped at 5.00; gold-only: (3 + 1)% of 400 = 16.00
        Verdict capped = outcome.verdict("member-cashback").orElseThrow();
        assertThat(capped.cashback()).contains(eur("5.00"));
        assertThat(capped.reason(ReasonCode.CAPPED).orElseThrow().message())
                .isEqualTo("capped at 5.00 EUR per transaction; 7.00 EUR not paid");
        assertThat(outcome.verdict("gold-only").orElseThrow().cashback()).contains(eur("16.00"));
        assertThat(outcome.cashback()).isEqualTo(eur("21.00"));
    }

    @Test
    void crossing_a_threshold_upgrades_at_once_and_tells_the_distance_to_the_next_tier() {
        MemberState green = member().withTier("green").withQualifying(eur("280.00"), 280, 9);

        Outcome outcome = SHOP.evaluate(green, purchase().line("1", "beans", "20.00", 1, "beans").build());

        assertThat(outcome.tier().before()).contains("green");
        assertThat(outcome.tier().after()).contains("gold");
        assertThat(outcome.isUpgrade()).isTrue();
        assertThat(outcome.tier().nextTier()).contains("black");
        assertThat(outcome.tier().toNextTier().orElseThrow().toString()).isEqualTo("700.00 EUR");
        // the transaction that crosses the threshold still earns at the old tier's rate
        assertThat(outcome.pointsFrom("gold")).isZero();
    }

    @Test
    void a_member_without_a_tier_holds_the_tier_their_totals_reach() {
        MemberState untiered = MemberState.enrolled("m-1", Fixtures.ENROLLED, EUR).withLifetimePurchases(1)
                .withQualifying(eur("350.00"), 0, 5);

        Outcome outcome = SHOP.evaluate(untiered, purchase().line("1", "beans", "10.00", 1, "beans").build());

        assertThat(outcome.tier().before()).contains("gold");
        assertThat(outcome.isUpgrade()).isFalse();
        assertThat(outcome.pointsFrom("gold")).isEqualTo(5);
    }

    @Test
    void applying_an_outcome_advances_the_members_state() {
        MemberState green = member().withTier("green").withQualifying(eur("280.00"), 280, 9);
        Outcome outcome = SHOP.evaluate(green, purchase().line("1", "beans", "20.00", 1, "beans").build());

        MemberState after = outcome.applyTo(green);

        assertThat(after.tier()).contains("gold");
        assertThat(after.qualifyingSpend()).isEqualTo(eur("300.00"));
        assertThat(after.qualifyingPoints()).isEqualTo(300);
        assertThat(after.qualifyingPurchases()).isEqualTo(10);
        assertThat(after.lifetimePurchases()).isEqualTo(4);
    }

    @Test
    void tiers_by_purchase_count_measure_the_distance_in_purchases() {
        CompiledProgram byVisits = Rewards.compile(Program.builder().id("visits").currency("EUR").timeZone("UTC")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.PURCHASES, QualificationWindow.ROLLING_12_MONTHS, Tier.of("regular", "0"), Tier.of("friend", "10"))
                .build());

        Outcome outcome = byVisits.evaluate(member().withQualifying(eur("0"), 0, 7), purchase().line("1", "x", "1.00", 1).build());

        assertThat(outcome.tier().toNextTier().orElseThrow().toString()).isEqualTo("2 purchases");
    }
}
