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
    PURCHASES;

    /** This metric's value of the given totals: the spend amount, the points or the purchases. */
    public BigDecimal of(BigDecimal spend, long points, long purchases) {
        return switch (this) {
            case SPEND -> spend;
            case POINTS -> BigDecimal.valueOf(points);
            case PURCHASES -> BigDecimal.valueOf(purchases);
        };
    }

    /** The unit of a distance in this metric: the currency code, {@code points} or {@code purchases}. */
    public String unit(Currency currency) {
        return switch (this) {
            case SPEND -> currency.getCurrencyCode();
            case POINTS -> "points";
            case PURCHASES -> "purchases";
        };
    }
}
