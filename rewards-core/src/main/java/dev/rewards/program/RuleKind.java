package dev.rewards.program;

import java.util.Optional;

/**
 * Every kind of rule a program can hold; the name is the JSON {@code kind} and appears on each
 * verdict of an outcome.
 */
public enum RuleKind {
    /** N points per M currency units of eligible spend (P1). */
    SPEND("spend"),
    /** A factor on the points that spend rules earn on some lines, in some period (P3). */
    MULTIPLIER("multiplier"),
    /** Fixed points on a member's first purchase (P3). */
    FIRST_PURCHASE_BONUS("firstPurchaseBonus"),
    /** Fixed points when eligible spend reaches an amount (P3). */
    BASKET_BONUS("basketBonus"),
    /** Fixed points for each unit of the items in scope (P3). */
    ITEM_BONUS("itemBonus"),
    /** The earn multiplier that a tier gives its members (T3). */
    TIER_MULTIPLIER("tierMultiplier"),
    /** A limit on the points of one transaction (P5). */
    POINTS_CAP("pointsCap"),
    /** A percentage of eligible spend returned as credit or cash (C1). */
    CASHBACK("cashback"),
    /** Owner-written DRL evaluated alongside the built-in rules. */
    CUSTOM("custom");

    private final String jsonName;

    RuleKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in JSON and in explanations: {@code spend}, {@code firstPurchaseBonus}, ... */
    public String jsonName() {
        return jsonName;
    }

    /** True for the kinds of {@link EarnRule}, the ones a program lists under {@code earnRules}. */
    public boolean isEarnRule() {
        return switch (this) {
            case SPEND, MULTIPLIER, FIRST_PURCHASE_BONUS, BASKET_BONUS, ITEM_BONUS -> true;
            case TIER_MULTIPLIER, POINTS_CAP, CASHBACK, CUSTOM -> false;
        };
    }

    public static Optional<RuleKind> fromJsonName(String name) {
        for (RuleKind k : values()) if (k.jsonName.equals(name)) return Optional.of(k);
        return Optional.empty();
    }
}
