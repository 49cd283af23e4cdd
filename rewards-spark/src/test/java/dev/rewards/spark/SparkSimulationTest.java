package dev.rewards.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.transaction.MemberState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A3, A4 on Spark (local[2]): the figures of a backtest spread over partitions are those of one JVM,
 * every report figure and every member's points, and the outcomes of a Dataset of transactions are
 * those of the engine.
 */
class SparkSimulationTest {
    static final Program BREWHOUSE = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("rewards-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void a_backtest_on_spark_gives_the_figures_of_one_jvm() {
        SyntheticHistory h = new SyntheticHistory(BREWHOUSE, 80, 4_000, 11, START, Duration.ofDays(400));
        List<MemberState> upFront = h.members().subList(0, 50);
        List<String> lines = new ArrayList<>();
        Simulation one = new Simulation(BREWHOUSE);
        boolean first = true;
        while (h.hasNext()) {
            Operation op = h.next();
            if (first) one.enrol(upFront, op.at());
            first = false;
            one.apply(op);
            lines.add(RewardsJson.write(op));
        }
        Figures expected = one.figures();

        // three partitions of the history in its order; the members are spread over the shuffle's partitions
        Dataset<String> history = spark.createDataset(spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(lines).toSeq(), 3,
                scala.reflect.ClassTag$.MODULE$.apply(String.class)), Encoders.STRING());
        Dataset<String> members = spark.createDataset(upFront.stream().map(RewardsJson::write).toList(), Encoders.STRING());
        SparkSimulation.Result r = new SparkSimulation(BREWHOUSE).simulate(history, members, Optional.empty());

        assertThat(withoutMembers(r.figures())).isEqualTo(withoutMembers(expected));
        assertThat(r.figures().topMembers()).isEqualTo(expected.topMembers());
        assertThat(new HashMap<>(r.memberPoints().collectAsMap())).isEqualTo(expected.pointsByMember());
        assertThat(r.passes()).isEqualTo(1);
    }

    /** The bundled program with two campaigns whose state members share: a code for the first 40 uses, and a budgeted promotion. */
    static Program withSharedVoucherState() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RewardsJson.parse(RewardsJson.write(BREWHOUSE));
        var campaigns = (com.fasterxml.jackson.databind.node.ArrayNode) tree.path("vouchers").path("campaigns");
        campaigns.add(RewardsJson.parse("{\"id\": \"first-forty\", \"code\": \"FIRST40\", \"benefit\": {\"type\": \"percentOff\", \"percent\": \"20\"},"
                + " \"restrictions\": {\"maxUsesPerCode\": 40}}"));
        campaigns.add(RewardsJson.parse("{\"id\": \"opening-week\", \"automatic\": true, \"benefit\": {\"type\": \"amountOff\", \"amount\": \"1.00\"},"
                + " \"restrictions\": {\"validUntil\": \"2026-01-20T00:00\", \"budget\": {\"redemptions\": 25}}}"));
        return RewardsJson.readProgram(tree);
    }

    @Test
    void members_sharing_a_limited_code_or_a_budget_are_replayed_together_and_the_limits_hold_as_in_one_jvm() {
        Program program = withSharedVoucherState();
        SyntheticHistory h = new SyntheticHistory(program, 60, 3_000, 17, START, Duration.ofDays(200));
        List<String> lines = new ArrayList<>();
        Simulation one = new Simulation(program);
        while (h.hasNext()) {
            Operation op = h.next();
            one.apply(op);
            lines.add(RewardsJson.write(op));
        }
        Figures expected = one.figures();
        // the code ran out (a use a whole refund gives back may be taken again), and so did the budget
        assertThat(expected.campaigns().get("first-forty").applied()).isBetween(40L, 45L);
        assertThat(expected.campaigns().get("first-forty").presented()).isGreaterThan(expected.campaigns().get("first-forty").applied());
        assertThat(expected.campaigns().get("opening-week").applied()).isBetween(25L, 30L);

        Dataset<String> history = spark.createDataset(spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(lines).toSeq(), 3,
                scala.reflect.ClassTag$.MODULE$.apply(String.class)), Encoders.STRING());
        SparkSimulation.Result r = new SparkSimulation(program).simulate(history, spark.emptyDataset(Encoders.STRING()), Optional.empty());

        assertThat(withoutMembers(r.figures())).isEqualTo(withoutMembers(expected));
        assertThat(new HashMap<>(r.memberPoints().collectAsMap())).isEqualTo(expected.pointsByMember());
    }

    @Test
    void referral_rewards_reach_referrers_in_other_partitions_by_a_second_pass() {
        SyntheticHistory h = new SyntheticHistory(BREWHOUSE, 60, 2_000, 23, START, Duration.ofDays(150));
        List<String> lines = new ArrayList<>();
        Simulation one = new Simulation(BREWHOUSE);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        while (h.hasNext()) {
            Operation op = h.next();
            // every third member joined through the member who joined before them
            if (seen.add(op.memberId()) && seen.size() % 3 == 0) {
                String referrer = SyntheticHistory.memberId(0);
                Operation referred = new Operation.Referred("ref-" + n++, op.memberId(), op.at(), referrer);
                one.apply(referred);
                lines.add(RewardsJson.write(referred));
            }
            one.apply(op);
            lines.add(RewardsJson.write(op));
        }
        Figures expected = one.figures();

        Dataset<String> history = spark.createDataset(spark.sparkContext().parallelize(scala.jdk.javaapi.CollectionConverters.asScala(lines).toSeq(), 3,
                scala.reflect.ClassTag$.MODULE$.apply(String.class)), Encoders.STRING());
        SparkSimulation.Result r = new SparkSimulation(BREWHOUSE).simulate(history, spark.emptyDataset(Encoders.STRING()), Optional.empty());

        assertThat(r.passes()).as("the rewards went to their referrers in a second pass").isEqualTo(2);
        assertThat(withoutMembers(r.figures())).isEqualTo(withoutMembers(expected));
        assertThat(new HashMap<>(r.memberPoints().collectAsMap())).isEqualTo(expected.pointsByMember());
    }

    @Test
    void outcomes_of_a_dataset_of_transactions_are_the_engines() {
        CompiledProgram compiled = Rewards.compile(BREWHOUSE);
        MemberState ana = MemberState.enrolled("m-ana", START, java.util.Currency.getInstance("EUR"));
        List<String> txs = new ArrayList<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            var tx = dev.rewards.transaction.Transaction.builder("t-" + i, i % 3 == 0 ? "m-guest" : "m-ana", START.plusSeconds(3_600L * i))
                    .currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1 + i % 4, "beans").build();
            txs.add(RewardsJson.write(tx));
            MemberState m = tx.memberId().equals("m-ana") ? ana : MemberState.guest("m-guest", java.util.Currency.getInstance("EUR"));
            expected.put(tx.id(), RewardsJson.write(compiled.evaluate(m, tx)));
        }

        List<String> outcomes = new SparkEvaluation(BREWHOUSE).evaluate(spark.createDataset(txs, Encoders.STRING()).repartition(3),
                spark.createDataset(List.of(RewardsJson.write(ana)), Encoders.STRING())).collectAsList();

        Map<String, String> byId = new HashMap<>();
        for (String o : outcomes) byId.put(RewardsJson.parse(o).get("transactionId").asText(), o);
        assertThat(byId).isEqualTo(expected);
    }

    static Figures withoutMembers(Figures f) {
        return new Figures(f.program(), f.purchases(), f.events(), f.refunds(), f.redemptions(), f.members(), f.spend(), f.pointsIssued(),
                f.pointsRedeemed(), f.pointsExpired(), f.pointsReversed(), f.pointsOutstanding(), f.liability(), f.cashback(), f.cashbackHeld(),
                f.discounts(), f.paidWithVouchers(), f.rewardedValue(), f.shareOfSpendRewarded(), f.tiersByMonth(), f.pointsByRule(),
                f.cashbackByRule(), f.campaigns(), f.topMembers(), Map.of(), f.partnerPoints(), f.partnerDiscounts());
    }
}
