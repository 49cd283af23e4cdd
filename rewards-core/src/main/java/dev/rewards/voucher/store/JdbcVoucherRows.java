package dev.rewards.voucher.store;

import dev.rewards.money.Money;
import dev.rewards.voucher.CampaignBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Rows of {@link JdbcVoucherStore}'s tables read back as values. */
final class JdbcVoucherRows {
    private JdbcVoucherRows() {
    }

    static List<Redemption.Use> usesOf(Connection c, String transactionId) throws SQLException {
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

}
