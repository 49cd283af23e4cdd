package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.ExchangeRates;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M5 in accounts: a member buying in dollars earns, books and keeps what the basket converted at the
 * host's rate earns; a refund takes exactly that back; the outcome records the conversion.
 */
class ForeignBasketAccountsTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE.withPendingDays(0)).build();
    static final ExchangeRates RATES = ExchangeRates.of("EUR", Map.of("USD", "0.9210")).withSource("ECB 2026-03-01");

    @Test
    void a_dollar_basket_is_booked_converted_and_its_refund_takes_back_what_it_earned() {
        Accounts accounts = new Accounts(Rewards.compile(SHOP)).withRates(RATES);
        MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        Transaction dollars = Transaction.builder("t-1", "ana", Instant.parse("2026-03-02T10:00:00Z")).currency("USD")
                .line("1", "grinder", "250.00", 1, "equipment").build();

        AccountResult bought = accounts.apply(ana, new Operation.Purchase(dollars));

        // 250.00 USD at 0.9210 is 230.25 EUR: 230 points
        assertThat(bought.outcome().orElseThrow().points()).isEqualTo(230);
        assertThat(bought.outcome().orElseThrow().conversion()).hasValueSatisfying(c -> {
            assertThat(c.merchandise()).isEqualTo(Money.of("250.00", "USD"));
            assertThat(c.source()).contains("ECB 2026-03-01");
        });
        assertThat(bought.account().purchases().get("t-1").lines().get("1").unitPrice()).isEqualByComparingTo("230.25");
        AccountResult refunded = accounts.refund(bought.account(), Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-03-03T10:00:00Z")));
        assertThat(refunded.account().available(Instant.parse("2026-03-04T10:00:00Z"))).isZero();
        assertThat(accounts.apply(bought.account(), new Operation.Purchase(dollars)).duplicate()).isTrue();
        // without a rate table the basket is refused as before
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Accounts(Rewards.compile(SHOP)).apply(ana, new Operation.Purchase(dollars)))
                .isInstanceOf(dev.rewards.money.CurrencyMismatchException.class).hasMessageContaining("USD");
    }
}
