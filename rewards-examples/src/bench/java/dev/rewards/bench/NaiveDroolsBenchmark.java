package dev.rewards.bench;

import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.rules.DroolsProgramCompiler;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The naive use a newcomer writes: the knowledge base rebuilt from the DRL for every transaction,
 * then a session. The rest is the library's own path. Reported as a ratio to {@link EvaluateBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class NaiveDroolsBenchmark {
    Program program;
    MemberState member;
    List<Transaction> baskets;
    int next;

    @Setup
    public void setUp() {
        program = BenchData.program(20);
        member = BenchData.member(false);
        baskets = BenchData.baskets(5, 42);
    }

    @Benchmark
    public Outcome rebuildPerTransaction() {
        return DroolsProgramCompiler.compileUncached(program).evaluate(member, baskets.get(next++ & (BenchData.BASKETS - 1)));
    }
}
