package dev.rewards.money;

import dev.rewards.RewardsException;
import java.util.Currency;

/** Two amounts that must share a currency do not: {@code 10.00 EUR plus 5.00 USD}, or a USD basket under a EUR program. */
public final class CurrencyMismatchException extends RewardsException {
    private static final long serialVersionUID = 1L;

    private final Currency expected;
    private final Currency actual;

    public CurrencyMismatchException(Currency expected, Currency actual, String where) {
        super("Currency mismatch" + (where.isEmpty() ? "" : " in " + where) + ": expected " + expected.getCurrencyCode()
                + ", got " + actual.getCurrencyCode());
        this.expected = expected;
        this.actual = actual;
    }

    public Currency expected() {
        return expected;
    }

    public Currency actual() {
        return actual;
    }
}
