package dev.rewards.voucher.store;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC store on a real PostgreSQL server, named by {@code REWARDS_PG_URL} (a JDBC URL with user
 * and password; {@code .ci/run} starts a server and sets it). Outside CI, without the variable, these
 * tests are skipped and say so; in CI ({@code CI} set) a missing server fails them.
 */
class PostgresVoucherStoreTest extends VoucherStoreContract {
    static final String URL = System.getenv("REWARDS_PG_URL");

    @Override
    VoucherStore store() {
        if (URL == null || URL.isBlank()) {
            if (System.getenv("CI") != null) fail("CI is set but REWARDS_PG_URL is not: the PostgreSQL tests must run in CI");
            System.err.println("SKIPPED: PostgresVoucherStoreTest needs REWARDS_PG_URL (see .ci/run); the PostgreSQL voucher store was not tested");
            Assumptions.abort("REWARDS_PG_URL is not set: PostgreSQL voucher store tests skipped");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(URL);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS rewards_voucher_code, rewards_voucher_member_use, rewards_voucher_redemption, rewards_voucher_use");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at REWARDS_PG_URL: " + e.getMessage(), e);
        }
        return new JdbcVoucherStore(ds).createSchema();
    }
}
