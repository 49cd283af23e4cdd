package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.ItemBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The two kinds added with the restructure, each one class in the engine: points for each unit of an
 * item (P3), and a voucher valid only at certain hours, a happy hour (V5).
 */
class NewKindsTest {
    private static final Program BEANS_CLUB = Program.builder().id("beans-club").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(Multiplier.of("double-beans", "2").withScope(LineScope.categories("beans")))
            .earnRule(ItemBonus.of("bag-bonus", 50, LineScope.categories("beans")).withMaxUnits(3))
            .vouchers(VoucherPolicy.of(VoucherCampaign.withCode("happy-hour", "HAPPY", Benefit.PercentOff.of("20"))
                    .restrictedBy(Restriction.Hours.between(LocalTime.of(15, 0), LocalTime.of(17, 0))
                            .on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))))
            .build();
    private static final CompiledProgram CLUB = Rewards.compile(BEANS_CLUB);

    @Test
    void fifty_points_for_each_bag_of_beans_up_to_three_bags_never_multiplied() {
        Outcome o = CLUB.evaluate(member(), purchase().line("1", "beans-250g", "6.00", 2, "beans").line("2", "beans-1kg", "20.00", 3, "beans")
                .line("3", "mug", "8.00", 1, "merch").build());

        assertThat(o.pointsFrom("base")).isEqualTo(80);
        assertThat(o.pointsFrom("double-beans")).isEqualTo(72);
        assertThat(o.pointsFrom("bag-bonus")).isEqualTo(150);
        assertThat(o.verdict("bag-bonus").orElseThrow().summary()).isEqualTo("50 for each of 3 items (at most 3 of 5): 150 points");
        assertThat(o.verdict("bag-bonus").orElseThrow().lines()).containsExactly("1", "2");
    }

    @Test
    void no_bag_no_bonus_and_the_verdict_says_why() {
        Outcome o = CLUB.evaluate(member(), purchase().line("1", "mug", "8.00", 1, "merch").build());

        assertThat(o.verdict("bag-bonus").orElseThrow().hasReason(ReasonCode.NO_ELIGIBLE_LINES)).isTrue();
    }

    @Test
    void item_bonus_points_are_capped_with_the_rest() {
        Program capped = Program.builder().id("capped").currency("EUR").timeZone("UTC")
                .earnRule(ItemBonus.of("per-item", 10, LineScope.ALL)).cap(new PointsCap("max-25", 25)).build();

        Outcome o = Rewards.compile(capped).evaluate(member(), purchase().line("1", "sticker", "0.50", 7).build());

        assertThat(o.points()).isEqualTo(25);
        assertThat(o.pointsFrom("per-item")).isEqualTo(70);
    }

    @Test
    void the_happy_hour_voucher_applies_from_three_to_five_on_weekdays_store_time() {
        // Tuesday 2026-03-03: 15:30 in Amsterdam is 14:30Z
        Outcome inside = CLUB.evaluate(member(), purchase(Instant.parse("2026-03-03T14:30:00Z"))
                .line("1", "latte", "5.00", 2, "drinks").build().withVouchers("HAPPY"));
        Outcome after = CLUB.evaluate(member(), purchase(Instant.parse("2026-03-03T16:00:00Z"))
                .line("1", "latte", "5.00", 2, "drinks").build().withVouchers("HAPPY"));
        Outcome saturday = CLUB.evaluate(member(), purchase(Instant.parse("2026-03-07T14:30:00Z"))
                .line("1", "latte", "5.00", 2, "drinks").build().withVouchers("HAPPY"));

        assertThat(inside.discount()).isEqualTo(Fixtures.eur("2.00"));
        VoucherResult late = after.voucher("HAPPY").orElseThrow();
        assertThat(late.applied()).isFalse();
        assertThat(late.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.OUTSIDE_HOURS);
            assertThat(r.message()).isEqualTo("the voucher is valid from 15:00 to 17:00 on [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]"
                    + " store time, not at 2026-03-03T17:00");
        });
        assertThat(saturday.voucher("HAPPY").orElseThrow().applied()).isFalse();
    }

    @Test
    void a_late_night_window_runs_past_midnight_and_belongs_to_the_day_it_starts_on() {
        Restriction.Hours fridayNight = Restriction.Hours.between(LocalTime.of(22, 0), LocalTime.of(2, 0)).on(DayOfWeek.FRIDAY);
        Program program = Program.builder().id("bar").currency("EUR").timeZone("Europe/Amsterdam")
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCode("late", "LATE", Benefit.PercentOff.of("10")).restrictedBy(fridayNight)))
                .build();
        CompiledProgram bar = Rewards.compile(program);

        // Saturday 2026-03-07 01:30 in Amsterdam (00:30Z): still Friday night
        Outcome saturdayEarly = bar.evaluate(member(), purchase(Instant.parse("2026-03-07T00:30:00Z"))
                .line("1", "beer", "5.00", 1).build().withVouchers("LATE"));
        // Friday 2026-03-06 01:30 in Amsterdam: Thursday night
        Outcome fridayEarly = bar.evaluate(member(), purchase(Instant.parse("2026-03-06T00:30:00Z"))
                .line("1", "beer", "5.00", 1).build().withVouchers("LATE"));

        assertThat(saturdayEarly.voucher("LATE").orElseThrow().applied()).isTrue();
        assertThat(fridayEarly.voucher("LATE").orElseThrow().applied()).isFalse();
    }

    @Test
    void both_kinds_read_and_write_as_json_and_show_in_the_terms() {
        Program again = RewardsJson.readProgram(RewardsJson.write(BEANS_CLUB));

        assertThat(again).isEqualTo(BEANS_CLUB);
        assertThat(RewardsJson.write(BEANS_CLUB).replaceAll("\\s", "")).contains("\"kind\":\"itemBonus\"").contains("\"maxUnits\":3")
                .contains("\"hours\":{\"fromTime\":\"15:00\",\"untilTime\":\"17:00\"");
        assertThat(Terms.markdown(BEANS_CLUB))
                .contains("**bag-bonus**: 50 points for each item bought on beans, for up to 3 items per purchase.")
                .contains("only from 15:00 to 17:00 on Monday and Tuesday and Wednesday and Thursday and Friday (store time)");
    }
}
