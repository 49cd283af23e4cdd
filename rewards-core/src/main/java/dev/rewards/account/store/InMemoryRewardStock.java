package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** A {@link RewardStock} in memory: one lock for every operation, so each is atomic. */
public final class InMemoryRewardStock implements RewardStock {
    private final Map<String, Long> left = new HashMap<>();
    /** What each redemption took, by redemption id. */
    private final Map<String, String> taken = new HashMap<>();

    @Override
    public synchronized void restock(String rewardId, long units) {
        left.merge(rewardId, Math.max(0, units), (a, b) -> Math.max(0, a + units));
    }

    @Override
    public synchronized OptionalLong remaining(String rewardId) {
        Long n = left.get(rewardId);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    @Override
    public synchronized Take take(String rewardId, String redemptionId) {
        if (taken.containsKey(redemptionId)) return Take.ALREADY_TAKEN;
        Long n = left.get(rewardId);
        if (n == null) return Take.UNLIMITED;
        if (n <= 0) return Take.OUT_OF_STOCK;
        left.put(rewardId, n - 1);
        taken.put(redemptionId, rewardId);
        return Take.TAKEN;
    }

    @Override
    public synchronized boolean giveBack(String redemptionId) {
        String reward = taken.remove(redemptionId);
        if (reward == null) return false;
        left.merge(reward, 1L, Long::sum);
        return true;
    }
}
