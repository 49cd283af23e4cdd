package dev.rewards.voucher.store;

import dev.rewards.internal.Jdbc;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * V9 and S4 in {@link JdbcVoucherStore}: each operation inserts its id first (the primary key makes a
 * second attempt, concurrent or later, wait and then find the first), then changes rows it holds
 * locked; a refusal rolls back all of it, the id included. Codes are the store's keys (tokens under S3).
 */
final class JdbcVoucherOperations {
    private JdbcVoucherOperations() {
    }

    static VoucherChange topUp(Connection c, JdbcVoucherStore store, String operationId, String code, Money amount) throws SQLException {
        String key = store.find(c, code);
        VoucherOps.Recorded asked = new VoucherOps.Recorded(VoucherChange.Kind.TOP_UP, key == null ? "" : key, amount.toString(), null, null);
        if (!begin(c, operationId, asked)) return again(c, operationId, asked, code(code));
        try (PreparedStatement s = c.prepareStatement("SELECT issued, balance, currency, issued_to FROM rewards_voucher_code WHERE code = ? FOR UPDATE")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (key == null || !rs.next() || !rs.getBoolean(1)) return refuse(c, operationId, asked.kind(), VoucherOps.unknownCode(code));
                Optional<Money> balance = JdbcVoucherRows.money(rs.getBigDecimal(2), rs.getString(3));
                if (balance.isEmpty()) return refuse(c, operationId, asked.kind(), VoucherOps.notGift(code));
                if (!balance.get().currency().equals(amount.currency())) {
                    return refuse(c, operationId, asked.kind(), VoucherOps.otherCurrency(code, balance.get(), amount));
                }
                addToBalance(c, key, amount.amount());
                return new VoucherChange(operationId, asked.kind(), VoucherChange.Status.APPLIED, Map.of(code(code), amount),
                        Map.of(code(code), balance.get().plus(amount)), Optional.ofNullable(rs.getString(4)), List.of());
            }
        }
    }

    static VoucherChange giveBack(Connection c, String refundId, String transactionId, Money amount) throws SQLException {
        VoucherOps.Recorded asked = VoucherOps.giveBack(transactionId, amount);
        if (!begin(c, refundId, asked)) return again(c, refundId, asked, null);
        boolean reversed;
        try (PreparedStatement s = c.prepareStatement("SELECT reversed FROM rewards_voucher_redemption WHERE transaction_id = ? FOR UPDATE")) {
            s.setString(1, transactionId);
            try (ResultSet rs = s.executeQuery()) {
                reversed = rs.next() && rs.getBoolean(1);
            }
        }
        Map<String, Money> left = new HashMap<>();
        for (Redemption.Use u : JdbcVoucherRows.usesOf(c, transactionId)) {
            if (u.debit().isEmpty() || u.code().isEmpty()) continue;
            Money paid = u.debit().get();
            left.merge(u.code().get(), Money.of(paid.amount().subtract(givenBack(c, transactionId, u.code().get())), paid.currency()), Money::plus);
        }
        if (left.isEmpty()) return refuse(c, refundId, asked.kind(), VoucherOps.noGiftPayment(transactionId));
        if (reversed) return refuse(c, refundId, asked.kind(), VoucherOps.reversed(transactionId));
        Money total = VoucherOps.total(left, Money.zero(left.values().iterator().next().currency()));
        if (!total.currency().equals(amount.currency())) {
            return refuse(c, refundId, asked.kind(), VoucherOps.otherCurrency(left.keySet().iterator().next(), total, amount));
        }
        Map<String, Money> spread = VoucherOps.spread(left, amount);
        if (spread == null) return refuse(c, refundId, asked.kind(), VoucherOps.tooMuch(transactionId, total, amount));
        for (Map.Entry<String, Money> e : spread.entrySet()) {
            addToBalance(c, e.getKey(), e.getValue().amount());
            Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_give_back (operation_id, code, transaction_id, amount) VALUES (?, ?, ?, ?)",
                    refundId, e.getKey(), transactionId, e.getValue().amount());
        }
        return new VoucherChange(refundId, asked.kind(), VoucherChange.Status.APPLIED, spread, balances(c, spread.keySet()), Optional.empty(), List.of());
    }

    static VoucherChange transfer(Connection c, JdbcVoucherStore store, String operationId, String code, String from, String to) throws SQLException {
        String key = store.find(c, code);
        VoucherOps.Recorded asked = new VoucherOps.Recorded(VoucherChange.Kind.TRANSFER, key == null ? "" : key, null, from, to);
        if (!begin(c, operationId, asked)) return again(c, operationId, asked, code(code));
        try (PreparedStatement s = c.prepareStatement("SELECT issued, issued_to FROM rewards_voucher_code WHERE code = ? FOR UPDATE")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (key == null || !rs.next() || !rs.getBoolean(1)) return refuse(c, operationId, asked.kind(), VoucherOps.unknownCode(code));
                String holder = rs.getString(2);
                if (!from.equals(holder)) return refuse(c, operationId, asked.kind(), VoucherOps.notHolder(code, from, holder));
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_code SET issued_to = ? WHERE code = ?")) {
            s.setString(1, to);
            s.setString(2, key);
            s.executeUpdate();
        }
        Map<String, Money> balances = new LinkedHashMap<>();
        balances(c, List.of(key)).forEach((k, m) -> balances.put(code(code), m));
        return new VoucherChange(operationId, asked.kind(), VoucherChange.Status.APPLIED, Map.of(), balances, Optional.of(to), List.of());
    }

    static IssueResult issueOnce(Connection c, JdbcVoucherStore store, String triggerId, IssuedVoucher voucher) throws SQLException {
        if (!Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_trigger (trigger_id, code) VALUES (?, ?)", triggerId, store.stored(voucher.code()))) {
            try (PreparedStatement s = c.prepareStatement("SELECT code FROM rewards_voucher_trigger WHERE trigger_id = ?")) {
                s.setString(1, triggerId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new IssueResult(triggerId, IssueResult.Status.ALREADY_ISSUED, rs.getString(1));
                }
            }
        }
        store.issueIn(c, List.of(voucher));
        return new IssueResult(triggerId, IssueResult.Status.ISSUED, voucher.code());
    }

    static java.util.SortedMap<String, ChannelFigures> channels(Connection c, String campaignId) throws SQLException {
        java.util.SortedMap<String, ChannelFigures> out = new java.util.TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT channel, COUNT(*), SUM(CASE WHEN uses > 0 THEN 1 ELSE 0 END)"
                + " FROM rewards_voucher_code WHERE campaign_id = ? AND issued GROUP BY channel")) {
            s.setString(1, campaignId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1) == null ? ChannelFigures.NONE : rs.getString(1), new ChannelFigures(rs.getLong(2), rs.getLong(3)));
            }
        }
        return out;
    }

    /** V9: the transaction's uses, each gift voucher's debit less what give-backs returned to it (the transaction no longer holds that). */
    static List<Redemption.Use> lessGivenBack(Connection c, String transactionId, List<Redemption.Use> uses) throws SQLException {
        List<Redemption.Use> held = new ArrayList<>(uses.size());
        for (Redemption.Use u : uses) {
            if (u.debit().isEmpty() || u.code().isEmpty()) {
                held.add(u);
                continue;
            }
            String currency = u.debit().get().currency().getCurrencyCode();
            held.add(u.lessGivenBack(JdbcVoucherRows.money(givenBack(c, transactionId, u.code().get()), currency).orElseThrow()));
        }
        return held;
    }

    /** What give-backs have put back on a code from a transaction. */
    static BigDecimal givenBack(Connection c, String transactionId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT SUM(amount) FROM rewards_voucher_give_back WHERE transaction_id = ? AND code = ?")) {
            s.setString(1, transactionId);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                BigDecimal sum = rs.next() ? rs.getBigDecimal(1) : null;
                return sum == null ? BigDecimal.ZERO : sum;
            }
        }
    }

    static long forget(Connection c, String memberId, String pseudonym) throws SQLException {
        long changed = 0;
        for (String sql : List.of("UPDATE rewards_voucher_code SET issued_to = ? WHERE issued_to = ?",
                "UPDATE rewards_voucher_member_use SET member_id = ? WHERE member_id = ?",
                "UPDATE rewards_voucher_redemption SET member_id = ? WHERE member_id = ?",
                "UPDATE rewards_voucher_operation SET from_member = ? WHERE from_member = ?",
                "UPDATE rewards_voucher_operation SET to_member = ? WHERE to_member = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, pseudonym);
                s.setString(2, memberId);
                changed += s.executeUpdate();
            }
        }
        return changed;
    }

    static long hashExisting(Connection c, CodeHashing hashing) throws SQLException {
        List<String> plain = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code FROM rewards_voucher_code"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) if (!CodeHashing.isToken(rs.getString(1))) plain.add(rs.getString(1));
        }
        for (String code : plain) {
            String token = hashing.token(code);
            for (String sql : List.of("UPDATE rewards_voucher_code SET code = ? WHERE code = ?", "UPDATE rewards_voucher_use SET code = ? WHERE code = ?",
                    "UPDATE rewards_voucher_give_back SET code = ? WHERE code = ?", "UPDATE rewards_voucher_trigger SET code = ? WHERE code = ?",
                    "UPDATE rewards_voucher_operation SET subject = ? WHERE subject = ? AND kind <> 'GIVE_BACK'")) {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, token);
                    s.setString(2, code);
                    s.executeUpdate();
                }
            }
        }
        return plain.size();
    }

    /** Inserts the operation's id; false when it was there (recorded before, or by a transaction that committed meanwhile). */
    private static boolean begin(Connection c, String operationId, VoucherOps.Recorded asked) throws SQLException {
        Money amount = asked.amount() == null ? null : Money.parse(asked.amount());
        return Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_operation (operation_id, kind, subject, amount, currency, from_member, to_member)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", operationId, asked.kind().name(), asked.subject(),
                amount == null ? null : amount.amount(), amount == null ? null : amount.currency().getCurrencyCode(), asked.from(), asked.to());
    }

    private static VoucherChange again(Connection c, String operationId, VoucherOps.Recorded asked, String presented) throws SQLException {
        VoucherOps.Recorded first;
        try (PreparedStatement s = c.prepareStatement("SELECT kind, subject, amount, currency, from_member, to_member FROM rewards_voucher_operation"
                + " WHERE operation_id = ?")) {
            s.setString(1, operationId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                first = new VoucherOps.Recorded(VoucherChange.Kind.valueOf(rs.getString(1)), rs.getString(2),
                        JdbcVoucherRows.money(rs.getBigDecimal(3), rs.getString(4)).map(Money::toString).orElse(null), rs.getString(5), rs.getString(6));
            }
        }
        first.sameAs(operationId, asked);
        Map<String, Money> amounts = new LinkedHashMap<>();
        if (first.kind() == VoucherChange.Kind.GIVE_BACK) {
            Money asMoney = Money.parse(first.amount());
            try (PreparedStatement s = c.prepareStatement("SELECT code, amount FROM rewards_voucher_give_back WHERE operation_id = ? ORDER BY code")) {
                s.setString(1, operationId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) amounts.put(rs.getString(1), JdbcVoucherRows.money(rs.getBigDecimal(2), asMoney.currency().getCurrencyCode()).orElseThrow());
                }
            }
        } else if (first.kind() == VoucherChange.Kind.TOP_UP) {
            amounts.put(presented, Money.parse(first.amount()));
        }
        List<String> keys = first.kind() == VoucherChange.Kind.GIVE_BACK ? List.copyOf(amounts.keySet()) : List.of(first.subject());
        Optional<String> holder = Optional.empty();
        if (first.kind() != VoucherChange.Kind.GIVE_BACK) {
            try (PreparedStatement s = c.prepareStatement("SELECT issued_to FROM rewards_voucher_code WHERE code = ?")) {
                s.setString(1, first.subject());
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) holder = Optional.ofNullable(rs.getString(1));
                }
            }
        }
        Map<String, Money> balances = balances(c, keys);
        if (presented != null && balances.containsKey(first.subject())) balances = Map.of(presented, balances.get(first.subject()));
        return new VoucherChange(operationId, first.kind(), VoucherChange.Status.ALREADY_APPLIED, amounts, balances, holder, List.of());
    }

    private static VoucherChange refuse(Connection c, String operationId, VoucherChange.Kind kind, Reason reason) throws SQLException {
        c.rollback();
        return VoucherChange.rejected(operationId, kind, reason);
    }

    private static void addToBalance(Connection c, String key, BigDecimal amount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_code SET balance = balance + ? WHERE code = ?")) {
            s.setBigDecimal(1, amount);
            s.setString(2, key);
            s.executeUpdate();
        }
    }

    private static Map<String, Money> balances(Connection c, java.util.Collection<String> keys) throws SQLException {
        Map<String, Money> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT balance, currency FROM rewards_voucher_code WHERE code = ?")) {
            for (String key : keys) {
                s.setString(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) JdbcVoucherRows.money(rs.getBigDecimal(1), rs.getString(2)).ifPresent(m -> out.put(key, m));
                }
            }
        }
        return out;
    }

    private static String code(String code) {
        return dev.rewards.transaction.VoucherCodes.normalize(code);
    }
}
