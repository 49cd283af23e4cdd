package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S2: input that is too big, missing or absurd is a typed error naming where, before anything is computed from it. */
class HostileInputsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void a_basket_of_more_lines_than_any_till_sends_is_refused() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i <= Transaction.MAX_LINES; i++) lines.add(Line.of(Integer.toString(i), "mug", Money.of("1.00", "EUR"), 1));

        assertThatThrownBy(() -> new Transaction("t-1", "m-1", AT, Optional.empty(), Optional.empty(), EUR, lines, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("lines", "must have at most 10000 lines, had 10001")));
    }

    @Test
    void a_missing_line_through_the_java_api_is_named_not_a_null_pointer() {
        List<Line> lines = new ArrayList<>();
        lines.add(null);

        assertThatThrownBy(() -> new Transaction("t-1", "m-1", AT, Optional.empty(), Optional.empty(), EUR, lines, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("lines[0]", "is required")));
    }

    @Test
    void a_redemption_in_a_history_needs_its_currency_and_sensible_numbers() {
        assertThatThrownBy(() -> RewardsJson.readOperation("""
                {"kind": "redeemPoints", "id": "x-1", "memberId": "m-1", "at": "2026-03-01T10:00:00Z", "points": 500, "orderTotal": "20.00"}
                """)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .containsExactly(new Problem("$.currency", "is required")));
        assertThatThrownBy(() -> new Operation.RedeemPoints(" ", "m-1", AT, -5, Money.of("-1.00", "EUR")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("id", "points", "orderTotal"));
    }

    @Test
    void ids_longer_than_every_store_keeps_are_refused_in_memory_too() {
        assertThatThrownBy(() -> dev.rewards.voucher.store.IssuedVoucher.bearer("CODE-1", "c".repeat(150)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("campaignId"));
        assertThatThrownBy(() -> Transaction.builder("t-1", "m".repeat(201), AT).currency("EUR").line("1", "mug", "1.00", 1).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("memberId", "must be 1 to 200 characters, was 201 characters")));
    }
}
