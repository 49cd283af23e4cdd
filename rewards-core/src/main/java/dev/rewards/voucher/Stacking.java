package dev.rewards.voucher;

/** Whether a campaign's discount combines with others on one transaction (V7, D7). */
public enum Stacking {
    /** Applies alone: no other discount on the same transaction. */
    EXCLUSIVE,
    /**
     * Applies alone among the discounts of its {@link DiscountLevel} (item, order, shipping) and
     * combines with those of the other levels: an exclusive item offer beside free shipping.
     */
    EXCLUSIVE_IN_LEVEL,
    /** Applies together with every other combinable discount. */
    COMBINABLE,
    /**
     * Combines with other discounts, but never with another {@code ONE_PER_ITEM} discount on the same
     * line: each line gets the one of them that takes the most off it on its own (ties: order of
     * application), and a discount left with no line is rejected {@code NOT_COMBINABLE} (one best
     * offer per item).
     */
    ONE_PER_ITEM
}
