package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.Rewards;
import dev.rewards.money.CurrencyMismatchException;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** S2: bad input gets a typed error naming what is wrong, and no outcome. */
class InputErrorsTest {
    private static final CompiledProgram SHOP = Rewards.compile(Program.builder().id("shop").currency("EUR").timeZone("UTC")
            .earnRule(SpendRule.of("base", 1, "1.00")).build());

    @Test
    void a_basket_in_another_currency_is_refused() {
        Transaction usd = Transaction.builder("t-9", "m-1", Instant.EPOCH).currency("USD").line("1", "mug", "10.00", 1).build();

        assertThatThrownBy(() -> SHOP.evaluate(member(), usd))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currency mismatch in transaction t-9: expected EUR, got USD");
    }

    @Test
    void a_member_tier_the_program_does_not_have_is_refused() {
        assertThatThrownBy(() -> SHOP.evaluate(member().withTier("platinum"), purchase().line("1", "mug", "1.00", 1).build()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("member.tier", "unknown tier 'platinum' in program shop v1")));
    }

    @Test
    void a_transaction_for_another_member_is_refused() {
        Transaction other = Transaction.builder("t-2", "m-2", Instant.EPOCH).currency("EUR").line("1", "mug", "1.00", 1).build();

        assertThatThrownBy(() -> SHOP.evaluate(member(), other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("transaction t-2 is for member 'm-2', but the member state is for 'm-1'");
    }

    @Test
    void an_absurd_basket_that_would_overflow_the_points_is_refused_not_wrapped_around() {
        CompiledProgram generous = Rewards.compile(Program.builder().id("shop").currency("EUR").timeZone("UTC")
                .earnRule(SpendRule.of("base", 1_000_000_000L, "0.01")).build());
        Transaction huge = Transaction.builder("t-9", "m-1", Fixtures.TUESDAY_MORNING).currency("EUR")
                .line("1", "yacht", "99999999999.00", 1000).build();

        assertThatThrownBy(() -> generous.evaluate(member(), huge)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("would earn more points than can be counted");
    }
}
