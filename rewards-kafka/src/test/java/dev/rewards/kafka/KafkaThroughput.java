package dev.rewards.kafka;

import dev.rewards.Rewards;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.simulation.SyntheticHistory;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Operations per CPU-second through the topology with the persistent (RocksDB) store on
 * TopologyTestDriver, against the same operations folded through {@link Accounts} in memory in the
 * same JVM (the baseline: decisions and bookings with nothing around them), and the changelog bytes
 * each operation costs: {@code java -cp <test class path> dev.rewards.kafka.KafkaThroughput [operations] [members] [cached accounts]}.
 * A measurement, not a test (docs/performance.md).
 */
public final class KafkaThroughput {
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int cached = args.length > 2 ? Integer.parseInt(args[2]) : RewardsTopology.CACHED_ACCOUNTS;
        List<Operation> ops = new ArrayList<>();
        new SyntheticHistory(RewardsTopologyTest.BREWHOUSE, members, n, 1, RewardsTopologyTest.START, Duration.ofDays(365)).forEachRemaining(ops::add);
        List<String> json = ops.stream().map(RewardsJson::write).toList();
        Accounts accounts = new Accounts(Rewards.compile(RewardsTopologyTest.BREWHOUSE));
        for (int round = 1; round <= Integer.getInteger("rounds", 3); round++) {
            double fold = fold(accounts, ops);
            double topology = topology(ops, json, cached);
            System.out.printf("round %d: %d operations of %d members: in memory %.0f, topology %.0f operations per CPU-second (%.2f of the fold)%n",
                    round, ops.size(), members, ops.size() / fold, ops.size() / topology, fold / topology);
        }
    }

    /** CPU-seconds to fold every operation through {@link Accounts}, accounts held in a map. */
    private static double fold(Accounts accounts, List<Operation> ops) {
        long cpu0 = CPU.getProcessCpuTime();
        Map<String, MemberAccount> held = new HashMap<>();
        for (Operation op : ops) {
            MemberAccount a = held.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            held.put(op.memberId(), accounts.apply(a, op).account());
        }
        return (CPU.getProcessCpuTime() - cpu0) / 1e9;
    }

    /** CPU-seconds to pipe every operation through the topology (RocksDB stores, exactly once); prints the changelog bytes per operation. */
    private static double topology(List<Operation> ops, List<String> json, int cached) {
        Properties p = RewardsTopology.exactlyOnce("rewards-throughput", "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-throughput-" + System.nanoTime());
        try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(RewardsTopologyTest.BREWHOUSE, RewardsTopologyTest.TOPICS, true,
                Optional.empty(), cached), p)) {
            TestInputTopic<String, String> in = d.createInputTopic(RewardsTopologyTest.TOPICS.operations(), new StringSerializer(), new StringSerializer());
            long cpu0 = CPU.getProcessCpuTime();
            for (int i = 0; i < ops.size(); i++) in.pipeInput(ops.get(i).memberId(), json.get(i), ops.get(i).at());
            double cpu = (CPU.getProcessCpuTime() - cpu0) / 1e9;
            long bytes = 0;
            for (String store : List.of(RewardsTopology.STORE, RewardsTopology.JOURNAL)) {
                var topic = d.createOutputTopic("rewards-throughput-" + store + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer());
                for (var r : topic.readRecordsToList()) bytes += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
            }
            System.out.printf("  changelog: %d bytes per operation%n", bytes / ops.size());
            return cpu;
        }
    }
}
