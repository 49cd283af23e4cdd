package dev.rewards.voucher;

/** Whether a campaign's discount combines with others on one transaction (V7). */
public enum Stacking {
    /** Applies alone: no other discount on the same transaction. */
    EXCLUSIVE,
    /** Applies together with every other combinable discount. */
    COMBINABLE
}
