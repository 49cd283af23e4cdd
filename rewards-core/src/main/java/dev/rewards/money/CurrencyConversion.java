package dev.rewards.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * M5: how a basket in another currency was turned into the program's: {@code rate} units of {@code to}
 * for one unit of {@code from}, each unit price and the shipping multiplied by it and rounded to
 * {@code to}'s minor unit with {@code rounding}; {@code source} names the table (as the host gave it);
 * {@code merchandise} is the basket's merchandise total as it was paid. An outcome records it.
 * Immutable and thread-safe.
 */
public record CurrencyConversion(Currency from, Currency to, BigDecimal rate, RoundingMode rounding, Optional<String> source,
                                 Money merchandise) {
    public CurrencyConversion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rounding, "rounding");
        source = source == null ? Optional.empty() : source;
        Objects.requireNonNull(merchandise, "merchandise");
    }
}
