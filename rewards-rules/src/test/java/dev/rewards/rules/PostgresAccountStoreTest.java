package dev.rewards.rules;

import dev.rewards.account.store.AccountStore;
import dev.rewards.account.store.JdbcAccountStore;
import dev.rewards.testing.Postgres;

/** The JDBC account store on a real PostgreSQL server ({@link Postgres}: skipped loudly outside CI without one). */
class PostgresAccountStoreTest extends AccountStoreContract {
    @Override
    AccountStore store() {
        return new JdbcAccountStore(Postgres.freshDataSource("PostgresAccountStoreTest", "rewards_account")).createSchema();
    }
}
