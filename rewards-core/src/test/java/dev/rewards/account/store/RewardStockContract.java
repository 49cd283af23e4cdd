package dev.rewards.account.store;

import dev.rewards.account.RewardStock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** L9: what every {@link RewardStock} must do; each implementation runs these. */
abstract class RewardStockContract {
    abstract RewardStock stock();

    @Test
    void five_mugs_raced_for_by_sixteen_members_go_to_five_of_them() throws Exception {
        RewardStock s = stock();
        s.restock("mug", 5);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RewardStock.Take>> takes = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                takes.add(pool.submit(() -> {
                    start.await();
                    return s.take("mug", "x-" + n);
                }));
            }
            start.countDown();
            List<RewardStock.Take> results = new ArrayList<>();
            for (Future<RewardStock.Take> f : takes) results.add(f.get());
            assertThat(results).filteredOn(t -> t == RewardStock.Take.TAKEN).hasSize(5);
            assertThat(results).filteredOn(t -> t == RewardStock.Take.OUT_OF_STOCK).hasSize(11);
        } finally {
            pool.shutdownNow();
        }
        assertThat(s.remaining("mug")).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void a_retried_redemption_takes_one_unit_and_a_cancelled_one_gives_it_back_once() {
        RewardStock s = stock();
        s.restock("mug", 2);

        assertThat(s.take("mug", "x-1")).isEqualTo(RewardStock.Take.TAKEN);
        assertThat(s.take("mug", "x-1")).isEqualTo(RewardStock.Take.ALREADY_TAKEN);
        assertThat(s.remaining("mug")).isEqualTo(OptionalLong.of(1));
        assertThat(s.giveBack("x-1")).isTrue();
        assertThat(s.giveBack("x-1")).isFalse();
        assertThat(s.remaining("mug")).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void a_reward_never_stocked_is_unlimited_and_a_count_never_goes_below_zero() {
        RewardStock s = stock();
        assertThat(s.take("tote", "x-1")).isEqualTo(RewardStock.Take.UNLIMITED);
        assertThat(s.remaining("tote")).isEmpty();
        s.restock("cup", 3);
        s.restock("cup", -10);
        assertThat(s.remaining("cup")).isEqualTo(OptionalLong.of(0));
        assertThat(s.take("cup", "x-2")).isEqualTo(RewardStock.Take.OUT_OF_STOCK);
    }
}
