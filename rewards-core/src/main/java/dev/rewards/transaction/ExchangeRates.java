package dev.rewards.transaction;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.money.CurrencyConversion;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * M5: a rate table the host supplies (its bank's, its payment provider's, the central bank's) to turn
 * baskets in other currencies into the program's currency before they are decided. A rate is how
 * many units of {@code target} one unit of a currency is worth. Each unit price and the shipping are
 * multiplied by the rate and rounded to the target's minor unit with {@code rounding} (half-even unless
 * told otherwise: peers differ, so it is a setting), so a line's total is its quantity times a
 * converted unit price, and the outcome records the rate, the rounding and the table's name
 * ({@link CurrencyConversion}). No rate is looked up by date: the host gives the table in force for
 * the basket. Immutable and thread-safe.
 */
public record ExchangeRates(Currency target, Map<Currency, BigDecimal> rates, RoundingMode rounding, Optional<String> source) {
    public ExchangeRates {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rounding, "rounding");
        source = source == null ? Optional.empty() : source;
        Checks checks = Checks.start();
        TreeMap<Currency, BigDecimal> sorted = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (Map.Entry<Currency, BigDecimal> e : Objects.requireNonNull(rates, "rates").entrySet()) {
            String path = "rates." + (e.getKey() == null ? "null" : e.getKey().getCurrencyCode());
            if (e.getKey() == null || e.getValue() == null) {
                checks.add(path, "must name a currency and its rate");
                continue;
            }
            checks.require(e.getValue().signum() > 0, path, "must be more than zero, was " + e.getValue().toPlainString());
            checks.require(!e.getKey().equals(target), path, "is the target currency itself");
            sorted.put(e.getKey(), e.getValue().stripTrailingZeros());
        }
        checks.require(rounding != RoundingMode.UNNECESSARY, "rounding", "must round: converted prices rarely fall on the minor unit");
        checks.throwIfAny(InvalidInputException::new);
        rates = java.util.Collections.unmodifiableMap(sorted);
    }

    /** A table into {@code target} ({@code "EUR"}), rates by currency code ({@code "USD" -> "0.9210"}), rounding half-even. */
    public static ExchangeRates of(String target, Map<String, String> rates) {
        Map<Currency, BigDecimal> parsed = new java.util.LinkedHashMap<>();
        rates.forEach((code, rate) -> parsed.put(Currency.getInstance(code), new BigDecimal(rate)));
        return new ExchangeRates(Currency.getInstance(target), parsed, RoundingMode.HALF_EVEN, Optional.empty());
    }

    public ExchangeRates withRounding(RoundingMode rounding) {
        return new ExchangeRates(target, rates, rounding, source);
    }

    /** The table's name as it should appear in outcomes ({@code "ECB 2026-11-30"}). */
    public ExchangeRates withSource(String source) {
        return new ExchangeRates(target, rates, rounding, Optional.of(source));
    }

    public Optional<BigDecimal> rate(Currency from) {
        return Optional.ofNullable(rates.get(from));
    }

    /** A transaction in the target currency, and how it was converted (empty when it already was in the target currency). */
    public record Converted(Transaction transaction, Optional<CurrencyConversion> conversion) {
    }

    /**
     * {@code tx} in the target currency: unit prices and shipping converted and rounded, everything else
     * as it was. A currency the table has no rate for is an {@code InvalidInputException} naming it.
     */
    public Converted convert(Transaction tx) {
        if (tx.currency().equals(target)) return new Converted(tx, Optional.empty());
        BigDecimal rate = rate(tx.currency()).orElseThrow(() -> new InvalidInputException(List.of(new dev.rewards.Problem("currency",
                "no rate from " + tx.currency().getCurrencyCode() + " to " + target.getCurrencyCode() + " in the table"
                        + source.map(s -> " " + s).orElse("") + " (it has " + rates.keySet() + ")"))));
        List<Line> lines = new ArrayList<>();
        for (Line l : tx.lines()) {
            lines.add(new Line(l.id(), l.sku(), l.categories(), convert(l.unitPrice(), rate), l.quantity(), l.vendor()));
        }
        Transaction converted = new Transaction(tx.id(), tx.memberId(), tx.at(), tx.channel(), tx.store(), target, lines,
                convert(tx.shipping(), rate), tx.vouchers(), tx.shipTo(), tx.payWithPoints());
        return new Converted(converted, Optional.of(new CurrencyConversion(tx.currency(), target, rate, rounding, source, tx.merchandiseTotal())));
    }

    private Money convert(Money m, BigDecimal rate) {
        return Money.of(m.amount().multiply(rate), target, rounding);
    }
}
