package dev.rewards.bench;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
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

/** The library's evaluation, with the full explanation, as a host calls it. */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class EvaluateBenchmark {
    @Param({"20", "1000"})
    int rules;

    @Param({"5", "50"})
    int lines;

    @Param({"false", "true"})
    boolean tierChange;

    /** With a 10%-off code presented on every basket (checked, allocated, points on the price paid). */
    @Param({"false", "true"})
    boolean voucher;

    CompiledProgram program;
    MemberState member;
    List<Transaction> baskets;

    @Setup
    public void setUp() {
        program = Rewards.compile(voucher ? BenchData.withVoucher(BenchData.program(rules)) : BenchData.program(rules));
        member = BenchData.member(tierChange);
        baskets = BenchData.baskets(lines, 42);
        if (voucher) baskets = baskets.stream().map(t -> t.withVouchers(BenchData.VOUCHER_CODE)).toList();
    }

    /** The decision: points, entries, cashback, tier; verdicts are built only when read. */
    @Benchmark
    public Outcome evaluate(BasketCursor cursor) {
        Transaction tx = cursor.next(baskets);
        return program.evaluate(member, tx);
    }

    /** The decision and its full explanation: every rule's verdict built and read. */
    @Benchmark
    public long evaluateAndExplain(BasketCursor cursor) {
        Transaction tx = cursor.next(baskets);
        Outcome outcome = program.evaluate(member, tx);
        long read = outcome.points();
        for (Verdict v : outcome.verdicts()) read += v.summary().length() + v.reasons().size();
        for (VoucherResult v : outcome.vouchers()) read += v.summary().length() + v.allocation().size();
        return read;
    }
}
