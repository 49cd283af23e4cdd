package dev.rewards.rules;

import static dev.rewards.testing.Generators.lines;
import static dev.rewards.testing.Generators.members;
import static dev.rewards.testing.Generators.programs;
import static dev.rewards.testing.Generators.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.transaction.ExchangeRates;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.VoucherSnapshot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * M5 over generated programs, members and baskets: a basket in dollars, converted at the host's rate,
 * earns exactly what the same basket priced in euros at that rate earns (points, cashback, discounts,
 * tier), and its outcome records the rate and the rounding.
 */
class ForeignBasketPropertiesTest {
    private static final List<String> TIERS = List.of("green", "gold");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void a_converted_basket_earns_what_the_same_basket_in_the_programs_currency_earns_at_that_rate() {
        Properties.check().forAll(programs(), members(TIERS), lines(6), integers().between(5_000, 20_000)).checkAssert((program, member, lines, tenThousandths) -> {
            BigDecimal rate = BigDecimal.valueOf(tenThousandths, 4);
            ExchangeRates rates = ExchangeRates.of("EUR", Map.of("USD", rate.toPlainString())).withRounding(RoundingMode.HALF_UP);
            List<Line> dollars = lines.stream().map(l -> new Line(l.id(), l.sku(), l.categories(), Money.of(l.unitPrice().amount(), USD), l.quantity(),
                    l.vendor())).toList();
            List<Line> euros = lines.stream().map(l -> new Line(l.id(), l.sku(), l.categories(),
                    Money.of(l.unitPrice().amount().multiply(rate), l.unitPrice().currency(), RoundingMode.HALF_UP), l.quantity(), l.vendor())).toList();
            CompiledProgram compiled = Rewards.compile(program);

            Outcome converted = compiled.evaluate(member, transaction(dollars, USD), VoucherSnapshot.EMPTY, rates);
            Outcome direct = compiled.evaluate(member, transaction(euros));

            assertThat(converted.conversion()).hasValueSatisfying(c -> {
                assertThat(c.rate()).isEqualByComparingTo(rate);
                assertThat(c.rounding()).isEqualTo(RoundingMode.HALF_UP);
                assertThat(c.merchandise()).isEqualTo(transaction(dollars, USD).merchandiseTotal());
            });
            assertThat(converted).isEqualTo(direct.withConversion(converted.conversion().orElseThrow()));
            assertThat(RewardsJson.write(converted)).contains("\"conversion\":{\"from\":\"USD\",\"to\":\"EUR\",\"rate\":\"" + rate.stripTrailingZeros().toPlainString() + "\"");
        });
    }

    @Test
    void a_basket_in_the_programs_currency_is_decided_as_it_is_and_records_no_conversion() {
        Properties.check().forAll(programs(), members(TIERS), lines(4)).checkAssert((program, member, lines) -> {
            CompiledProgram compiled = Rewards.compile(program);
            Transaction tx = transaction(lines);
            Outcome o = compiled.evaluate(member, tx, VoucherSnapshot.EMPTY, ExchangeRates.of("EUR", Map.of("USD", "0.92")));
            assertThat(o).isEqualTo(compiled.evaluate(member, tx));
            assertThat(o.conversion()).isEmpty();
        });
    }
}
