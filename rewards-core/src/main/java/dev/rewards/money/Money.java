package dev.rewards.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, at the currency's own scale: {@code 10.0 EUR} is stored and
 * compared as {@code 10.00 EUR}. An amount with more decimals than the currency has is refused
 * unless a {@link RoundingMode} says how to round it, so no cent is ever lost silently. Amounts in
 * different currencies never mix: doing so throws {@link CurrencyMismatchException}.
 *
 * <p>Immutable and thread-safe.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * The most digits an amount may have before, and after, its decimal point: far beyond any price or
     * total (inputs are held to 15 and 12 by validation), and small enough that no amount can exhaust
     * memory or time.
     */
    public static final int MAX_DIGITS = 100;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        // checked before anything expands the number: 1e999999999 would take the heap or overflow
        if (amount.signum() != 0 && (amount.precision() - amount.scale() > MAX_DIGITS || amount.scale() > MAX_DIGITS)) {
            throw new IllegalArgumentException("Amount out of range: at most " + MAX_DIGITS + " digits before and after the decimal point, was "
                    + (amount.scale() > MAX_DIGITS ? "a scale of " + amount.scale() : "about 10^" + (amount.precision() - amount.scale() - 1)));
        }
        if (amount.scale() != scale) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > scale) {
                throw new IllegalArgumentException("Amount " + amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + scale + "); round it explicitly");
            }
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    /** {@code Money.of("12.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** The amount rounded to the currency's scale with the given mode. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        return new Money(amount.setScale(scaleOf(currency), rounding), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses {@code "12.50 EUR"}, the form {@link #toString()} writes. */
    public static Money parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) throw new IllegalArgumentException("Expected '<amount> <currency>', got '" + text + "'");
        return of(parts[0], parts[1]);
    }

    /** Decimal places the currency uses (2 for EUR, 0 for JPY). */
    public static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        return new Money(amount.add(checked(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(checked(other).amount), currency);
    }

    /** Exact multiplication by a whole number, such as a quantity. */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** Multiplication by a decimal, rounded to the currency's scale with the given mode. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return of(amount.multiply(factor), currency, rounding);
    }

    /** {@code percent} percent of this amount, rounded with the given mode: {@code 5} percent of 10.00 is 0.50. */
    public Money percent(BigDecimal percent, RoundingMode rounding) {
        return of(amount.multiply(percent).movePointLeft(2), currency, rounding);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(checked(other).amount);
    }

    private Money checked(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) throw new CurrencyMismatchException(currency, other.currency, "");
        return other;
    }

    /** {@code 12.50 EUR}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
