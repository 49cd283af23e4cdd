package dev.rewards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A4: {@code rewards simulate --spark local[2]} prints the report of the single-JVM run, figure for figure. */
class SimulateOnSparkCliTest {
    static final String PROGRAM = "../rewards-examples/data/brewhouse/program.json";

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new RewardsCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void the_report_on_spark_is_the_report_of_one_jvm() {
        String[] one = run("simulate", "--program", PROGRAM, "--synthetic", "3000", "--seed", "5", "--format", "json");
        String[] spark = run("simulate", "--program", PROGRAM, "--synthetic", "3000", "--seed", "5", "--format", "json", "--spark", "local[2]");

        assertThat(spark[0]).as(spark[2]).isEqualTo("0");
        assertThat(spark[1]).isEqualTo(one[1]);
    }

    @Test
    void spark_does_not_take_what_it_cannot_run() {
        String[] compare = run("simulate", "--program", PROGRAM, "--compare", PROGRAM, "--synthetic", "10", "--spark", "local[2]");

        assertThat(compare[0]).isEqualTo("2");
        assertThat(compare[2]).contains("--spark runs one program, without --compare or --issued");
    }
}
