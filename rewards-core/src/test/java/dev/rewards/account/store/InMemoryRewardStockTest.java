package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

class InMemoryRewardStockTest extends RewardStockContract {
    @Override
    RewardStock stock() {
        return new InMemoryRewardStock();
    }
}
