package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** S2: instants outside the years 1900-9999 are refused as input, before anything walks time towards them; ids cannot forge report lines. */
class HostileInstantsTest {
    private static final Accounts ACCOUNTS = YearInTheLifeTest.ACCOUNTS;
    private final MemberAccount ana = ACCOUNTS.open("ana", Instant.parse("2026-01-10T09:00:00Z"), Optional.empty());

    @Test
    void a_far_future_purchase_is_refused_by_the_reader_and_by_the_builder() {
        assertThatThrownBy(() -> RewardsJson.readTransaction("""
                {"id": "t-1", "memberId": "ana", "at": "+1000000000-12-31T23:59:59Z", "currency": "EUR",
                 "lines": [{"id": "1", "sku": "mug", "unitPrice": "3.00", "quantity": 1}]}
                """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("$.at: must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59Z");
        assertThatThrownBy(() -> Transaction.builder("t-1", "ana", Instant.MAX).currency("EUR").line("1", "mug", "3.00", 1).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at: must be between");
    }

    @Test
    void accounts_refuse_to_walk_to_the_end_of_time() {
        assertThatThrownBy(() -> ACCOUNTS.advance(ana, Instant.MAX)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ACCOUNTS.statement(ana, Instant.parse("+1000000000-12-31T23:59:59Z"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ACCOUNTS.redeemPoints(ana, "x-1", Instant.MIN, 500, dev.rewards.money.Money.of("10.00", "EUR")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_id_with_a_line_break_cannot_forge_a_line_of_an_explanation() {
        Transaction tx = Transaction.builder("t-1\nTransaction t-2, member m-9, program cafe v1", "ana", Instant.parse("2026-03-01T10:00:00Z"))
                .currency("EUR").line("1", "beans", "10.00", 1).build();

        String text = dev.rewards.Rewards.compile(YearInTheLifeTest.CAFE).evaluate(
                dev.rewards.transaction.MemberState.enrolled("ana", Instant.parse("2026-01-01T00:00:00Z"), Fixtures.EUR), tx).explain();

        org.assertj.core.api.Assertions.assertThat(text.lines()).noneMatch(l -> l.startsWith("Transaction t-2"));
        org.assertj.core.api.Assertions.assertThat(text).startsWith("Transaction t-1\\nTransaction t-2");
    }
}
