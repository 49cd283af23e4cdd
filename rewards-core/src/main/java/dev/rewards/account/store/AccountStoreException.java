package dev.rewards.account.store;

import dev.rewards.RewardsException;

/** The account store's database failed; the account is as it was. */
public final class AccountStoreException extends RewardsException {
    public AccountStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
