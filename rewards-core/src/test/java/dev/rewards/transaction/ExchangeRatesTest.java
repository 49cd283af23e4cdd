package dev.rewards.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** M5: a basket in dollars or pounds decided in euros, at the host's rate, rounded as the host says. */
class ExchangeRatesTest {
    static final ExchangeRates ECB = ExchangeRates.of("EUR", Map.of("USD", "0.9210", "GBP", "1.1650")).withSource("ECB 2026-11-30");
    static final Transaction DOLLARS = Transaction.builder("t-1", "ana", Instant.parse("2026-11-30T10:00:00Z")).currency("USD")
            .line("1", "beans", "19.99", 2, "beans").line("2", "mug", "12.50", 1, "mugs").shipping(Money.of("4.95", "USD")).build();

    @Test
    void each_unit_price_and_the_shipping_are_converted_and_rounded_to_the_cent_and_the_conversion_is_recorded() {
        ExchangeRates.Converted c = ECB.convert(DOLLARS);

        assertThat(c.transaction().currency()).isEqualTo(Currency.getInstance("EUR"));
        // 19.99 x 0.921 = 18.41079 -> 18.41; 12.50 x 0.921 = 11.5125 -> 11.51 (half-even); 4.95 x 0.921 = 4.55895 -> 4.56
        assertThat(c.transaction().lines()).extracting(l -> l.unitPrice()).containsExactly(Money.of("18.41", "EUR"), Money.of("11.51", "EUR"));
        assertThat(c.transaction().lines().get(0).quantity()).isEqualTo(2);
        assertThat(c.transaction().shipping()).isEqualTo(Money.of("4.56", "EUR"));
        assertThat(c.transaction().merchandiseTotal()).isEqualTo(Money.of("48.33", "EUR"));
        assertThat(c.conversion()).hasValueSatisfying(x -> {
            assertThat(x.rate()).isEqualByComparingTo("0.921");
            assertThat(x.rounding()).isEqualTo(RoundingMode.HALF_EVEN);
            assertThat(x.source()).contains("ECB 2026-11-30");
            assertThat(x.merchandise()).isEqualTo(Money.of("52.48", "USD"));
        });
        // rounded up, where the host's payment provider does: 11.5125 -> 11.52
        assertThat(ECB.withRounding(RoundingMode.UP).convert(DOLLARS).transaction().lines().get(1).unitPrice()).isEqualTo(Money.of("11.52", "EUR"));
        // a basket in euros is left as it is, with nothing recorded
        Transaction euros = Transaction.builder("t-2", "ana", Instant.parse("2026-11-30T10:00:00Z")).currency("EUR").line("1", "beans", "9.99", 1, "beans").build();
        assertThat(ECB.convert(euros)).isEqualTo(new ExchangeRates.Converted(euros, Optional.empty()));
    }

    @Test
    void a_currency_the_table_does_not_hold_is_named_and_a_bad_table_is_refused_whole() {
        Transaction yen = Transaction.builder("t-3", "ana", Instant.parse("2026-11-30T10:00:00Z")).currency("JPY").line("1", "beans", "1999", 1, "beans").build();
        assertThatThrownBy(() -> ECB.convert(yen)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no rate from JPY to EUR").hasMessageContaining("ECB 2026-11-30");

        assertThatThrownBy(() -> new ExchangeRates(Currency.getInstance("EUR"), Map.of(Currency.getInstance("USD"), BigDecimal.ZERO,
                Currency.getInstance("EUR"), BigDecimal.ONE), RoundingMode.UNNECESSARY, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("rates.USD", "rates.EUR", "rounding"));
    }
}
