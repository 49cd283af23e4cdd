package dev.rewards.program;

/** How cashback is paid back (C1); the library decides the amount, the host pays it. */
public enum CashbackForm {
    STORE_CREDIT,
    CASH
}
