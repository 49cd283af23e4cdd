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
 * gains the two budget tables from {@link #createSchema()}; nothing else changes.
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
                    + " PRIMARY KEY (transaction_id, seq))");

    private final DataSource dataSource;

    public JdbcVoucherStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
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
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < vouchers.size(); i++) {
                IssuedVoucher v = vouchers.get(i);
                boolean inserted = Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_code"
                        + " (code, campaign_id, issued, issued_to, uses, balance, currency) VALUES (?, ?, TRUE, ?, 0, ?, ?)",
                        v.code(), v.campaignId(), v.memberId().orElse(null), v.balance().map(Money::amount).orElse(null),
                        v.balance().map(b -> b.currency().getCurrencyCode()).orElse(null));
                if (!inserted) problems.add(new Problem("[" + i + "].code", "code " + VoucherCodes.mask(v.code()) + " is already issued"));
            }
            if (!problems.isEmpty()) throw new InvalidInputException(problems);
            return null;
        });
    }

    @Override
    public boolean exists(String code) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM rewards_voucher_code WHERE code = ?")) {
                s.setString(1, VoucherCodes.normalize(code));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
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
                    s.setString(1, code);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) continue;
                        statuses.add(new VoucherStatus(code, rs.getBoolean(2) ? Optional.of(rs.getString(1)) : Optional.empty(),
                                Optional.ofNullable(rs.getString(3)), rs.getInt(4), money(rs.getBigDecimal(5), rs.getString(6))));
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
    public List<Redemption.Use> usesHeldBy(String transactionId) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT reversed FROM rewards_voucher_redemption WHERE transaction_id = ?")) {
                s.setString(1, transactionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getBoolean(1)) return List.of();
                }
            }
            return usesOf(c, transactionId);
        });
    }

    @Override
    public RedemptionResult redeem(Redemption r) {
        return inTransaction(c -> {
            if (!Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_redemption (transaction_id, member_id, reversed) VALUES (?, ?, FALSE)",
                    r.transactionId(), r.memberId())) {
                List<Redemption.Use> uses = usesOf(c, r.transactionId());
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
                    s.setString(3, u.code().orElse(null));
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
        String code = u.code().orElseThrow();
        if (!u.issued()) ensureRow(c, "INSERT INTO rewards_voucher_code (code, campaign_id, issued, uses) VALUES (?, ?, FALSE, 0)", code, u.campaignId());
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
                if (u.debit().isPresent()) reasons.add(RedemptionReasons.balanceShort(u, money(rs.getBigDecimal(2), rs.getString(3)).orElse(null)));
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
            List<Redemption.Use> uses = usesOf(c, transactionId);
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
                        if (u.debit().isPresent()) s.setBigDecimal(i++, u.debit().get().amount());
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

    private static List<Redemption.Use> usesOf(Connection c, String transactionId) throws SQLException {
        List<Redemption.Use> uses = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT u.code, u.campaign_id, u.issued, u.max_per_code, u.max_per_member, u.debit,"
                + " u.currency, b.max_redemptions, b.max_amount, b.discount, b.currency FROM rewards_voucher_use u"
                + " LEFT JOIN rewards_voucher_budget_use b ON b.transaction_id = u.transaction_id AND b.seq = u.seq"
                + " WHERE u.transaction_id = ? ORDER BY u.seq")) {
            s.setString(1, transactionId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Optional<Money> discount = money(rs.getBigDecimal(10), rs.getString(11));
                    long maxRedemptions = rs.getLong(8);
                    java.util.OptionalLong redemptions = rs.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(maxRedemptions);
                    Optional<CampaignBudget> budget = discount.map(d -> new CampaignBudget(
                            Optional.ofNullable(bigDecimal(rs, 9)).map(a -> Money.of(a.setScale(d.amount().scale(), RoundingMode.UNNECESSARY),
                                    d.currency())), redemptions));
                    uses.add(new Redemption.Use(Optional.ofNullable(rs.getString(1)), rs.getString(2), rs.getBoolean(3),
                            optionalInt(rs, 4), optionalInt(rs, 5), money(rs.getBigDecimal(6), rs.getString(7)), budget, discount));
                }
            }
        }
        return uses;
    }

    private static Map<String, Money> balancesOf(Connection c, List<Redemption.Use> uses) throws SQLException {
        Map<String, Money> balances = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT balance, currency FROM rewards_voucher_code WHERE code = ?")) {
            for (Redemption.Use u : uses) {
                if (u.debit().isEmpty() || u.code().isEmpty()) continue;
                s.setString(1, u.code().get());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) money(rs.getBigDecimal(1), rs.getString(2)).ifPresent(m -> balances.put(u.code().get(), m));
                }
            }
        }
        return balances;
    }

    static Optional<Money> money(BigDecimal amount, String currency) {
        if (amount == null || currency == null) return Optional.empty();
        Currency cur = Currency.getInstance(currency.strip());
        return Optional.of(Money.of(amount.setScale(Money.scaleOf(cur), RoundingMode.UNNECESSARY), cur));
    }

    private static BigDecimal bigDecimal(ResultSet rs, int column) {
        try {
            return rs.getBigDecimal(column);
        } catch (SQLException e) {
            throw new VoucherStoreException("voucher store: " + e.getMessage(), e);
        }
    }

    private static OptionalInt optionalInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static void setInt(PreparedStatement s, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) s.setInt(i, v.getAsInt());
        else s.setNull(i, java.sql.Types.INTEGER);
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> new VoucherStoreException("voucher store: " + e.getMessage(), e));
    }
}
