package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.transaction.ExchangeRates;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** M5: the host's rate table as JSON. */
class ExchangeRatesJsonTest {
    static final ExchangeRates ECB = ExchangeRates.of("EUR", Map.of("USD", "0.9210", "GBP", "1.1650")).withSource("ECB 2026-11-30");

    @Test
    void the_table_reads_from_json_with_every_problem_at_its_path() {
        ExchangeRates read = RewardsJson.readExchangeRates("{\"currency\": \"EUR\", \"source\": \"ECB 2026-11-30\", \"rates\": {\"USD\": \"0.9210\", \"GBP\": 1.165}}");
        assertThat(read).isEqualTo(ECB);
        assertThat(RewardsJson.readExchangeRates(RewardsJson.write(read))).isEqualTo(read);

        assertThatThrownBy(() -> RewardsJson.readExchangeRates("{\"currency\": \"EURO\", \"rounding\": \"SIDEWAYS\", \"rates\": {\"US$\": \"0.92\", \"GBP\": \"lots\"}, \"rate\": 1}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.path())
                        .contains("$.currency", "$.rounding", "$.rates.US$", "$.rates.GBP", "$.rate"));
    }
}
