package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.Conditions;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** L4: a "stop here" rule: when it applies, the earn rules after it add nothing, and their verdicts say why. */
class StopHereTest {
    // on Tuesdays, 3 points per euro and nothing else; on other days, 1 point per euro and the basket bonus
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRuleThatStops(SpendRule.of("tuesday-triple", 3, "1.00").withWhen(Conditions.ALWAYS.withDays(Set.of(DayOfWeek.TUESDAY))))
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .earnRule(BasketBonus.of("big-basket", 25, Fixtures.eur("20.00")))
            .build();

    static Outcome buy(java.time.Instant at) {
        return Rewards.compile(SHOP).evaluate(member(), purchase(at).line("1", "beans", "30.00", 1, "beans").build());
    }

    @Test
    void on_a_tuesday_the_stop_rule_applies_and_the_rules_after_it_say_they_were_stopped() {
        Outcome tuesday = buy(Fixtures.TUESDAY_MORNING);

        assertThat(tuesday.points()).isEqualTo(90);
        assertThat(tuesday.verdict("base").orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.STOPPED_BY_EARLIER_RULE);
        assertThat(tuesday.verdict("big-basket").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("rule tuesday-triple applied and stops the earn rules after it");
    }

    @Test
    void on_another_day_the_stop_rule_does_not_apply_and_stops_nothing() {
        Outcome wednesday = buy(Fixtures.TUESDAY_MORNING.plusSeconds(86_400));

        assertThat(wednesday.points()).isEqualTo(30 + 25);
    }

    @Test
    void stop_here_reads_back_from_json_and_names_only_earn_rules() {
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(RewardsJson.write(SHOP)).contains("\"stopHere\"");
        assertThat(dev.rewards.terms.Terms.markdown(SHOP)).contains("When it applies, the rules listed after it do not add.");
        assertThatThrownBy(() -> new Program(SHOP.id(), 1, SHOP.currency(), SHOP.timeZone(), SHOP.pointsRounding(), SHOP.multiplierStacking(),
                SHOP.earnRules(), SHOP.tiering(), SHOP.caps(), SHOP.cashbackRules(), SHOP.customRules(), SHOP.vouchers(), SHOP.accounts(),
                Set.of("no-such-rule"))).hasMessageContaining("stopAfter: 'no-such-rule' is not an earn rule of the program");
    }
}
