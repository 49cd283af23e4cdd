package dev.rewards.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * E4 on a real broker (a KRaft broker in this JVM, Apache Kafka's own test kit): the topology with
 * exactly-once v2 and RocksDB stores decides a stream of operations as {@code Accounts} applied
 * directly does; after the application is stopped and started again on its committed state, the
 * same operations delivered again send no outcome twice.
 */
class RewardsTopologyBrokerTest {
    @Test
    void on_a_real_broker_outcomes_are_those_of_the_accounts_and_a_restart_with_the_records_again_sends_none_twice() throws Exception {
        List<Operation> ops = RewardsTopologyTest.year().subList(0, 150);
        Accounts accounts = new Accounts(Rewards.compile(RewardsTopologyTest.BREWHOUSE));
        Map<String, MemberAccount> direct = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (Operation op : ops) {
            MemberAccount a = direct.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            AccountResult r = accounts.apply(a, op);
            direct.put(op.memberId(), r.account());
            r.outcome().ifPresent(o -> expected.add(RewardsJson.write(o)));
        }
        RewardsTopology.Topics topics = RewardsTopology.Topics.named("rewards");
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build())
                .setConfigProp("transaction.state.log.replication.factor", "1").setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("offsets.topic.replication.factor", "1").build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String servers = cluster.bootstrapServers();
            try (var admin = cluster.admin()) {
                // one partition each, so the outcomes come back in the order the operations went in
                admin.createTopics(List.of(new NewTopic(topics.operations(), 1, (short) 1), new NewTopic(topics.outcomes(), 1, (short) 1),
                        new NewTopic(topics.events(), 1, (short) 1))).all().get();
            }
            Path state = Files.createTempDirectory("rewards-kafka-broker");
            send(servers, topics.operations(), ops);
            try (KafkaStreams streams = start(servers, state, topics)) {
                List<String> outcomes = read(servers, topics.outcomes(), expected.size());
                assertThat(outcomes).isEqualTo(expected);
            }
            // stopped and started again on the same committed state: the same records again, then one new purchase
            Operation fresh = new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-after-restart", "m-1",
                    ops.get(ops.size() - 1).at().plusSeconds(60)).currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build());
            List<Operation> again = new ArrayList<>(ops);
            again.add(fresh);
            send(servers, topics.operations(), again);
            try (KafkaStreams streams = start(servers, state, topics)) {
                List<String> outcomes = read(servers, topics.outcomes(), expected.size() + 1);
                assertThat(outcomes.subList(0, expected.size())).isEqualTo(expected);
                assertThat(outcomes.get(expected.size())).contains("\"transactionId\":\"t-after-restart\"");
            }
        }
    }

    private static KafkaStreams start(String servers, Path state, RewardsTopology.Topics topics) {
        Properties p = RewardsTopology.exactlyOnce("rewards-broker-test", servers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // a stopped instance does not leave its group: the restarted one waits for its session to time out (the broker's minimum)
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1_000);
        KafkaStreams streams = new KafkaStreams(RewardsTopology.build(RewardsTopologyTest.BREWHOUSE, topics), p);
        streams.start();
        return streams;
    }

    private static void send(String servers, String topic, List<Operation> ops) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            for (Operation op : ops) producer.send(new ProducerRecord<>(topic, null, op.at().toEpochMilli(), op.memberId(), RewardsJson.write(op))).get();
        }
    }

    /** Every committed record of {@code topic} from its start, once {@code count} are there (at most 90 seconds), and any more that follow within a second. */
    private static List<String> read(String servers, String topic, int count) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) values.add(r.value());
                if (values.size() >= count && settle == Long.MAX_VALUE) settle = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            }
        }
        return values;
    }
}
