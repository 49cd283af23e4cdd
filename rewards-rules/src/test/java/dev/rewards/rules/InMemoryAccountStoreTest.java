package dev.rewards.rules;

import dev.rewards.account.store.AccountStore;
import dev.rewards.account.store.InMemoryAccountStore;

class InMemoryAccountStoreTest extends AccountStoreContract {
    @Override
    AccountStore store() {
        return new InMemoryAccountStore();
    }
}
