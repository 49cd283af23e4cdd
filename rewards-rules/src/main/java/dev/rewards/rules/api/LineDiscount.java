package dev.rewards.rules.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a custom DRL rule inserts to take an amount off one line of the basket:
 * {@code insert(new LineDiscount("bun-deal", $line.id(), new BigDecimal("1.00"), "Bun deal"));}
 * The amount is in the program's currency, positive, with no more decimals than the currency has;
 * it never takes a line below zero (the verdict says when it was limited). The discount counts in the
 * outcome's discount and amount to pay after the vouchers' ones; when the program earns on the price
 * paid, points and cashback are counted on the price after it. The tests of the built-in rules
 * (minimum spends) are answered before custom rules fire, on the price after vouchers.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineDiscount {
    private final String ruleId;
    private final String lineId;
    private final BigDecimal amount;
    private final String message;

    public LineDiscount(String ruleId, String lineId, BigDecimal amount, String message) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.lineId = Objects.requireNonNull(lineId, "lineId");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) throw new IllegalArgumentException("amount must be positive, was " + amount.toPlainString());
        this.message = Objects.requireNonNull(message, "message");
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getLineId() {
        return lineId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineDiscount d && d.ruleId.equals(ruleId) && d.lineId.equals(lineId) && d.amount.compareTo(amount) == 0
                && d.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, lineId, amount.stripTrailingZeros(), message);
    }

    @Override
    public String toString() {
        return "LineDiscount[" + ruleId + ", line " + lineId + ", " + amount.toPlainString() + ", " + message + "]";
    }
}
