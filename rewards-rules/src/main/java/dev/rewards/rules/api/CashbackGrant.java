package dev.rewards.rules.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a custom DRL rule inserts to pay cashback: {@code insert(new CashbackGrant("review-week", new BigDecimal("2.00"), "Review week"));}
 * The amount is in the program's currency, positive, with no more decimals than the currency has; it
 * is added to the outcome's cashback and shown on the custom rule's verdict. The rule id must be the
 * id of a custom rule of the program.
 *
 * <p>Immutable and thread-safe.
 */
public final class CashbackGrant {
    private final String ruleId;
    private final BigDecimal amount;
    private final String message;

    public CashbackGrant(String ruleId, BigDecimal amount, String message) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0) throw new IllegalArgumentException("amount must be positive, was " + amount.toPlainString());
        this.message = Objects.requireNonNull(message, "message");
    }

    public String getRuleId() {
        return ruleId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CashbackGrant g && g.ruleId.equals(ruleId) && g.amount.compareTo(amount) == 0 && g.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, amount.stripTrailingZeros(), message);
    }

    @Override
    public String toString() {
        return "CashbackGrant[" + ruleId + ", " + amount.toPlainString() + ", " + message + "]";
    }
}
