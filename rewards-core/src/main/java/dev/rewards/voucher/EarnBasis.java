package dev.rewards.voucher;

/** Whether points and cashback are earned on what the member paid or on the price before discounts. */
public enum EarnBasis {
    /** On each line's price after the discounts allocated to it (the default). */
    PRICE_PAID,
    /** On each line's price before any discount. */
    LIST_PRICE
}
