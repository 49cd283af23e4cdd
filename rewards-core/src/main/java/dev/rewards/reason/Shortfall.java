package dev.rewards.reason;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a member is from something: {@code 12.00 EUR} more spend, {@code 2 purchases} more.
 * {@code unit} is a currency code, {@code points} or {@code purchases}.
 *
 * <p>Immutable and thread-safe.
 */
public record Shortfall(BigDecimal amount, String unit) {
    public Shortfall {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
