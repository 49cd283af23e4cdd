package dev.rewards.bench;

import dev.rewards.transaction.Transaction;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Each benchmark thread walks the seeded baskets in turn. */
@State(Scope.Thread)
public class BasketCursor {
    private int next;

    Transaction next(List<Transaction> baskets) {
        return baskets.get(next++ & (BenchData.BASKETS - 1));
    }
}
