package dev.rewards.bench;

import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The hand-coded 20-rule program on the same baskets: the practical limit the library is compared with. */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BaselineBenchmark {
    @Param({"5", "50"})
    int lines;

    MemberState member;
    List<Transaction> baskets;

    @Setup
    public void setUp() {
        member = BenchData.member(false);
        baskets = BenchData.baskets(lines, 42);
    }

    @Benchmark
    public Object handCoded(BasketCursor cursor) {
        return HandCodedBaseline.evaluate(member, cursor.next(baskets));
    }
}
