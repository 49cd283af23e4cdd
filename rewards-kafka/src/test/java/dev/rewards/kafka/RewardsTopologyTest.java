package dev.rewards.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountCodec;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.SyntheticHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * E4, A2, P7 on Kafka Streams (TopologyTestDriver, no broker): a year of members' operations through
 * the topology gives the accounts, outcomes and events of {@link Accounts} applied directly; the same
 * operations delivered again (a replay after a crash) change nothing and send nothing; bad records are
 * answered with a REJECTED event; an operation writes its own record, not the account; accounts read
 * cold decide as accounts held; late and out-of-order operations follow the documented rule.
 */
class RewardsTopologyTest {
    static final Program BREWHOUSE = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final RewardsTopology.Topics TOPICS = RewardsTopology.Topics.named("rewards");

    static TopologyTestDriver driver(boolean persistent) {
        Properties p = RewardsTopology.exactlyOnce("rewards-test", "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-test-" + System.nanoTime());
        return new TopologyTestDriver(RewardsTopology.build(BREWHOUSE, TOPICS, persistent), p);
    }

    /** The member's account as the topology holds it: its snapshot with its journal applied. */
    static MemberAccount held(TopologyTestDriver d, String member) {
        return RewardsTopology.account(BREWHOUSE, Optional.empty(), d.getKeyValueStore(RewardsTopology.STORE), d.getKeyValueStore(RewardsTopology.JOURNAL),
                null, member).orElseThrow();
    }

    static Map<String, MemberAccount> allHeld(TopologyTestDriver d) {
        Map<String, MemberAccount> all = new TreeMap<>();
        KeyValueStore<String, byte[]> store = d.getKeyValueStore(RewardsTopology.STORE);
        store.all().forEachRemaining(kv -> all.put(kv.key, held(d, kv.key)));
        return all;
    }

    static List<Operation> year() {
        List<Operation> ops = new ArrayList<>();
        new SyntheticHistory(BREWHOUSE, 25, 1_500, 9, START, Duration.ofDays(365)).forEachRemaining(ops::add);
        return ops;
    }

    @Test
    void a_year_on_the_stream_gives_the_accounts_outcomes_and_events_of_the_accounts_applied_directly() {
        List<Operation> ops = year();
        Accounts accounts = new Accounts(Rewards.compile(BREWHOUSE));
        Map<String, MemberAccount> direct = new TreeMap<>();
        List<String> directOutcomes = new ArrayList<>();
        List<String> directEvents = new ArrayList<>();
        for (Operation op : ops) {
            MemberAccount a = direct.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            AccountResult r = accounts.apply(a, op);
            direct.put(op.memberId(), r.account());
            r.outcome().ifPresent(o -> directOutcomes.add(RewardsJson.write(o)));
            r.events().forEach(e -> directEvents.add(RewardsJson.write(e)));
        }
        Instant end = ops.get(ops.size() - 1).at();

        try (TopologyTestDriver d = driver(true)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());

            assertThat(outcomes.readValuesToList()).isEqualTo(directOutcomes);
            // refused operations are answered on the events topic too; the direct run returns them as the result's reasons
            List<String> streamed = events.readValuesToList().stream().filter(e -> !e.contains("\"REJECTED\"")).toList();
            // the stream also moved idle accounts at each day of stream time: those events came earlier than the direct run's next operation
            List<String> directAll = new ArrayList<>(directEvents);
            for (Map.Entry<String, MemberAccount> e : direct.entrySet()) {
                MemberAccount inStore = held(d, e.getKey());
                AccountResult atEnd = accounts.advance(e.getValue(), end);
                atEnd.events().forEach(x -> directAll.add(RewardsJson.write(x)));
                assertThat(accounts.advance(inStore, end).account()).as(e.getKey()).isEqualTo(atEnd.account());
            }
            List<String> streamedToEnd = new ArrayList<>(streamed);
            for (Map.Entry<String, MemberAccount> e : direct.entrySet()) {
                accounts.advance(held(d, e.getKey()), end).events().forEach(x -> streamedToEnd.add(RewardsJson.write(x)));
            }
            assertThat(streamedToEnd).containsExactlyInAnyOrderElementsOf(directAll);
        }
    }

    @Test
    void operations_delivered_again_change_nothing_and_send_nothing() {
        List<Operation> ops = year().subList(0, 400);
        try (TopologyTestDriver d = driver(false)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());
            Map<String, MemberAccount> before = allHeld(d);
            outcomes.readValuesToList();
            List<String> rejectedFirst = events.readValuesToList().stream().filter(e -> e.contains("\"REJECTED\"")).toList();

            Instant last = ops.get(ops.size() - 1).at();
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), last); // the replay after a crash

            Map<String, MemberAccount> after = allHeld(d);
            assertThat(after).isEqualTo(before);
            assertThat(outcomes.isEmpty()).isTrue();
            // an operation the account refused was not recorded, so it is answered again, the same way; nothing else goes out
            assertThat(events.readValuesToList()).containsExactlyInAnyOrderElementsOf(rejectedFirst);
        }
    }

    @Test
    void a_bad_record_is_answered_with_a_rejected_event_and_changes_nothing() {
        try (TopologyTestDriver d = driver(false)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            in.pipeInput("m-1", "{\"kind\": \"purchase\", \"id\": 12}", START);
            Operation op = year().get(0);
            in.pipeInput("someone-else", RewardsJson.write(op), op.at());
            // valid JSON the library refuses as input: a basket in a currency the program does not decide in
            in.pipeInput("m-9", RewardsJson.write(new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-usd", "m-9", START)
                    .currency("USD").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build())), START);

            List<String> out = events.readValuesToList();
            assertThat(out).hasSize(3).allSatisfy(e -> assertThat(e).contains("\"REJECTED\""));
            assertThat(out.get(0)).contains("bad operation");
            assertThat(out.get(1)).contains("the record's key is someone-else");
            assertThat(out.get(2)).contains("USD");
            KeyValueStore<String, byte[]> store = d.getKeyValueStore(RewardsTopology.STORE);
            assertThat(store.approximateNumEntries()).isZero();
        }
    }

    @Test
    void a_basket_in_dollars_is_decided_converted_with_the_hosts_rates_and_replayed_as_decided() {
        var rates = dev.rewards.transaction.ExchangeRates.of("EUR", Map.of("USD", "0.9210")).withSource("ECB 2026-03-01");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "rewards-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        Operation dollars = new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-usd", "m-1", START).currency("USD")
                .line("1", "ethiopia-beans-1kg", "100.00", 1, "beans").build());
        try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(BREWHOUSE, TOPICS, false, Optional.empty(), 0, Optional.of(rates)), p)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            in.pipeInput("m-1", RewardsJson.write(dollars), START);
            in.pipeInput("m-1", RewardsJson.write(new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-eur", "m-1",
                    START.plusSeconds(60)).currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build())), START.plusSeconds(60));

            List<String> out = outcomes.readValuesToList();
            assertThat(out.get(0)).contains("\"conversion\":{\"from\":\"USD\",\"to\":\"EUR\",\"rate\":\"0.921\"");
            // nothing held in memory: the account is read back from the snapshot and the journal, where the purchase is in euros
            MemberAccount held = held(d, "m-1");
            assertThat(held.purchases().get("t-usd").lines().get("1").unitPrice()).isEqualByComparingTo("92.10");
            Accounts direct = new Accounts(Rewards.compile(BREWHOUSE)).withRates(rates);
            MemberAccount a = direct.open("m-1", START, Optional.empty());
            a = direct.apply(a, dollars).account();
            assertThat(held.lifetimePurchases()).isEqualTo(2);
            assertThat(held.purchases().get("t-usd")).isEqualTo(a.purchases().get("t-usd"));
        }
    }

    @Test
    void a_forgotten_member_leaves_no_snapshot_or_journal_and_the_others_are_untouched() {
        List<Operation> ops = year().subList(0, 400);
        try (TopologyTestDriver d = driver(false)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());
            String gone = ops.get(0).memberId();
            Map<String, MemberAccount> before = allHeld(d);
            before.remove(gone);
            events.readValuesToList();

            // S4
            in.pipeInput(gone, RewardsTopology.forgetRecord(gone), ops.get(ops.size() - 1).at());

            assertThat(events.readValuesToList()).singleElement().asString().contains("\"FORGOTTEN\"", gone);
            KeyValueStore<String, byte[]> store = d.getKeyValueStore(RewardsTopology.STORE);
            KeyValueStore<String, byte[]> journal = d.getKeyValueStore(RewardsTopology.JOURNAL);
            assertThat(store.get(gone)).isNull();
            List<String> keys = new ArrayList<>();
            journal.all().forEachRemaining(kv -> keys.add(kv.key));
            assertThat(keys).noneMatch(k -> k.startsWith(gone + "\u0000"));
            assertThat(allHeld(d)).isEqualTo(before);
        }
    }

    @Test
    void a_referral_reward_travels_to_the_referrer_through_the_stream_as_accounts_applied_directly_give_it() {
        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(BREWHOUSE));
        List<Operation> ops = List.of(
                new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-ana", "ana", START).currency("EUR")
                        .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build()),
                new Operation.Referred("ref-1", "ben", START.plusSeconds(60), "ana"),
                new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-ben", "ben", START.plusSeconds(120)).currency("EUR")
                        .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build()));
        Map<String, MemberAccount> direct = new java.util.TreeMap<>();
        for (Operation op : ops) {
            MemberAccount a = direct.computeIfAbsent(op.memberId(), m -> accounts.open(m, op.at(), Optional.empty()));
            AccountResult r = accounts.apply(a, op);
            direct.put(op.memberId(), r.account());
            for (var effect : r.effects()) direct.put(effect.memberId(), accounts.applyEffect(direct.get(effect.memberId()), effect).account());
        }
        try (TopologyTestDriver d = driver(false)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());

            assertThat(events.readValuesToList()).noneMatch(e -> e.contains("REJECTED"));
            assertThat(held(d, "ana").available(START.plusSeconds(86_400L * 30)))
                    .isEqualTo(direct.get("ana").available(START.plusSeconds(86_400L * 30)))
                    .isGreaterThanOrEqualTo(100 + 19);
            assertThat(held(d, "ben").referredBy()).contains("ana");
        }
    }

    @Test
    void operations_at_the_last_instants_the_library_accepts_keep_the_stream_running() {
        try (TopologyTestDriver d = driver(true)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            for (String[] p : new String[][] {{"m-1", "2026-01-02T10:00:00Z"}, {"m-2", "9999-12-30T10:00:00Z"}, {"m-1", "9999-12-31T23:00:00Z"}}) {
                Instant at = Instant.parse(p[1]);
                in.pipeInput(p[0], RewardsJson.write(new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-" + p[1], p[0], at)
                        .currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build())), at);
            }
            assertThat(outcomes.readValuesToList()).hasSize(3);
            assertThat(held(d, "m-1").clock()).isEqualTo(Instant.parse("9999-12-31T23:00:00Z"));
        }
    }

    @Test
    void an_operation_writes_its_own_record_to_the_changelog_not_the_members_history() {
        List<Operation> ops = year();
        long json = 0;
        try (TopologyTestDriver d = driver(true)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            for (Operation op : ops) {
                in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());
                json += RewardsJson.write(held(d, op.memberId())).length();
            }
            long changelog = 0;
            for (String store : List.of(RewardsTopology.STORE, RewardsTopology.JOURNAL)) {
                var topic = d.createOutputTopic("rewards-test-" + store + "-changelog", new ByteArrayDeserializer(), new ByteArrayDeserializer());
                for (var r : topic.readRecordsToList()) changelog += (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
            }
            System.out.printf("rewards-kafka: %d operations of 25 members over a year: %d changelog bytes per operation (the account's JSON: %d)%n",
                    ops.size(), changelog / ops.size(), json / ops.size());
            assertThat(changelog / ops.size()).as("changelog bytes per operation").isLessThan(1_024);
        }
    }

    @Test
    void accounts_read_cold_from_snapshot_and_journal_decide_as_accounts_held_in_memory() {
        List<Operation> ops = year();
        List<List<String>> runs = new ArrayList<>();
        List<Map<String, MemberAccount>> accounts = new ArrayList<>();
        for (int cached : new int[] {RewardsTopology.CACHED_ACCOUNTS, 3, 0}) {
            Properties p = RewardsTopology.exactlyOnce("rewards-cold", "dummy:9092");
            p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-cold-" + System.nanoTime());
            try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(BREWHOUSE, TOPICS, true, Optional.empty(), cached), p)) {
                TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
                TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
                TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
                for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());
                List<String> out = new ArrayList<>(outcomes.readValuesToList());
                out.addAll(events.readValuesToList());
                runs.add(out);
                accounts.add(allHeld(d));
            }
        }
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
        assertThat(runs.get(2)).isEqualTo(runs.get(0));
        assertThat(accounts.get(1)).isEqualTo(accounts.get(0));
        assertThat(accounts.get(2)).isEqualTo(accounts.get(0));
    }

    @Test
    void late_and_out_of_order_operations_follow_the_documented_rule() {
        Instant t = START.plus(Duration.ofDays(30));
        Operation purchase = new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-1", "m-1", t).currency("EUR")
                .line("1", "ethiopia-beans-1kg", "19.50", 2, "beans").build());
        Operation refund = RewardsJson.readOperation("{\"kind\": \"refund\", \"id\": \"r-1\", \"memberId\": \"m-1\", \"transactionId\": \"t-1\","
                + " \"at\": \"" + t.plus(Duration.ofDays(2)) + "\", \"lines\": {\"1\": 1}}");
        try (TopologyTestDriver d = driver(true)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> events = d.createOutputTopic(TOPICS.events(), new StringDeserializer(), new StringDeserializer());
            in.pipeInput("m-1", RewardsJson.write(new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-0", "m-1", START)
                    .currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build())), START);
            outcomes.readValue();
            in.pipeInput("m-1", RewardsJson.write(refund), t);
            // a refund ahead of its purchase is refused, naming why, and changes nothing but the account's clock
            assertThat(events.readValuesToList()).anySatisfy(e -> assertThat(e).contains("REJECTED").contains("UNKNOWN_PURCHASE"));
            // the purchase, dated before the account's last operation but within its history, is decided as of its own instant
            in.pipeInput("m-1", RewardsJson.write(purchase), t);
            long earned = RewardsJson.parse(outcomes.readValue()).path("points").asLong();
            assertThat(earned).isPositive();
            // sent again once the purchase is known, it is applied: one of two units back
            in.pipeInput("m-1", RewardsJson.write(refund), t);
            assertThat(held(d, "m-1").purchases().get("t-1").lines().get("1").refunded()).isEqualTo(1);
            assertThat(held(d, "m-1").total(dev.rewards.account.LedgerEntry.Kind.REVERSED)).isEqualTo(earned / 2);
            // an operation dated before the account's history (accounts.historyDays) is refused as too late
            Operation ancient = new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-old", "m-1", t.minus(Duration.ofDays(800)))
                    .currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").build());
            in.pipeInput("m-1", RewardsJson.write(ancient), t);
            assertThat(events.readValuesToList()).anySatisfy(e -> assertThat(e).contains("REJECTED").contains("TOO_LATE"));
        }
    }

    @Test
    void a_new_program_version_decides_the_operations_from_its_instant_and_outcomes_name_it() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RewardsJson.parse(RewardsJson.write(BREWHOUSE));
        tree.put("version", 2);
        Program v2 = RewardsJson.readProgram(tree);
        assertThat(v2.version()).isEqualTo(2);
        Instant switchAt = START.plus(Duration.ofDays(20));
        RewardsTopology.Topics topics = TOPICS.withProgramVersions("rewards.programs");
        Properties p = RewardsTopology.exactlyOnce("rewards-versions", "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-versions-" + System.nanoTime());
        try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(BREWHOUSE, topics, false), p)) {
            TestInputTopic<String, String> programs = d.createInputTopic("rewards.programs", new StringSerializer(), new StringSerializer());
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            programs.pipeInput("2", "{\"effectiveFrom\": \"" + switchAt + "\", \"program\": " + RewardsJson.write(v2) + "}", START);
            programs.pipeInput("3", "{\"effectiveFrom\": \"2026-02-01T00:00:00Z\", \"program\": {\"id\": 12}}", START); // refused: not a program
            List<Operation> ops = year().subList(0, 300);
            for (Operation op : ops) in.pipeInput(op.memberId(), RewardsJson.write(op), op.at());

            List<String> out = outcomes.readValuesToList();
            List<Operation> purchases = ops.stream().filter(o -> o instanceof Operation.Purchase).toList();
            assertThat(out).hasSize(purchases.size());
            for (int i = 0; i < out.size(); i++) {
                int expected = purchases.get(i).at().isBefore(switchAt) ? 1 : 2;
                assertThat(RewardsJson.parse(out.get(i)).get("programVersion").asInt()).as(purchases.get(i).id()).isEqualTo(expected);
            }
            assertThat(purchases).anyMatch(o -> o.at().isBefore(switchAt)).anyMatch(o -> !o.at().isBefore(switchAt));
        }
    }

    @Test
    void a_limited_code_holds_across_members_and_a_replay_after_a_crash_redeems_nothing_twice() {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) RewardsJson.parse(RewardsJson.write(BREWHOUSE));
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.path("vouchers").path("campaigns")).add(RewardsJson.parse(
                "{\"id\": \"first-three\", \"code\": \"FIRST3\", \"benefit\": {\"type\": \"amountOff\", \"amount\": \"2.00\"},"
                        + " \"restrictions\": {\"maxUsesPerCode\": 3}}"));
        Program program = RewardsJson.readProgram(tree);
        dev.rewards.voucher.store.InMemoryVoucherStore vouchers = new dev.rewards.voucher.store.InMemoryVoucherStore();
        List<String> purchases = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
            purchases.add(RewardsJson.write(new Operation.Purchase(dev.rewards.transaction.Transaction.builder("t-" + m, "m-" + m,
                    START.plusSeconds(60L * m)).currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").voucher("FIRST3").build())));
        }
        List<String> first = decide(program, vouchers, purchases);
        // the task crashed before committing: its accounts are gone, the voucher store kept the uses; the same records come again
        List<String> again = decide(program, vouchers, purchases);

        assertThat(first.stream().filter(o -> RewardsJson.parse(o).path("vouchers").path(0).path("applied").asBoolean())).hasSize(3);
        assertThat(again).as("decided the same way on the replay").isEqualTo(first);
        int uses = 0;
        for (int m = 0; m < 6; m++) uses += vouchers.usesHeldBy("t-" + m).size();
        assertThat(uses).as("uses the store holds, once per transaction").isEqualTo(3);
    }

    static List<String> decide(Program program, dev.rewards.voucher.store.VoucherStore vouchers, List<String> purchases) {
        Properties p = RewardsTopology.exactlyOnce("rewards-vouchers", "dummy:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/rewards-kafka-vouchers-" + System.nanoTime());
        try (TopologyTestDriver d = new TopologyTestDriver(RewardsTopology.build(program, TOPICS, false, Optional.of(vouchers)), p)) {
            TestInputTopic<String, String> in = d.createInputTopic(TOPICS.operations(), new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> outcomes = d.createOutputTopic(TOPICS.outcomes(), new StringDeserializer(), new StringDeserializer());
            for (String json : purchases) in.pipeInput(RewardsJson.parse(json).get("memberId").asText(), json, START);
            return outcomes.readValuesToList();
        }
    }
}
