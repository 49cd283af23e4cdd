package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

class H2RewardStockTest extends RewardStockContract {
    @Override
    RewardStock stock() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:stock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        return new JdbcRewardStock(ds).createSchema();
    }
}
