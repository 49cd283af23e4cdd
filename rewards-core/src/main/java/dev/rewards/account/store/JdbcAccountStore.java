package dev.rewards.account.store;

import dev.rewards.account.AccountResult;
import dev.rewards.account.MemberAccount;
import dev.rewards.internal.Jdbc;
import dev.rewards.json.AccountParts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * An {@link AccountStore} in the host's SQL database (plain JDBC; tested on H2 and PostgreSQL). A
 * member's account is a head row ({@code rewards_account}: the account's small fields as JSON and a
 * version) and one row per lot, ledger entry, qualifying record, purchase and applied id
 * ({@code rewards_account_part}), so an update writes what the operation changed: the head and a few
 * parts, not the whole account (A3). An update writes only if the version is still the one it read
 * ({@code UPDATE ... WHERE version = ?}), in one transaction with its parts; otherwise it reads again
 * and re-applies the step. Accounts recently read or written are kept in memory and reused while their
 * version is unchanged (one small query instead of reading every part). Rows written by earlier
 * versions (the whole account in the head) are read as they are and split on their next update.
 * {@link #createSchema()} creates the tables if they are missing. Thread-safe.
 */
public final class JdbcAccountStore implements AccountStore {
    public static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS rewards_account (member_id VARCHAR(200) PRIMARY KEY, version BIGINT NOT NULL, body TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS rewards_account_part (member_id VARCHAR(200) NOT NULL, kind CHAR(1) NOT NULL, seq BIGINT NOT NULL,"
                    + " item VARCHAR(1000), body TEXT NOT NULL, PRIMARY KEY (member_id, kind, seq))");
    /** How many accounts a store keeps in memory between operations unless told otherwise. */
    public static final int DEFAULT_CACHED_ACCOUNTS = 256;

    private final DataSource dataSource;
    private final Map<String, Row> cache;

    public JdbcAccountStore(DataSource dataSource) {
        this(dataSource, DEFAULT_CACHED_ACCOUNTS);
    }

    /**
     * A store keeping up to {@code cachedAccounts} accounts (the most recently used) in memory between
     * operations; 0 reads every part on every operation.
     */
    public JdbcAccountStore(DataSource dataSource, int cachedAccounts) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (cachedAccounts < 0) throw new IllegalArgumentException("cachedAccounts must not be negative, was " + cachedAccounts);
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Row> eldest) {
                return size() > cachedAccounts;
            }
        };
    }

    public JdbcAccountStore createSchema() {
        try {
            Jdbc.createSchema(dataSource, SCHEMA);
            return this;
        } catch (SQLException e) {
            throw new AccountStoreException("could not create the account tables", e);
        }
    }

    private record Row(MemberAccount account, long version, AccountLayout layout) {
    }

    @Override
    public Optional<MemberAccount> load(String memberId) {
        return current(memberId).map(Row::account);
    }

    /** The member's account as stored now: the cached one while its version is unchanged, else read. */
    private Optional<Row> current(String memberId) {
        try (Connection c = dataSource.getConnection()) {
            return current(c, memberId);
        } catch (SQLException e) {
            throw new AccountStoreException("could not read the account of " + memberId, e);
        }
    }

    private Optional<Row> current(Connection c, String memberId) throws SQLException {
        while (true) {
            Optional<Long> version = version(c, memberId);
            if (version.isEmpty()) return Optional.empty();
            Row cached = cached(memberId);
            if (cached != null && cached.version() == version.get()) return Optional.of(cached);
            Optional<Row> row = read(c, memberId, version.get());
            if (row.isPresent()) {
                remember(memberId, row.get());
                return row;
            }
        }
    }

    private static Optional<Long> version(Connection c, String memberId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM rewards_account WHERE member_id = ?")) {
            s.setString(1, memberId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The head and parts of {@code version}; empty if another version was committed while reading (read again). */
    private static Optional<Row> read(Connection c, String memberId, long version) throws SQLException {
        String head;
        try (PreparedStatement s = c.prepareStatement("SELECT version, body FROM rewards_account WHERE member_id = ?")) {
            s.setString(1, memberId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getLong(1) != version) return Optional.empty();
                head = rs.getString(2);
            }
        }
        Map<Character, List<String>> bodies = new HashMap<>();
        Map<Character, List<Long>> seqs = new HashMap<>();
        Map<Character, Map<String, Long>> keys = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, seq, item, body FROM rewards_account_part WHERE member_id = ? ORDER BY kind, seq")) {
            s.setString(1, memberId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    char kind = rs.getString(1).charAt(0);
                    bodies.computeIfAbsent(kind, k -> new ArrayList<>()).add(rs.getString(4));
                    seqs.computeIfAbsent(kind, k -> new ArrayList<>()).add(rs.getLong(2));
                    if (rs.getString(3) != null) keys.computeIfAbsent(kind, k -> new HashMap<>()).put(rs.getString(3), rs.getLong(2));
                }
            }
        }
        // a commit between the two reads changed the version: the parts may be of another version
        if (!version(c, memberId).equals(Optional.of(version))) return Optional.empty();
        MemberAccount account = AccountParts.assemble(head, bodies.getOrDefault(AccountLayout.LOT, List.of()),
                bodies.getOrDefault(AccountLayout.LEDGER, List.of()), bodies.getOrDefault(AccountLayout.QUALIFYING, List.of()),
                bodies.getOrDefault(AccountLayout.PURCHASE, List.of()), bodies.getOrDefault(AccountLayout.APPLIED, List.of()),
                bodies.getOrDefault(AccountLayout.CREDIT, List.of()));
        return Optional.of(new Row(account, version, AccountLayout.of(account, seqs, keys)));
    }

    @Override
    public boolean create(MemberAccount account) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean created = Jdbc.insertIfAbsent(c, "INSERT INTO rewards_account (member_id, version, body) VALUES (?, 0, ?)",
                        account.memberId(), AccountParts.head(account));
                if (!created) {
                    c.rollback();
                    return false;
                }
                MemberAccount none = new MemberAccount(account.memberId(), Optional.empty(), Optional.empty(), Optional.empty(), false, 0,
                        Optional.empty(), Optional.empty(), account.clock(), List.of(), 0, List.of(), List.of(), 0, List.of(), Map.of(), Map.of(),
                        Map.of());
                AccountLayout.Changes changes = AccountLayout.empty().diff(none, account);
                write(c, account.memberId(), changes);
                c.commit();
                remember(account.memberId(), new Row(account, 0, changes.after()));
                return true;
            } catch (SQLException | RuntimeException e) {
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
        try (Connection c = dataSource.getConnection()) {
            while (true) {
                Row row = current(c, memberId).orElseThrow(() -> new NoSuchElementException("no account for member '" + memberId + "'"));
                AccountResult result = step.apply(row.account());
                AccountStore.checkSameMember(memberId, result);
                if (result.account().equals(row.account())) return result;
                if (written(c, memberId, row, result.account())) return result;
            }
        } catch (SQLException e) {
            throw new AccountStoreException("could not update the account of " + memberId, e);
        }
    }

    @Override
    public Optional<MemberAccount> forget(String memberId) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<MemberAccount> last = current(c, memberId).map(Row::account);
                for (String sql : List.of("DELETE FROM rewards_account_part WHERE member_id = ?", "DELETE FROM rewards_account WHERE member_id = ?")) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setString(1, memberId);
                        s.executeUpdate();
                    }
                }
                c.commit();
                return last;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                evict(memberId);
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new AccountStoreException("could not forget a member", e);
        }
    }

    /** Writes the account a step returned if the version is still the one read, in one transaction; false if it changed. */
    private boolean written(Connection c, String memberId, Row row, MemberAccount after) throws SQLException {
        AccountLayout.Changes changes = row.layout().diff(row.account(), after);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            // lock the head and read its version as committed now: whatever a database does with a waiting
            // UPDATE's condition, the parts below are written only on top of the version they were diffed from
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM rewards_account WHERE member_id = ? FOR UPDATE")) {
                s.setString(1, memberId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != row.version()) {
                        c.rollback();
                        evict(memberId);
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_account SET version = ?, body = ? WHERE member_id = ? AND version = ?")) {
                s.setLong(1, row.version() + 1);
                s.setString(2, AccountParts.head(after));
                s.setString(3, memberId);
                s.setLong(4, row.version());
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    evict(memberId);
                    return false;
                }
            }
            write(c, memberId, changes);
            c.commit();
            remember(memberId, new Row(after, row.version() + 1, changes.after()));
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            evict(memberId);
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Deletes, then updates, then inserts the parts that changed, each kind of statement as one batch. */
    private static void write(Connection c, String memberId, AccountLayout.Changes changes) throws SQLException {
        if (changes.isEmpty()) return;
        try (PreparedStatement one = c.prepareStatement("DELETE FROM rewards_account_part WHERE member_id = ? AND kind = ? AND seq = ?");
             PreparedStatement all = c.prepareStatement("DELETE FROM rewards_account_part WHERE member_id = ? AND kind = ?")) {
            boolean any = false;
            for (AccountLayout.Part p : changes.deletes()) {
                if (p.seq() == AccountLayout.ALL) {
                    all.setString(1, memberId);
                    all.setString(2, String.valueOf(p.kind()));
                    all.executeUpdate();
                    continue;
                }
                one.setString(1, memberId);
                one.setString(2, String.valueOf(p.kind()));
                one.setLong(3, p.seq());
                one.addBatch();
                any = true;
            }
            if (any) one.executeBatch();
        }
        if (!changes.updates().isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_account_part SET body = ? WHERE member_id = ? AND kind = ? AND seq = ?")) {
                for (AccountLayout.Part p : changes.updates()) {
                    s.setString(1, p.body());
                    s.setString(2, memberId);
                    s.setString(3, String.valueOf(p.kind()));
                    s.setLong(4, p.seq());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (!changes.inserts().isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO rewards_account_part (member_id, kind, seq, item, body) VALUES (?, ?, ?, ?, ?)")) {
                for (AccountLayout.Part p : changes.inserts()) {
                    s.setString(1, memberId);
                    s.setString(2, String.valueOf(p.kind()));
                    s.setLong(3, p.seq());
                    s.setString(4, p.item());
                    s.setString(5, p.body());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private Row cached(String memberId) {
        synchronized (cache) {
            return cache.get(memberId);
        }
    }

    private void remember(String memberId, Row row) {
        synchronized (cache) {
            Row known = cache.get(memberId);
            if (known == null || known.version() <= row.version()) cache.put(memberId, row);
        }
    }

    private void evict(String memberId) {
        synchronized (cache) {
            cache.remove(memberId);
        }
    }
}
