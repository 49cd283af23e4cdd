package dev.rewards.bench;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
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

/** A program from JSON text to a compiled program: parse, validate, lay out (no custom DRL). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CompileBenchmark {
    @Param({"20", "100", "1000"})
    int rules;

    String json;

    @Setup
    public void setUp() {
        json = RewardsJson.write(BenchData.program(rules));
        Rewards.compile(BenchData.program(20)); // the built-in rules are built once per JVM, not per program
    }

    @Benchmark
    public CompiledProgram compileFromJson() {
        return Rewards.compile(RewardsJson.readProgram(json));
    }
}
