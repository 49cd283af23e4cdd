package dev.rewards.rules;

import dev.rewards.testing.Postgres;
import javax.sql.DataSource;

/** The JDBC account store on a real PostgreSQL server ({@link Postgres}: skipped loudly outside CI without one). */
class PostgresAccountStoreTest extends JdbcAccountStoreContract {
    @Override
    DataSource freshDatabase() {
        return Postgres.freshDataSource("PostgresAccountStoreTest", "rewards_account, rewards_account_part");
    }
}
