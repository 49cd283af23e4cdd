package dev.rewards.rules;

import static org.assertj.core.api.Assertions.fail;

import dev.rewards.account.store.AccountStore;
import dev.rewards.account.store.JdbcAccountStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC account store on a real PostgreSQL server named by {@code REWARDS_PG_URL} ({@code .ci/run}
 * starts one). Outside CI without it, skipped and said so; in CI ({@code CI} set), a missing server fails.
 */
class PostgresAccountStoreTest extends AccountStoreContract {
    @Override
    AccountStore store() {
        String url = System.getenv("REWARDS_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) fail("CI is set but REWARDS_PG_URL is not: the PostgreSQL tests must run in CI");
            System.err.println("SKIPPED: PostgresAccountStoreTest needs REWARDS_PG_URL (see .ci/run); the PostgreSQL account store was not tested");
            Assumptions.abort("REWARDS_PG_URL is not set: PostgreSQL account store tests skipped");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS rewards_account");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at REWARDS_PG_URL: " + e.getMessage(), e);
        }
        return new JdbcAccountStore(ds).createSchema();
    }
}
