package dev.rewards.program;

import java.math.BigDecimal;
import java.util.Currency;

/** What tiers qualify on (T1). */
public enum TierMetric {
    /** Qualifying spend in the program's currency: the lines' price times quantity, shipping excluded. */
    SPEND,
    /** Points earned. */
    POINTS,
    /** Number of purchases. */
    PURCHASES,
    /**
     * L1: the member's active points balance, earned and not spent, expired or taken back (pending
     * points included). The host passes it as {@code qualifyingPoints}; accounts count it from the
     * member's lots, so spending or losing points can take the member below a threshold. The window
     * does not apply: a balance has no period.
     */
    BALANCE;

    /** This metric's value of the given totals: the spend amount, the points or the purchases. */
    public BigDecimal of(BigDecimal spend, long points, long purchases) {
        return switch (this) {
            case SPEND -> spend;
            case POINTS, BALANCE -> BigDecimal.valueOf(points);
            case PURCHASES -> BigDecimal.valueOf(purchases);
        };
    }

    /** The unit of a distance in this metric: the currency code, {@code points} or {@code purchases}. */
    public String unit(Currency currency) {
        return switch (this) {
            case SPEND -> currency.getCurrencyCode();
            case POINTS, BALANCE -> "points";
            case PURCHASES -> "purchases";
        };
    }
}
