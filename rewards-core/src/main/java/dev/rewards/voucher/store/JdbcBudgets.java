package dev.rewards.voucher.store;

import dev.rewards.internal.Jdbc;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** D8 in {@link JdbcVoucherStore}: campaign budget counters, taken under the row lock and given back on reversal. */
final class JdbcBudgets {
    private JdbcBudgets() {
    }

    /** D8: one more redemption of the campaign and its discount, if the budget still has room for both. */
    static void take(Connection c, Redemption.Use u, List<Reason> reasons) throws SQLException {
        CampaignBudget b = u.budget().orElseThrow();
        Money discount = u.discount().orElseThrow();
        Jdbc.insertIfAbsent(c, "INSERT INTO rewards_voucher_campaign_use (campaign_id, redemptions, spent, currency) VALUES (?, 0, 0, ?)",
                u.campaignId(), discount.currency().getCurrencyCode());
        String sql = "UPDATE rewards_voucher_campaign_use SET redemptions = redemptions + 1, spent = spent + ? WHERE campaign_id = ?"
                + (b.redemptions().isPresent() ? " AND redemptions < ?" : "") + (b.amount().isPresent() ? " AND spent + ? <= ?" : "");
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setBigDecimal(i++, discount.amount());
            s.setString(i++, u.campaignId());
            if (b.redemptions().isPresent()) s.setLong(i++, b.redemptions().getAsLong());
            if (b.amount().isPresent()) {
                s.setBigDecimal(i++, discount.amount());
                s.setBigDecimal(i, b.amount().get().amount());
            }
            if (s.executeUpdate() == 1) return;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT campaign_id, redemptions, spent, currency FROM rewards_voucher_campaign_use"
                + " WHERE campaign_id = ?")) {
            s.setString(1, u.campaignId());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                CampaignUsage used = usage(rs);
                if (b.redemptions().isPresent() && used.redemptions() >= b.redemptions().getAsLong()) {
                    reasons.add(RedemptionReasons.budgetRedemptions(u, used.redemptions()));
                } else {
                    reasons.add(RedemptionReasons.budgetAmount(u, used.spentOr(discount)));
                }
            }
        }
    }

    static CampaignUsage usage(ResultSet rs) throws SQLException {
        return new CampaignUsage(rs.getString(1), rs.getLong(2), JdbcVoucherRows.money(rs.getBigDecimal(3), rs.getString(4)));
    }

    /** Keeps each budgeted use's limits and discount beside the use (same seq), so that a reversal gives back exactly that. */
    static void record(Connection c, Redemption r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rewards_voucher_budget_use (transaction_id, seq, max_redemptions,"
                + " max_amount, discount, currency) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Redemption.Use u : r.uses()) {
                int at = seq++;
                if (u.budget().isEmpty()) continue;
                CampaignBudget b = u.budget().get();
                s.setString(1, r.transactionId());
                s.setInt(2, at);
                if (b.redemptions().isPresent()) s.setLong(3, b.redemptions().getAsLong());
                else s.setNull(3, java.sql.Types.BIGINT);
                s.setBigDecimal(4, b.amount().map(Money::amount).orElse(null));
                s.setBigDecimal(5, u.discount().orElseThrow().amount());
                s.setString(6, u.discount().orElseThrow().currency().getCurrencyCode());
                s.executeUpdate();
            }
        }
    }

    static void giveBack(Connection c, Redemption.Use u) throws SQLException {
        if (u.discount().isEmpty()) return;
        try (PreparedStatement s = c.prepareStatement("UPDATE rewards_voucher_campaign_use SET redemptions = redemptions - 1,"
                + " spent = spent - ? WHERE campaign_id = ?")) {
            s.setBigDecimal(1, u.discount().get().amount());
            s.setString(2, u.campaignId());
            s.executeUpdate();
        }
    }
}
