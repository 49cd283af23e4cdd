package dev.rewards.account;

/**
 * L9: how many of each catalogue reward are left, shared by every member, so that the last mug goes
 * to one member only. {@link dev.rewards.account.Accounts} takes a unit when a member redeems a reward
 * (exactly once per redemption id, under any concurrency) and refuses the redemption with
 * {@code OUT_OF_STOCK} when none is left. A reward the store was never given a stock for is not
 * counted: unlimited. Implementations are thread-safe: {@link dev.rewards.account.store.InMemoryRewardStock},
 * {@link dev.rewards.account.store.JdbcRewardStock}.
 */
public interface RewardStock {
    /** What a take did. */
    enum Take {
        /** A unit was taken for this redemption. */
        TAKEN,
        /** This redemption took its unit before: nothing changed. */
        ALREADY_TAKEN,
        /** None left: nothing changed. */
        OUT_OF_STOCK,
        /** The reward is not counted (never stocked): nothing to take. */
        UNLIMITED
    }

    /** Adds {@code units} to what is left of {@code rewardId} (a delivery; negative for a count that found fewer), never below zero. */
    void restock(String rewardId, long units);

    /** Units left; empty when the reward is not counted. */
    java.util.OptionalLong remaining(String rewardId);

    /** Takes one unit of {@code rewardId} for {@code redemptionId}, once: a retry with the same id changes nothing. */
    Take take(String rewardId, String redemptionId);

    /** Puts back the unit {@code redemptionId} took (a redemption cancelled); true when one was put back. Idempotent. */
    boolean giveBack(String redemptionId);
}
