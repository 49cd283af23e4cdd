package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.store.AccountStore;
import dev.rewards.account.store.JdbcAccountStore;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.QualificationWindow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC account store adds to the contract (A3): an account is a head and its parts, an
 * update writes what the operation changed, several stores (several application nodes) on one
 * database agree, and rows written whole by earlier versions still read and are split on update.
 */
abstract class JdbcAccountStoreContract extends AccountStoreContract {
    /** A program keeping 30 days of history, so long histories fold, merge and drop parts as they go. */
    static final Accounts SHORT = new Accounts(Rewards.compile(AccountHistoryTest.keeping(YearInTheLifeTest.CAFE, 30,
            QualificationWindow.CALENDAR_YEAR)));

    private DataSource database;

    abstract DataSource freshDatabase();

    @Override
    final AccountStore store() {
        database = freshDatabase();
        return new JdbcAccountStore(database).createSchema();
    }

    private Map<String, String> rows() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kind, seq, body FROM rewards_account_part WHERE member_id = 'ana'")) {
            while (rs.next()) rows.put(rs.getString(1) + rs.getLong(2), rs.getString(3));
        }
        return rows;
    }

    private String head() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM rewards_account WHERE member_id = 'ana'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void an_update_writes_the_parts_the_operation_changed_not_the_whole_account() throws Exception {
        AccountStore s = store();
        s.create(SHORT.open("ana", JAN, Optional.empty()));
        for (int i = 0; i < 120; i++) {
            var tx = AccountHistoryTest.buy("t-" + i, JAN.plusSeconds(3600L * 8 * (i + 1)), "12.00");
            s.update("ana", a -> SHORT.purchase(a, tx));
        }
        Map<String, String> before = rows();

        var next = AccountHistoryTest.buy("t-120", JAN.plusSeconds(3600L * 8 * 121), "12.00");
        s.update("ana", a -> SHORT.purchase(a, next));

        Map<String, String> after = rows();
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(k -> java.util.Objects.equals(before.get(k), after.get(k)));
        assertThat(after).hasSizeGreaterThan(200);
        assertThat(changed).as("rows written for one purchase").hasSizeLessThanOrEqualTo(12);
        assertThat(head()).hasSizeLessThan(1000).doesNotContain("\"ledger\"");
    }

    @Test
    void another_store_on_the_same_database_reads_exactly_the_account_computed_in_memory() {
        AccountStore s = store();
        MemberAccount expected = SHORT.open("ana", JAN, Optional.empty());
        s.create(expected);
        for (Operation op : AccountHistoryTest.inOrder(42, 100)) {
            expected = SHORT.apply(expected, op).account();
            s.update("ana", a -> SHORT.apply(a, op));
        }
        assertThat(s.load("ana")).contains(expected);
        assertThat(new JdbcAccountStore(database).load("ana")).contains(expected);
        assertThat(expected.total(LedgerEntry.Kind.EARNED)).isPositive();
        // and a store that keeps nothing in memory, updating on from there
        AccountStore uncached = new JdbcAccountStore(database, 0);
        var tx = AccountHistoryTest.buy("t-last", expected.clock().plusSeconds(60), "12.00");
        MemberAccount last = SHORT.purchase(expected, tx).account();
        uncached.update("ana", a -> SHORT.purchase(a, tx));
        assertThat(uncached.load("ana")).contains(last);
        assertThat(s.load("ana")).contains(last);
    }

    @Test
    void cashback_movements_are_parts_too_and_read_back_exactly_as_computed_in_memory() throws Exception {
        Accounts cashback = CashbackPropertiesTest.ENGINES[1];
        AccountStore s = store();
        MemberAccount expected = cashback.open("ana", CashbackPropertiesTest.START, Optional.empty());
        s.create(expected);
        for (Operation op : CashbackPropertiesTest.history(11, 150)) {
            expected = cashback.apply(expected, op).account();
            s.update("ana", a -> cashback.apply(a, op));
        }
        assertThat(expected.credit().ledger()).isNotEmpty();
        assertThat(new JdbcAccountStore(database).load("ana")).contains(expected);
        assertThat(head()).doesNotContain("\"ledger\"");
        assertThat(rows().keySet()).anyMatch(k -> k.startsWith("C"));
    }

    @Test
    void an_account_stored_whole_by_an_earlier_version_reads_and_is_split_on_its_next_update() throws Exception {
        store();
        MemberAccount ana = SHORT.open("ana", JAN, Optional.empty());
        for (Operation op : AccountHistoryTest.inOrder(7, 40)) ana = SHORT.apply(ana, op).account();
        String whole = RewardsJson.write(ana).replaceAll("\"processed\":\\{([^}]*)}", "\"processed\":[]");
        MemberAccount legacy = RewardsJson.readAccount(whole);
        try (Connection c = database.getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO rewards_account (member_id, version, body) VALUES ('ana', 7, ?)")) {
            p.setString(1, whole);
            p.executeUpdate();
            if (!c.getAutoCommit()) c.commit();
        }
        AccountStore s = new JdbcAccountStore(database);
        assertThat(s.load("ana")).contains(legacy);

        var tx = AccountHistoryTest.buy("t-next", legacy.clock().plusSeconds(60), "12.00");
        MemberAccount expected = SHORT.purchase(legacy, tx).account();
        s.update("ana", a -> SHORT.purchase(a, tx));

        assertThat(head()).doesNotContain("\"ledger\"");
        assertThat(rows()).isNotEmpty();
        assertThat(new JdbcAccountStore(database).load("ana")).contains(expected);
    }

    @Test
    void two_stores_on_one_database_updating_one_member_at_once_lose_and_double_nothing() throws Exception {
        AccountStore first = store();
        AccountStore second = new JdbcAccountStore(database);
        first.create(SHORT.open("ana", JAN, Optional.empty()));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        int n = 20;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccountResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                var tx = purchase("t-" + i, i);
                for (AccountStore s : List.of(first, second)) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return s.update("ana", a -> SHORT.purchase(a, tx));
                    }));
                }
            }
            start.countDown();
            for (Future<AccountResult> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        MemberAccount one = first.load("ana").orElseThrow();
        assertThat(second.load("ana")).contains(one);
        assertThat(new JdbcAccountStore(database).load("ana")).contains(one);
        assertThat(one.ledger().stream().filter(e -> e.kind() == LedgerEntry.Kind.EARNED && e.group().equals("purchase")))
                .hasSize(n).extracting(LedgerEntry::source).doesNotHaveDuplicates();
    }
}
