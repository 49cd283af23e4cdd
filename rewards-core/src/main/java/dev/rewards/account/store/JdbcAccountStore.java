package dev.rewards.account.store;

import dev.rewards.account.AccountResult;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * An {@link AccountStore} in the host's SQL database (plain JDBC; tested on H2 and PostgreSQL): one
 * row per member holding the account as JSON and a version. An update writes only if the version is
 * still the one it read ({@code UPDATE ... WHERE version = ?}); otherwise it reads again and re-applies
 * the step. {@link #createSchema()} creates the table if it is missing.
 */
public final class JdbcAccountStore implements AccountStore {
    public static final List<String> SCHEMA = List.of("CREATE TABLE IF NOT EXISTS rewards_account (member_id VARCHAR(200) PRIMARY KEY,"
            + " version BIGINT NOT NULL, body TEXT NOT NULL)");

    private final DataSource dataSource;

    public JdbcAccountStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public JdbcAccountStore createSchema() {
        try {
            Jdbc.createSchema(dataSource, SCHEMA);
            return this;
        } catch (SQLException e) {
            throw new AccountStoreException("could not create the account table", e);
        }
    }

    private record Row(MemberAccount account, long version) {
    }

    private Optional<Row> read(String memberId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT version, body FROM rewards_account WHERE member_id = ?")) {
            s.setString(1, memberId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Row(RewardsJson.readAccount(rs.getString(2)), rs.getLong(1)));
            }
        } catch (SQLException e) {
            throw new AccountStoreException("could not read the account of " + memberId, e);
        }
    }

    @Override
    public Optional<MemberAccount> load(String memberId) {
        return read(memberId).map(Row::account);
    }

    @Override
    public boolean create(MemberAccount account) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean created = Jdbc.insertIfAbsent(c, "INSERT INTO rewards_account (member_id, version, body) VALUES (?, 0, ?)",
                        account.memberId(), RewardsJson.write(account));
                c.commit();
                return created;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new AccountStoreException("could not create the account of " + account.memberId(), e);
        }
    }

    @Override
    public AccountResult update(String memberId, Function<MemberAccount, AccountResult> step) {
        while (true) {
            Row row = read(memberId).orElseThrow(() -> new NoSuchElementException("no account for member '" + memberId + "'"));
            AccountResult result = step.apply(row.account());
            AccountStore.checkSameMember(memberId, result);
            if (result.account().equals(row.account())) return result;
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE rewards_account SET version = ?, body = ? WHERE member_id = ? AND version = ?")) {
                s.setLong(1, row.version() + 1);
                s.setString(2, RewardsJson.write(result.account()));
                s.setString(3, memberId);
                s.setLong(4, row.version());
                int updated = s.executeUpdate();
                if (!c.getAutoCommit()) c.commit();
                if (updated == 1) return result;
            } catch (SQLException e) {
                throw new AccountStoreException("could not update the account of " + memberId, e);
            }
        }
    }
}
