package dev.rewards.examples.cli;

import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.transaction.MemberState;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code rewards simulate --spark MASTER}: hands the run to rewards-spark's {@code SparkRunner}, found on
 * the class path at run time (the CLI jar does not carry Spark, which the cluster provides). A synthetic
 * history is written to a temporary JSON lines file first, so that Spark reads it like any other.
 */
final class OnSpark {
    static final String RUNNER = "dev.rewards.spark.SparkRunner";

    private OnSpark() {
    }

    static Optional<Figures> figures(String master, Program program, SyntheticHistory synthetic, String history, List<MemberState> members,
                                     PrintStream err) throws IOException {
        Class<?> runner;
        try {
            runner = Class.forName(RUNNER);
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("rewards simulate: --spark needs rewards-spark and Apache Spark on the class path, e.g.\n"
                    + "  java -cp \"rewards-cli.jar:rewards-spark.jar:$SPARK_HOME/jars/*\" dev.rewards.examples.cli.RewardsCli simulate --spark local[2] ...\n"
                    + "  (README, \"Backtests on Spark\")");
            return Optional.empty();
        }
        Path file = history == null ? null : Path.of(history);
        Path temporary = null;
        try {
            if (synthetic != null) {
                temporary = Files.createTempFile("rewards-history", ".jsonl");
                try (BufferedWriter w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    while (synthetic.hasNext()) {
                        w.write(RewardsJson.write(synthetic.next()));
                        w.newLine();
                    }
                }
                file = temporary;
            }
            Object figures = runner.getMethod("figures", String.class, Program.class, Path.class, List.class).invoke(null, master, program, file, members);
            return Optional.of((Figures) figures);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("rewards-spark on the class path does not match this CLI: " + e, e);
        } finally {
            if (temporary != null) Files.deleteIfExists(temporary);
        }
    }
}
