package dev.rewards.voucher.store;

import dev.rewards.RewardsException;

/** The voucher store's database failed; nothing was changed (the operation's transaction was rolled back). */
public final class VoucherStoreException extends RewardsException {
    public VoucherStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
