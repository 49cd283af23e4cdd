package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

import dev.rewards.internal.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * A {@link RewardStock} in the host's SQL database (tested on H2 and PostgreSQL). A take inserts the
 * redemption id first (its primary key makes a retry or a concurrent duplicate wait and then find it),
 * then {@code UPDATE ... SET remaining = remaining - 1 WHERE remaining > 0} under the row lock; a
 * failed condition rolls both back. Works under READ COMMITTED.
 */
public final class JdbcRewardStock implements RewardStock {
    /** The tables, in portable SQL. */
    public static final List<String> SCHEMA = List.of(
            "CREATE TABLE IF NOT EXISTS rewards_reward_stock (reward_id VARCHAR(100) PRIMARY KEY, remaining BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS rewards_reward_take (redemption_id VARCHAR(200) PRIMARY KEY, reward_id VARCHAR(100) NOT NULL)");

    private final DataSource dataSource;

    public JdbcRewardStock(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Creates the tables where they do not exist yet. */
    public JdbcRewardStock createSchema() {
        try {
            Jdbc.createSchema(dataSource, SCHEMA);
            return this;
        } catch (SQLException e) {
            throw new AccountStoreException("could not create the reward stock tables", e);
        }
    }

    @Override
    public void restock(String rewardId, long units) {
        inTransaction(c -> {
            Jdbc.insertIfAbsent(c, "INSERT INTO rewards_reward_stock (reward_id, remaining) VALUES (?, 0)", rewardId);
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_reward_stock SET remaining = CASE WHEN remaining + ? < 0 THEN 0"
                    + " ELSE remaining + ? END WHERE reward_id = ?")) {
                s.setLong(1, units);
                s.setLong(2, units);
                s.setString(3, rewardId);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OptionalLong remaining(String rewardId) {
        return inTransaction(c -> remainingIn(c, rewardId));
    }

    @Override
    public Take take(String rewardId, String redemptionId) {
        return inTransaction(c -> {
            if (remainingIn(c, rewardId).isEmpty()) return Take.UNLIMITED;
            if (!Jdbc.insertIfAbsent(c, "INSERT INTO rewards_reward_take (redemption_id, reward_id) VALUES (?, ?)", redemptionId, rewardId)) {
                return Take.ALREADY_TAKEN;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_reward_stock SET remaining = remaining - 1"
                    + " WHERE reward_id = ? AND remaining > 0")) {
                s.setString(1, rewardId);
                if (s.executeUpdate() == 1) return Take.TAKEN;
            }
            c.rollback();
            return Take.OUT_OF_STOCK;
        });
    }

    @Override
    public boolean giveBack(String redemptionId) {
        return inTransaction(c -> {
            String reward;
            try (PreparedStatement s = c.prepareStatement("SELECT reward_id FROM rewards_reward_take WHERE redemption_id = ? FOR UPDATE")) {
                s.setString(1, redemptionId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) return false;
                    reward = rs.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM rewards_reward_take WHERE redemption_id = ?")) {
                s.setString(1, redemptionId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE rewards_reward_stock SET remaining = remaining + 1 WHERE reward_id = ?")) {
                s.setString(1, reward);
                s.executeUpdate();
            }
            return true;
        });
    }

    private static OptionalLong remainingIn(Connection c, String rewardId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT remaining FROM rewards_reward_stock WHERE reward_id = ?")) {
            s.setString(1, rewardId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, work, e -> new AccountStoreException("reward stock: " + e.getMessage(), e));
    }
}
