package dev.rewards.voucher;

/**
 * How the program chooses when an exclusive discount meets others on one transaction (V7). The
 * options are each exclusive discount alone, and all combinable discounts together.
 */
public enum ConflictPolicy {
    /** The option holding the discount that comes first in application order (lowest priority number). */
    PRIORITY,
    /** The option that takes the most off the price; on a tie, the one {@link #PRIORITY} would pick. */
    BEST_FOR_CUSTOMER
}
