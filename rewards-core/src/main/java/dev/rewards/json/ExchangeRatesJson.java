package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.transaction.ExchangeRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * M5: a host's rate table as JSON: {@code {"currency": "EUR", "rounding": "HALF_EVEN", "source":
 * "ECB 2026-11-30", "rates": {"USD": "0.9210", "GBP": "1.1650"}}}: each rate the units of
 * {@code currency} one unit of the named currency is worth; {@code rounding} and {@code source}
 * optional. Every problem is reported at once, with its path.
 */
final class ExchangeRatesJson {
    private static final String CODE = "an ISO 4217 currency code";

    private ExchangeRatesJson() {
    }

    static ExchangeRates read(JsonNode node) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(node, problems);
        if (!in.isObject("an exchange rate table")) throw new InvalidInputException(problems);
        in.allowOnly("currency", "rates", "rounding", "source");
        Currency target = in.parsed("currency", Currency::getInstance, CODE);
        if (!in.has("currency")) problems.add(new Problem("$.currency", "is required: the program's currency, which the rates convert into"));
        RoundingMode rounding = in.has("rounding") ? in.parsed("rounding", RoundingMode::valueOf, "a rounding mode (HALF_EVEN, HALF_UP, DOWN, ...)")
                : RoundingMode.HALF_EVEN;
        String source = in.string("source");
        Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
        Optional<JsonIn> table = in.object("rates");
        if (!in.has("rates")) problems.add(new Problem("$.rates", "is required: {\"USD\": \"0.9210\", ...}"));
        table.ifPresent(t -> t.node.properties().forEach(field -> {
            Currency from = null;
            try {
                from = Currency.getInstance(field.getKey());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(t.at(field.getKey()), "must be " + CODE + ", was '" + JsonIn.shortText(field.getKey()) + "'"));
            }
            BigDecimal rate = t.decimal(field.getKey());
            if (from != null && rate != null) rates.put(from, rate);
        }));
        ExchangeRates built = problems.isEmpty() ? in.build(() -> new ExchangeRates(target, rates, rounding, Optional.ofNullable(source))) : null;
        if (built == null) throw new InvalidInputException(problems);
        return built;
    }

    static ObjectNode write(ExchangeRates r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("currency", r.target().getCurrencyCode()).put("rounding", r.rounding().name());
        r.source().ifPresent(s -> n.put("source", s));
        ObjectNode rates = n.putObject("rates");
        r.rates().forEach((c, rate) -> rates.put(c.getCurrencyCode(), rate.toPlainString()));
        return n;
    }
}
