package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.EUR;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.Conditions;
import dev.rewards.program.Multiplier;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.MemberState;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** P3 date-bound promotions, channels and stores, and P4 enrolment. Times are in the program's zone. */
class ConditionsTest {
    private static final Conditions BLACK_FRIDAY_WEEKEND = Conditions.between(
            LocalDateTime.parse("2026-11-27T00:00"), LocalDateTime.parse("2026-11-30T00:00"));

    private static final CompiledProgram SHOP = Rewards.compile(Program.builder().id("shop").currency("EUR")
            .timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(Multiplier.of("double-weekend", "2").withWhen(BLACK_FRIDAY_WEEKEND))
            .earnRule(Multiplier.of("saturday-app", "3").withWhen(Conditions.ALWAYS.withDays(Set.of(DayOfWeek.SATURDAY))
                    .withChannels(Set.of("app"))))
            .earnRule(SpendRule.of("flagship", 1, "2.00").withWhen(Conditions.ALWAYS.withStores(Set.of("amsterdam-1"))))
            .build());

    private static Outcome tenEurosAt(String instant, String channel) {
        return SHOP.evaluate(member(), purchase(Instant.parse(instant)).channel(channel).store("utrecht-2")
                .line("1", "beans", "10.00", 1, "beans").build());
    }

    @Test
    void double_points_start_at_midnight_amsterdam_time_not_utc() {
        // 2026-11-26T23:00Z is midnight in Amsterdam (UTC+1): the first instant of the promotion
        assertThat(tenEurosAt("2026-11-26T22:59:59Z", "web").pointsFrom("double-weekend")).isZero();
        assertThat(tenEurosAt("2026-11-26T23:00:00Z", "web").pointsFrom("double-weekend")).isEqualTo(10);
    }

    @Test
    void double_points_end_at_the_exclusive_until() {
        assertThat(tenEurosAt("2026-11-29T22:59:59Z", "web").pointsFrom("double-weekend")).isEqualTo(10);
        Verdict after = tenEurosAt("2026-11-29T23:00:00Z", "web").verdict("double-weekend").orElseThrow();
        assertThat(after.hasReason(ReasonCode.AFTER_PERIOD)).isTrue();
        assertThat(after.summary()).isEqualTo("ended at 2026-11-30T00:00 (Europe/Amsterdam)");
    }

    @Test
    void a_promotion_not_yet_started_says_when_it_starts() {
        Verdict before = tenEurosAt("2026-11-20T12:00:00Z", "web").verdict("double-weekend").orElseThrow();
        assertThat(before.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.BEFORE_PERIOD);
        assertThat(before.summary()).isEqualTo("applies from 2026-11-27T00:00 (Europe/Amsterdam)");
    }

    @Test
    void a_rule_failing_several_conditions_lists_every_reason() {
        // a Tuesday on the web: wrong day and wrong channel
        Verdict v = tenEurosAt("2026-03-03T09:00:00Z", "web").verdict("saturday-app").orElseThrow();
        assertThat(v.reasons()).extracting(r -> r.code())
                .containsExactly(ReasonCode.DAY_NOT_ELIGIBLE, ReasonCode.CHANNEL_NOT_ELIGIBLE);
        assertThat(v.reasons().get(1).message()).isEqualTo("applies to channel app, not web");
    }

    @Test
    void saturday_in_the_app_triples_the_points() {
        assertThat(tenEurosAt("2026-03-07T09:00:00Z", "app").points()).isEqualTo(30);
    }

    @Test
    void a_store_rule_applies_only_in_its_store() {
        Verdict v = tenEurosAt("2026-03-03T09:00:00Z", "web").verdict("flagship").orElseThrow();
        assertThat(v.hasReason(ReasonCode.STORE_NOT_ELIGIBLE)).isTrue();
    }

    @Test
    void a_guest_earns_nothing_and_every_rule_says_why() {
        Outcome outcome = SHOP.evaluate(MemberState.guest("m-1", EUR), purchase().line("1", "beans", "10.00", 1).build());

        assertThat(outcome.points()).isZero();
        assertThat(outcome.member()).isFalse();
        assertThat(outcome.verdicts()).allSatisfy(v -> assertThat(v.hasReason(ReasonCode.NOT_A_MEMBER)).isTrue());
    }

    @Test
    void a_member_earns_from_the_instant_of_enrolment() {
        Instant enrolled = Instant.parse("2026-03-03T09:00:00Z");
        MemberState member = MemberState.enrolled("m-1", enrolled, EUR);

        Outcome justBefore = SHOP.evaluate(member, purchase(enrolled.minusSeconds(1)).line("1", "beans", "10.00", 1).build());
        Outcome atEnrolment = SHOP.evaluate(member, purchase(enrolled).line("1", "beans", "10.00", 1).build());

        assertThat(justBefore.points()).isZero();
        assertThat(atEnrolment.points()).isEqualTo(10);
    }

    /** Issue 13: a happy hour for earning, in the program's time zone, with the reason and the hours when it is not. */
    @Test
    void double_points_from_three_to_five_in_the_afternoon() {
        dev.rewards.program.Program cafe = Program.builder().id("cafe").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .earnRule(Multiplier.of("happy-hour", "2").withWhen(Conditions.ALWAYS.withHours(java.time.LocalTime.of(15, 0),
                        java.time.LocalTime.of(17, 0))))
                .build();
        CompiledProgram compiled = Rewards.compile(cafe);

        // 15:30 and 17:00 in Amsterdam (UTC+1 in March)
        Outcome happy = compiled.evaluate(member(), purchase(Instant.parse("2026-03-03T14:30:00Z")).line("1", "latte", "10.00", 1).build());
        Outcome after = compiled.evaluate(member(), purchase(Instant.parse("2026-03-03T16:00:00Z")).line("1", "latte", "10.00", 1).build());

        assertThat(happy.points()).isEqualTo(20);
        assertThat(after.points()).isEqualTo(10);
        assertThat(after.verdict("happy-hour").orElseThrow().reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.TIME_NOT_ELIGIBLE);
            assertThat(r.message()).isEqualTo("applies from 15:00 to 17:00, not at 17:00 (Europe/Amsterdam)");
        });
        assertThat(dev.rewards.json.RewardsJson.readProgram(dev.rewards.json.RewardsJson.write(cafe))).isEqualTo(cafe);
        assertThat(dev.rewards.terms.Terms.markdown(cafe)).contains("**happy-hour**: points are multiplied by 2 from 15:00 to 17:00.");
    }
}
