package dev.rewards.spark;

import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.transaction.MemberState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code rewards simulate --spark MASTER} runs: a Spark session on {@code master} (an existing
 * one when launched by spark-submit), the history read as text from any path Spark reads (a file, a
 * directory of parts, HDFS, S3), the members given, and the figures of {@link SparkSimulation}.
 */
public final class SparkRunner {
    private SparkRunner() {
    }

    public static Figures figures(String master, Program program, Path history, List<MemberState> members) {
        SparkSession spark = SparkSession.builder().master(master).appName("rewards simulate " + program.label())
                .config("spark.ui.enabled", "false").getOrCreate();
        Dataset<String> ops = spark.read().textFile(history.toString()).filter((org.apache.spark.api.java.function.FilterFunction<String>) l -> !l.isBlank());
        Dataset<String> known = spark.createDataset(members.stream().map(RewardsJson::write).toList(), Encoders.STRING());
        return new SparkSimulation(program).simulate(ops, known, Optional.empty()).figures();
    }
}
