package dev.rewards.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server the JDBC store tests run against, named by {@code REWARDS_PG_URL} (a JDBC URL
 * with user and password; {@code .ci/run} starts a server and sets it). Without it, outside CI, the
 * test is skipped and says so on stderr; in CI ({@code CI} set) it fails.
 */
public final class Postgres {
    private Postgres() {
    }

    /** A data source on the server, with {@code tables} dropped so the test starts clean. */
    public static DataSource freshDataSource(String testName, String tables) {
        String url = System.getenv("REWARDS_PG_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) Assertions.fail("CI is set but REWARDS_PG_URL is not: the PostgreSQL tests must run in CI");
            System.err.println("SKIPPED: " + testName + " needs REWARDS_PG_URL (see .ci/run); PostgreSQL was not tested");
            Assumptions.abort("REWARDS_PG_URL is not set: " + testName + " skipped");
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at REWARDS_PG_URL: " + e.getMessage(), e);
        }
        return ds;
    }
}
