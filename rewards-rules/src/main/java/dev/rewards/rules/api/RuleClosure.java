package dev.rewards.rules.api;

import java.util.Objects;

/**
 * What a custom DRL rule inserts to stop a rule of the program from applying to this transaction,
 * with a reason of its own: {@code insert(new RuleClosure("no-double-on-sale", "double-beans", "beans on sale earn single points"));}
 * The closed rule's verdict is "not applied" with reason code {@code CLOSED_BY_RULE} and this message;
 * it gives no points, no cashback. {@code byRuleId} must be a custom rule of the program, {@code ruleId}
 * any rule of it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleClosure {
    private final String byRuleId;
    private final String ruleId;
    private final String message;

    public RuleClosure(String byRuleId, String ruleId, String message) {
        this.byRuleId = Objects.requireNonNull(byRuleId, "byRuleId");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.message = Objects.requireNonNull(message, "message");
    }

    public String getByRuleId() {
        return byRuleId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleClosure c && c.byRuleId.equals(byRuleId) && c.ruleId.equals(ruleId) && c.message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byRuleId, ruleId, message);
    }

    @Override
    public String toString() {
        return "RuleClosure[" + byRuleId + " closes " + ruleId + ", " + message + "]";
    }
}
