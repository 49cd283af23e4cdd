package dev.rewards.kafka;

import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.simulation.SyntheticHistory;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Operations per CPU-second through the topology with the persistent (RocksDB) store, on
 * TopologyTestDriver: {@code java -cp <test class path> dev.rewards.kafka.KafkaThroughput [operations] [members]}.
 * A measurement, not a test (docs/performance.md).
 */
public final class KafkaThroughput {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        List<Operation> ops = new ArrayList<>();
        new SyntheticHistory(RewardsTopologyTest.BREWHOUSE, members, n, 1, RewardsTopologyTest.START, Duration.ofDays(365)).forEachRemaining(ops::add);
        List<String> json = ops.stream().map(RewardsJson::write).toList();
        Properties p = RewardsTopology.exactlyOnce("rewards-throughput", "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-throughput-" + System.nanoTime());
        try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(RewardsTopologyTest.BREWHOUSE, RewardsTopologyTest.TOPICS, true), p)) {
            TestInputTopic<String, String> in = d.createInputTopic(RewardsTopologyTest.TOPICS.operations(), new StringSerializer(), new StringSerializer());
            var bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = bean.getProcessCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < ops.size(); i++) in.pipeInput(ops.get(i).memberId(), json.get(i), ops.get(i).at());
            double cpu = (bean.getProcessCpuTime() - cpu0) / 1e9;
            double wall = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%d operations of %d members: %.1f s wall, %.1f CPU-s, %.0f operations per CPU-second%n", ops.size(), members, wall, cpu,
                    ops.size() / cpu);
        }
    }
}
