package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.VoucherCodes;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import dev.rewards.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;

/**
 * A {@link VoucherStore} in the host's SQL database, through plain JDBC (no driver of ours): tested on
 * H2 and PostgreSQL. {@link #createSchema()} creates its six tables if they are missing (names start
 * with {@code rewards_voucher}); hosts with migrations can copy the statements from {@link #SCHEMA}.
 *
 * <p>Exactly once: a redemption inserts its transaction id first (the primary key makes a second,
 * concurrent or later, attempt wait and then fail, and return the first result), then takes each use
 * with a conditional {@code UPDATE ... WHERE uses < max} that the database re-checks under the row
 * lock, in code order, then each campaign budget (D8) the same way in campaign order; any failed
 * condition rolls back all of it. Works under READ COMMITTED. A database made by an earlier version
 * gains the newer tables (budgets, V9 operations) from {@link #createSchema()}; nothing else changes.
 *
 * <p>S3, codes at rest: made with a {@link CodeHashing}, the store keeps each code as a keyed hash
 * (a token) and finds presented codes by their token under each key; results read back from the
 * tables (a {@link #reverse}, a {@link #giveBack}) name codes by token. Without one it keeps codes as
 * given, for development and tests. {@link #hashExistingCodes} moves a plain database to tokens.
 */
public final class JdbcVoucherStore implements VoucherStore {
    /** The tables, in portable SQL. */
    public static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS rewards_voucher_code (code VARCHAR(64) PRIMARY KEY, campaign_id VARCHAR(100) NOT NULL,"
                    + " issued BOOLEAN NOT NULL, issued_to VARCHAR(200), uses INTEGER NOT NULL, balance DECIMAL(19,4), currency CHAR(3))",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_member_use (campaign_id VARCHAR(100) NOT NULL, member_id VARCHAR(200) NOT NULL,"
                    + " uses INTEGER NOT NULL, PRIMARY KEY (campaign_id, member_id))",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_redemption (transaction_id VARCHAR(200) PRIMARY KEY,"
                    + " member_id VARCHAR(200) NOT NULL, reversed BOOLEAN NOT NULL)",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_use (transaction_id VARCHAR(200) NOT NULL, seq INTEGER NOT NULL,"
                    + " code VARCHAR(64), campaign_id VARCHAR(100) NOT NULL, issued BOOLEAN NOT NULL, max_per_code INTEGER,"
                    + " max_per_member INTEGER, debit DECIMAL(19,4), currency CHAR(3), PRIMARY KEY (transaction_id, seq))",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_campaign_use (campaign_id VARCHAR(100) PRIMARY KEY, redemptions BIGINT NOT NULL,"
                    + " spent DECIMAL(19,4) NOT NULL, currency CHAR(3) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_budget_use (transaction_id VARCHAR(200) NOT NULL, seq INTEGER NOT NULL,"
                    + " max_redemptions BIGINT, max_amount DECIMAL(19,4), discount DECIMAL(19,4) NOT NULL, currency CHAR(3) NOT NULL,"
                    + " PRIMARY KEY (transaction_id, seq))",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_operation (operation_id VARCHAR(200) PRIMARY KEY, kind VARCHAR(10) NOT NULL,"
                    + " subject VARCHAR(200) NOT NULL, amount DECIMAL(19,4), currency CHAR(3), from_member VARCHAR(200), to_member VARCHAR(200))",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_give_back (operation_id VARCHAR(200) NOT NULL, code VARCHAR(64) NOT NULL,"
                    + " transaction_id VARCHAR(200) NOT NULL, amount DECIMAL(19,4) NOT NULL, PRIMARY KEY (operation_id, code))",
            "ALTER TABLE rewards_voucher_code ADD COLUMN IF NOT EXISTS channel VARCHAR(40)",
            "CREATE TABLE IF NOT EXISTS rewards_voucher_trigger (trigger_id VARCHAR(200) PRIMARY KEY, code VARCHAR(64) NOT NULL)");

    private final DataSource dataSource;
    private final Optional<CodeHashing> hashing;

    /** A store that keeps codes as given: for development and tests (S3: use {@link #JdbcVoucherStore(DataSource, CodeHashing)}). */
    public JdbcVoucherStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.hashing = Optional.empty();
    }

    /** S3: a store that keeps each code as a keyed hash, never the code. */
    public JdbcVoucherStore(DataSource dataSource, CodeHashing hashing) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.hashing = Optional.of(hashing);
    }

    /** How a new code is stored: its token under the current key, or the code itself. */
    String stored(String code) {
        String plain = VoucherCodes.normalize(code);
        return hashing.map(h -> h.token(plain)).orElse(plain);
    }

    /** How an issued (or used public) code is stored, or null: tried under each key. A token passes through. */
    String find(Connection c, String code) throws SQLException {
        String plain = VoucherCodes.normalize(code);
        List<String> candidates = CodeHashing.isToken(code) ? List.of(code) : hashing.map(h -> h.tokens(plain)).orElse(List.of(plain));
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM rewards_voucher_code WHERE code = ?")) {
            for (String candidate : candidates) {
                s.setString(1, candidate);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) return candidate;
                }
            }
        }
        return null;
    }

    /** Stored keys back to the codes a caller gave, where it gave them. */
    private Map<String, String> plainByStored(Collection<String> codes) {
        Map<String, String> out = new HashMap<>();
        for (String code : codes) {
            String plain = VoucherCodes.normalize(code);
            for (String candidate : hashing.map(h -> h.tokens(plain)).orElse(List.of(plain))) out.put(candidate, plain);
        }
        return out;
    }

    private static List<Redemption.Use> named(List<Redemption.Use> uses, Map<String, String> plainByStored) {
        return uses.stream().map(u -> u.code().filter(plainByStored::containsKey).map(k -> new Redemption.Use(Optional.of(plainByStored.get(k)),
                u.campaignId(), u.issued(), u.maxUsesPerCode(), u.maxUsesPerMember(), u.debit(), u.budget(), u.discount())).orElse(u)).toList();
    }

    /** Creates the store's tables where they do not exist yet. */
    public JdbcVoucherStore createSchema() {
        try {
            Jdbc.createSchema(dataSource, SCHEMA);
            return this;
        } catch (SQLException e) {
            throw new VoucherStoreException("could not create the voucher tables", e);
        }
    }

    @Override
    public void issue(List<IssuedVoucher> vouchers) {
        inTransaction(c -> {
            issueIn(c, vouchers);
            return null;
        });
    }

    /** Inserts the codes in the caller's transaction; a code already issued throws (the transaction is the caller's to roll back). */
    void issueIn(Connection c, List<IssuedVoucher> vouchers) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < vouchers.size(); i++) {
            IssuedVoucher v = vouchers.get(i);
            boolean inserted = find(c, v.code()) == null && Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_code"
                    + " (code, campaign_id, issued, issued_to, uses, balance, currency, channel) VALUES (?, ?, TRUE, ?, 0, ?, ?, ?)",
                    stored(v.code()), v.campaignId(), v.memberId().orElse(null), v.balance().map(Money::amount).orElse(null),
                    v.balance().map(b -> b.currency().getCurrencyCode()).orElse(null), v.channel().orElse(null));
            if (!inserted) problems.add(new Problem("[" + i + "].code", "code " + VoucherCodes.mask(v.code()) + " is already issued"));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    @Override
    public boolean exists(String code) {
        return inTransaction(c -> find(c, code) != null);
    }

    @Override
    public long issuedCount(String campaignId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM rewards_voucher_code WHERE campaign_id = ? AND issued")) {
                s.setString(1, campaignId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public VoucherSnapshot snapshot(String memberId, Collection<String> presented) {
        return inTransaction(c -> {
            List<VoucherStatus> statuses = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT campaign_id, issued, issued_to, uses, balance, currency"
                    + " FROM rewards_voucher_code WHERE code = ?")) {
                for (String p : presented) {
                    String code = VoucherCodes.normalize(p);
                    String key = find(c, code);
                    if (key == null) continue;
                    s.setString(1, key);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) continue;
                        statuses.add(new VoucherStatus(code, rs.getBoolean(2) ? Optional.of(rs.getString(1)) : Optional.empty(),
                                Optional.ofNullable(rs.getString(3)), rs.getInt(4), JdbcVoucherRows.money(rs.getBigDecimal(5), rs.getString(6))));
                    }
                }
            }
            Map<String, Integer> uses = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT campaign_id, uses FROM rewards_voucher_member_use WHERE member_id = ?")) {
                s.setString(1, memberId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) uses.put(rs.getString(1), rs.getInt(2));
                }
            }
            Map<String, CampaignUsage> campaigns = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT campaign_id, redemptions, spent, currency FROM rewards_voucher_campaign_use");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) campaigns.put(rs.getString(1), JdbcBudgets.usage(rs));
            }
            return VoucherSnapshot.of(statuses, uses, campaigns);
        });
    }

    @Override
    public CampaignUsage campaignUsage(String campaignId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT campaign_id, redemptions, spent, currency FROM rewards_voucher_campaign_use"
                    + " WHERE campaign_id = ?")) {
                s.setString(1, campaignId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? JdbcBudgets.usage(rs) : CampaignUsage.none(campaignId);
                }
            }
        });
    }


    @Override
    public VoucherSnapshot snapshot(String memberId, String transactionId, Collection<String> codes) {
        return VoucherStore.withOwnUsesBack(snapshot(memberId, codes), named(usesHeldBy(transactionId), plainByStored(codes)));
    }

    @Override
    public List<Redemption.Use> usesHeldBy(String transactionId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT reversed FROM rewards_voucher_redemption WHERE transaction_id = ?")) {
                s.setString(1, transactionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getBoolean(1)) return List.of();
                }
            }
            return JdbcVoucherOperations.lessGivenBack(c, transactionId, JdbcVoucherRows.usesOf(c, transactionId));
        });
    }

    @Override
    public RedemptionResult redeem(Redemption r) {
        return inTransaction(c -> {
            if (!Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_redemption (transaction_id, member_id, reversed) VALUES (?, ?, FALSE)",
                    r.transactionId(), r.memberId())) {
                List<Redemption.Use> uses = named(JdbcVoucherRows.usesOf(c, r.transactionId()),
                        plainByStored(r.uses().stream().flatMap(u -> u.code().stream()).toList()));
                return new RedemptionResult(r.transactionId(), RedemptionResult.Status.ALREADY_REDEEMED, uses, balancesOf(c, uses), List.of());
            }
            List<Reason> reasons = new ArrayList<>();
            for (Redemption.Use u : r.uses()) {
                if (u.code().isPresent()) takeCode(c, u, reasons);
                takeMemberUse(c, u, r.memberId(), reasons);
            }
            // budget rows last and in campaign order, so that concurrent redemptions lock them in one order
            List<Redemption.Use> budgeted = new ArrayList<>(r.uses().stream().filter(u -> u.budget().isPresent()).toList());
            budgeted.sort(java.util.Comparator.comparing(Redemption.Use::campaignId));
            for (Redemption.Use u : budgeted) JdbcBudgets.take(c, u, reasons);
            if (!reasons.isEmpty()) {
                c.rollback();
                return new RedemptionResult(r.transactionId(), RedemptionResult.Status.REJECTED, r.uses(), Map.of(), reasons);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO rewards_voucher_use (transaction_id, seq, code, campaign_id,"
                    + " issued, max_per_code, max_per_member, debit, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (Redemption.Use u : r.uses()) {
                    s.setString(1, r.transactionId());
                    s.setInt(2, seq++);
                    s.setString(3, u.code().isPresent() ? find(c, u.code().get()) : null);
                    s.setString(4, u.campaignId());
                    s.setBoolean(5, u.issued());
                    setInt(s, 6, u.maxUsesPerCode());
                    setInt(s, 7, u.maxUsesPerMember());
                    s.setBigDecimal(8, u.debit().map(Money::amount).orElse(null));
                    s.setString(9, u.debit().map(d -> d.currency().getCurrencyCode()).orElse(null));
                    s.executeUpdate();
                }
            }
            JdbcBudgets.record(c, r);
            return new RedemptionResult(r.transactionId(), RedemptionResult.Status.REDEEMED, r.uses(), balancesOf(c, r.uses()), List.of());
        });
    }

    private void takeCode(Connection c, Redemption.Use u, List<Reason> reasons) throws SQLException {
        String code = find(c, u.code().orElseThrow());
        if (code == null && !u.issued()) {
            code = stored(u.code().get());
            ensureRow(c, "INSERT INTO rewards_voucher_code (code, campaign_id, issued, uses) VALUES (?, ?, FALSE, 0)", code, u.campaignId());
        }
        if (code == null) {
            reasons.add(RedemptionReasons.notIssued(u));
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE rewards_voucher_code SET uses = uses + 1");
        if (u.debit().isPresent()) sql.append(", balance = balance - ?");
        sql.append(" WHERE code = ?");
        if (u.maxUsesPerCode().isPresent()) sql.append(" AND uses < ?");
        if (u.debit().isPresent()) sql.append(" AND balance >= ?");
        int updated;
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (u.debit().isPresent()) s.setBigDecimal(i++, u.debit().get().amount());
            s.setString(i++, code);
            if (u.maxUsesPerCode().isPresent()) s.setInt(i++, u.maxUsesPerCode().getAsInt());
            if (u.debit().isPresent()) s.setBigDecimal(i, u.debit().get().amount());
            updated = s.executeUpdate();
        }
        if (updated == 1) return;
        try (PreparedStatement s = c.prepareStatement("SELECT uses, balance, currency FROM rewards_voucher_code WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    reasons.add(RedemptionReasons.notIssued(u));
                    return;
                }
                int uses = rs.getInt(1);
                if (u.maxUsesPerCode().isPresent() && uses >= u.maxUsesPerCode().getAsInt()) reasons.add(RedemptionReasons.usedUp(u, uses));
                if (u.debit().isPresent()) reasons.add(RedemptionReasons.balanceShort(u, JdbcVoucherRows.money(rs.getBigDecimal(2), rs.getString(3)).orElse(null)));
            }
        }
    }

    private void takeMemberUse(Connection c, Redemption.Use u, String memberId, List<Reason> reasons) throws SQLException {
        ensureRow(c, "INSERT INTO rewards_voucher_member_use (campaign_id, member_id, uses) VALUES (?, ?, 0)", u.campaignId(), memberId);
        String sql = "UPDATE rewards_voucher_member_use SET uses = uses + 1 WHERE campaign_id = ? AND member_id = ?"
                + (u.maxUsesPerMember().isPresent() ? " AND uses < ?" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, u.campaignId());
            s.setString(2, memberId);
            if (u.maxUsesPerMember().isPresent()) s.setInt(3, u.maxUsesPerMember().getAsInt());
            if (s.executeUpdate() == 1) return;
        }
        reasons.add(RedemptionReasons.memberLimit(u, u.maxUsesPerMember().orElse(0)));
    }

    /** Inserts a counter row unless it exists. */
    private static void ensureRow(Connection c, String insert, String a, String b) throws SQLException {
        Jdbc.insertIfAbsent(c, insert, a, b);
    }

    @Override
    public RedemptionResult reverse(String transactionId) {
        return inTransaction(c -> {
            String memberId;
            boolean reversed;
            try (PreparedStatement s = c.prepareStatement("SELECT member_id, reversed FROM rewards_voucher_redemption WHERE transaction_id = ? FOR UPDATE")) {
                s.setString(1, transactionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) return new RedemptionResult(transactionId, RedemptionResult.Status.NOT_FOUND, List.of(), Map.of(), List.of());
                    memberId = rs.getString(1);
                    reversed = rs.getBoolean(2);
                }
            }
            List<Redemption.Use> uses = JdbcVoucherRows.usesOf(c, transactionId);
            if (reversed) return new RedemptionResult(transactionId, RedemptionResult.Status.ALREADY_REVERSED, uses, Map.of(), List.of());
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_redemption SET reversed = TRUE WHERE transaction_id = ?")) {
                s.setString(1, transactionId);
                s.executeUpdate();
            }
            for (Redemption.Use u : uses) {
                if (u.code().isPresent()) {
                    try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_code SET uses = uses - 1"
                            + (u.debit().isPresent() ? ", balance = balance + ?" : "") + " WHERE code = ?")) {
                        int i = 1;
                        if (u.debit().isPresent()) s.setBigDecimal(i++, u.debit().get().amount().subtract(JdbcVoucherOperations.givenBack(c, transactionId, u.code().get())));
                        s.setString(i, u.code().get());
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_member_use SET uses = uses - 1 WHERE campaign_id = ? AND member_id = ?")) {
                    s.setString(1, u.campaignId());
                    s.setString(2, memberId);
                    s.executeUpdate();
                }
                JdbcBudgets.giveBack(c, u);
            }
            return new RedemptionResult(transactionId, RedemptionResult.Status.REVERSED, uses, balancesOf(c, uses), List.of());
        });
    }

    private Map<String, Money> balancesOf(Connection c, List<Redemption.Use> uses) throws SQLException {
        Map<String, Money> balances = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT balance, currency FROM rewards_voucher_code WHERE code = ?")) {
            for (Redemption.Use u : uses) {
                if (u.debit().isEmpty() || u.code().isEmpty()) continue;
                s.setString(1, find(c, u.code().get()));
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) JdbcVoucherRows.money(rs.getBigDecimal(1), rs.getString(2)).ifPresent(m -> balances.put(u.code().get(), m));
                }
            }
        }
        return balances;
    }

    private static void setInt(PreparedStatement s, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) s.setInt(i, v.getAsInt());
        else s.setNull(i, java.sql.Types.INTEGER);
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> new VoucherStoreException("voucher store: " + e.getMessage(), e));
    }

    @Override
    public VoucherChange topUp(String operationId, String code, Money amount) {
        VoucherOps.checkTopUp(operationId, code, amount);
        return inTransaction(c -> JdbcVoucherOperations.topUp(c, this, operationId, code, amount));
    }

    @Override
    public VoucherChange giveBack(String refundId, String transactionId, Money amount) {
        VoucherOps.checkGiveBack(refundId, transactionId, amount);
        return inTransaction(c -> JdbcVoucherOperations.giveBack(c, refundId, transactionId, amount));
    }

    @Override
    public VoucherChange transfer(String operationId, String code, String fromMember, String toMember) {
        VoucherOps.checkTransfer(operationId, code, fromMember, toMember);
        return inTransaction(c -> JdbcVoucherOperations.transfer(c, this, operationId, code, fromMember, toMember));
    }

    @Override
    public IssueResult issueOnce(String triggerId, IssuedVoucher voucher) {
        VoucherOps.checkTrigger(triggerId);
        return inTransaction(c -> JdbcVoucherOperations.issueOnce(c, this, triggerId, voucher));
    }

    @Override
    public java.util.SortedMap<String, ChannelFigures> channels(String campaignId) {
        return inTransaction(c -> JdbcVoucherOperations.channels(c, campaignId));
    }

    @Override
    public long forget(String memberId) {
        return inTransaction(c -> JdbcVoucherOperations.forget(c, memberId, VoucherOps.pseudonym()));
    }

    /**
     * S3 migration: replaces every code still kept as given (rows made before hashing, or by a store
     * without a {@link CodeHashing}) with its token under the current key, in one transaction, and
     * returns how many codes it moved. Run it once after switching a database to hashing; running it
     * again moves nothing.
     *
     * @throws IllegalStateException if this store has no {@link CodeHashing}
     */
    public long hashExistingCodes() {
        CodeHashing h = hashing.orElseThrow(() -> new IllegalStateException("this store keeps codes as given: make it with a CodeHashing"));
        return inTransaction(c -> JdbcVoucherOperations.hashExisting(c, h));
    }
}
