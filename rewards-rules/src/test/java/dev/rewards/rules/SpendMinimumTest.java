package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.MinimumOn;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** P1 and the loyalty shapes of issue 13: "1 point per euro on beans, on orders from 20.00 EUR", read on the beans or the basket. */
class SpendMinimumTest {
    static final MemberState ANA = MemberState.enrolled("m-ana", Instant.parse("2026-01-05T08:00:00Z"), Currency.getInstance("EUR"));
    static final Transaction BEANS_AND_CAKE = Transaction.builder("t-1", "m-ana", Instant.parse("2026-03-03T09:00:00Z")).currency("EUR")
            .line("1", "beans", "19.50", 1, "beans").line("2", "cake", "5.00", 1, "food").build();

    static Program beansFrom20(MinimumOn on) {
        return Program.builder().id("p").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(new SpendRule("beans", 1, BigDecimal.ONE, LineScope.categories("beans"), null).withMinimumSpend(Money.of("20.00", "EUR"), on))
                .build();
    }

    @Test
    void read_on_the_eligible_lines_19_50_of_beans_is_short_of_20_and_says_by_how_much() {
        Outcome o = Rewards.compile(beansFrom20(MinimumOn.ELIGIBLE_LINES)).evaluate(ANA, BEANS_AND_CAKE);

        assertThat(o.points()).isZero();
        var reason = o.verdict("beans").orElseThrow().reason(ReasonCode.BELOW_MINIMUM_SPEND).orElseThrow();
        assertThat(reason.message()).isEqualTo("spend 0.50 EUR more (eligible spend 19.50 EUR, minimum 20.00 EUR)");
        assertThat(reason.shortfall().orElseThrow().amount()).isEqualByComparingTo("0.50");
    }

    @Test
    void read_on_the_basket_the_cake_counts_towards_the_minimum_but_the_points_are_still_on_the_beans() {
        CompiledProgram program = Rewards.compile(beansFrom20(MinimumOn.BASKET));

        assertThat(program.evaluate(ANA, BEANS_AND_CAKE).points()).isEqualTo(19);
        Transaction small = Transaction.builder("t-2", "m-ana", Instant.parse("2026-03-03T09:00:00Z")).currency("EUR")
                .line("1", "beans", "12.00", 1, "beans").line("2", "cake", "5.00", 1, "food").build();
        Outcome o = program.evaluate(ANA, small);
        assertThat(o.points()).isZero();
        assertThat(o.verdict("beans").orElseThrow().reason(ReasonCode.BELOW_MINIMUM_SPEND).orElseThrow().message())
                .isEqualTo("spend 3.00 EUR more (basket 17.00 EUR, minimum 20.00 EUR)");
    }

    @Test
    void the_minimum_reads_and_writes_as_json_and_the_terms_state_it() {
        Program p = beansFrom20(MinimumOn.BASKET);
        String json = RewardsJson.write(p);
        assertThat(json).contains("\"minimumSpend\" : \"20.00\"", "\"minimumOn\" : \"BASKET\"");
        assertThat(RewardsJson.readProgram(json)).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("on purchases of 20.00 EUR or more in all");
        assertThat(Terms.markdown(beansFrom20(MinimumOn.ELIGIBLE_LINES))).contains("on purchases of 20.00 EUR or more of these items");
    }

    @Test
    void a_bad_minimum_is_refused_with_its_path() {
        String program = """
                {"id": "p", "currency": "EUR", "timeZone": "UTC", "earnRules": [
                  {"kind": "spend", "id": "a", "points": 1, "per": "1.00", "minimumSpend": "-5.00"},
                  {"kind": "spend", "id": "b", "points": 1, "per": "1.00", "minimumSpend": "20.00", "minimumOn": "TILL"}]}""";
        assertThatThrownBy(() -> RewardsJson.readProgram(program)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("earnRules[0]").hasMessageContaining("minimumSpend")
                .hasMessageContaining("earnRules[1].minimumOn");
        assertThatThrownBy(() -> Program.builder().id("p").currency("EUR").timeZone("UTC")
                .earnRule(SpendRule.of("a", 1, "1.00").withMinimumSpend(Money.of("20.00", "USD"), MinimumOn.BASKET)).build())
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("minimumSpend");
    }
}
