package dev.rewards.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/** What the JDBC stores share. */
public final class Jdbc {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /**
     * Inserts one row unless its key exists; true when it inserted. On PostgreSQL through {@code ON
     * CONFLICT DO NOTHING}, so that the server never logs a duplicate key, and with it the key's value (a
     * voucher code, S1); elsewhere by catching the duplicate under a savepoint, which keeps the
     * transaction usable. {@code values} fill the statement's parameters in order.
     */
    public static boolean insertIfAbsent(Connection c, String insert, Object... values) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        Savepoint sp = postgres ? null : c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement(postgres ? insert + " ON CONFLICT DO NOTHING" : insert)) {
            for (int i = 0; i < values.length; i++) s.setObject(i + 1, values[i]);
            int inserted = s.executeUpdate();
            if (sp != null) c.releaseSavepoint(sp);
            return inserted == 1;
        } catch (SQLException e) {
            if (sp == null || !UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
            c.rollback(sp);
            return false;
        }
    }

    /** Runs {@code CREATE TABLE IF NOT EXISTS} statements, committing if the connection does not. */
    public static void createSchema(DataSource dataSource, List<String> statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
            if (!c.getAutoCommit()) c.commit();
        }
    }

    /** One unit of work on a connection inside a transaction. */
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on a connection of {@code dataSource}: committed when it
     * returns, rolled back when it throws; a database error comes out as {@code failure} makes it
     * (the store's own exception, with the message it names).
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work, java.util.function.Function<SQLException, RuntimeException> failure) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }
}
