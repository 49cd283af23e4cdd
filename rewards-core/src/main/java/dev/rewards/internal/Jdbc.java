package dev.rewards.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** What the JDBC stores share. */
public final class Jdbc {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /** Runs {@code CREATE TABLE IF NOT EXISTS} statements, committing if the connection does not. */
    public static void createSchema(DataSource dataSource, List<String> statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        }
    }
}
