package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

import dev.rewards.testing.Postgres;

/** The JDBC reward stock on a real PostgreSQL server ({@link Postgres}: skipped loudly outside CI without one). */
class PostgresRewardStockTest extends RewardStockContract {
    @Override
    RewardStock stock() {
        return new JdbcRewardStock(Postgres.freshDataSource("PostgresRewardStockTest", "rewards_reward_stock, rewards_reward_take")).createSchema();
    }
}
