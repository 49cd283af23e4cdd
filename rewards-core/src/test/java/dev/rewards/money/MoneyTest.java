package dev.rewards.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void ten_euros_is_ten_euros_whatever_its_written_scale() {
        assertThat(Money.of("10.0", "EUR")).isEqualTo(Money.of("10.00", "EUR")).isEqualTo(Money.of("10", "EUR"));
        assertThat(Money.of("10", "EUR").toString()).isEqualTo("10.00 EUR");
        assertThat(Money.of("1500", "JPY").toString()).isEqualTo("1500 JPY");
    }

    @Test
    void an_amount_finer_than_the_currency_must_be_rounded_explicitly() {
        assertThatThrownBy(() -> Money.of("10.005", "EUR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount 10.005 has more decimals than EUR allows (2); round it explicitly");
        assertThat(Money.of(new BigDecimal("10.005"), Currency.getInstance("EUR"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void currencies_never_mix() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.expected().getCurrencyCode()).isEqualTo("EUR");
                    assertThat(e.actual().getCurrencyCode()).isEqualTo("USD");
                });
    }

    @Test
    void percentages_round_as_told() {
        Money price = Money.of("24.99", "EUR");
        assertThat(price.percent(new BigDecimal("2"), RoundingMode.DOWN)).isEqualTo(Money.of("0.49", "EUR"));
        assertThat(price.percent(new BigDecimal("2"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.50", "EUR"));
    }

    @Test
    void parse_reads_what_to_string_writes() {
        Money m = Money.of("12.50", "EUR");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }
}
