package dev.rewards.kafka;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Loyalty as a stream (E4, A2, P7): operations keyed by member (the JSON of {@code docs/accounts.md},
 * one per record) are decided and booked in a state store of member accounts, kept in their compact
 * binary form ({@code AccountCodec}, a few hundred bytes each), and what they did goes out on its own
 * topics: each purchase's outcome, every account event, audit records when asked for, and the effects
 * on other members (a referral reward) back onto the operations topic, keyed by their target.
 * Refunds, expiry and tier reviews come from the same stream: an operation moves its account to its
 * instant first, and a punctuation on stream time moves every account once a day.
 *
 * <pre>{@code
 * Topology t = RewardsTopology.build(program, RewardsTopology.Topics.named("rewards"));
 * KafkaStreams streams = new KafkaStreams(t, RewardsTopology.exactlyOnce("rewards", "kafka:9092"));
 * streams.start();
 * }</pre>
 *
 * State that is cheap to write: an account is a snapshot in the {@link #STORE} store and the journal
 * of operations applied since in the {@link #JOURNAL} store ({@link Journal}), so an operation writes
 * its own record to the changelog, not the member's history; a new snapshot is written when the
 * journal weighs as much as the last one. The processor holds up to {@link #CACHED_ACCOUNTS}
 * accounts per task as objects between operations; a cold read replays the journal.
 *
 * Exactly once: with {@link #exactlyOnce} (exactly-once v2, the documented default) a record's
 * outputs and its store update commit together; an operation delivered again (a producer retry, a
 * replay after a crash) is recognised by its id in the account and changes nothing. A record whose
 * JSON is bad or whose operation is refused (a refund of an unknown purchase, an instant beyond the
 * account's history) gives an event of type {@code REJECTED} on the events topic naming why; nothing
 * else changes.
 */
public final class RewardsTopology {
    /** The state store of accounts, by member id. */
    public static final String STORE = "rewards-accounts";
    /** The state store of what was applied to each account since its snapshot, by member and sequence. */
    public static final String JOURNAL = "rewards-journal";
    /** How many accounts each task holds in memory as objects, unless told otherwise. */
    public static final int CACHED_ACCOUNTS = 2_000;

    /** The topics: operations in; outcomes, events, and optionally audit records out; optionally program versions in. */
    public record Topics(String operations, String outcomes, String events, Optional<String> audit, Optional<String> programs) {
        public Topics {
            Objects.requireNonNull(operations, "operations");
            Objects.requireNonNull(outcomes, "outcomes");
            Objects.requireNonNull(events, "events");
            audit = audit == null ? Optional.empty() : audit;
            programs = programs == null ? Optional.empty() : programs;
        }

        /** {@code prefix.operations}, {@code prefix.outcomes}, {@code prefix.events}; no audit topic, no program versions. */
        public static Topics named(String prefix) {
            return new Topics(prefix + ".operations", prefix + ".outcomes", prefix + ".events", Optional.empty(), Optional.empty());
        }

        /** The same topics with audit records (A2: the account before and after each operation, as JSON) on {@code topic}. */
        public Topics withAudit(String topic) {
            return new Topics(operations, outcomes, events, Optional.of(topic), programs);
        }

        /**
         * The same topics with program versions read from the compacted {@code topic}: records keyed by
         * version, {@code {"effectiveFrom": instant, "program": {...}}}; an operation is decided by the
         * version in effect at its own instant ({@link ProgramVersions}).
         */
        public Topics withProgramVersions(String topic) {
            return new Topics(operations, outcomes, events, audit, Optional.of(topic));
        }
    }

    private RewardsTopology() {
    }

    /** The topology deciding {@code program}'s operations, with a persistent (RocksDB) account store. */
    public static Topology build(Program program, Topics topics) {
        return build(program, topics, true);
    }

    /** As {@link #build(Program, Topics)}; {@code persistent} false keeps the store in memory (its changelog still restores it). */
    public static Topology build(Program program, Topics topics, boolean persistent) {
        return build(program, topics, persistent, Optional.empty());
    }

    /**
     * As {@link #build(Program, Topics, boolean)}, with vouchers (V6) kept in {@code vouchers} (the JDBC
     * store in production): codes, per-code and per-member limits, budgets and gift balances hold
     * across members and tasks. Exactly once still: the store redeems once per transaction id and a
     * transaction evaluated again (a replay after a crash) sees the store without its own uses, so it
     * is decided the same way and redeems nothing twice. Instead of re-keying purchases by code.
     */
    public static Topology build(Program program, Topics topics, boolean persistent, Optional<dev.rewards.voucher.store.VoucherStore> vouchers) {
        return build(program, topics, persistent, vouchers, CACHED_ACCOUNTS);
    }

    /**
     * As {@link #build(Program, Topics, boolean, Optional)}, holding up to {@code cachedAccounts}
     * accounts per task in memory (each a few tens of kilobytes for a year of history; 0 reads every
     * account from the stores).
     */
    public static Topology build(Program program, Topics topics, boolean persistent, Optional<dev.rewards.voucher.store.VoucherStore> vouchers,
                                 int cachedAccounts) {
        return build(program, topics, persistent, vouchers, cachedAccounts, Optional.empty());
    }

    /**
     * As above; M5: a purchase in another currency that {@code rates} converts is decided converted (its
     * outcome records the conversion) and journaled converted, so a replay decides it as it was decided
     * whatever the rates are then. Without a rate for its currency it is refused with a {@code REJECTED} event.
     */
    public static Topology build(Program program, Topics topics, boolean persistent, Optional<dev.rewards.voucher.store.VoucherStore> vouchers,
                                 int cachedAccounts, Optional<dev.rewards.transaction.ExchangeRates> rates) {
        if (cachedAccounts < 0) throw new IllegalArgumentException("cachedAccounts must not be negative, was " + cachedAccounts);
        String json = RewardsJson.write(Objects.requireNonNull(program, "program"));
        Topology t = new Topology();
        StringDeserializer in = new StringDeserializer();
        StringSerializer out = new StringSerializer();
        t.addSource("operations", in, in, topics.operations());
        t.addProcessor(AccountProcessor.NAME, () -> new AccountProcessor(json, topics.audit().isPresent(), topics.programs().isPresent(), vouchers,
                cachedAccounts, rates), "operations");
        topics.programs().ifPresent(programs -> t.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ProgramVersions.STORE),
                Serdes.String(), Serdes.String()).withLoggingDisabled(), "programs", in, in, programs, "program-versions", ProgramVersions.Loader::new));
        t.addStateStore(Stores.keyValueStoreBuilder(persistent ? Stores.persistentKeyValueStore(STORE) : Stores.inMemoryKeyValueStore(STORE),
                Serdes.String(), Serdes.ByteArray()), AccountProcessor.NAME);
        t.addStateStore(Stores.keyValueStoreBuilder(persistent ? Stores.persistentKeyValueStore(JOURNAL) : Stores.inMemoryKeyValueStore(JOURNAL),
                Serdes.String(), Serdes.ByteArray()), AccountProcessor.NAME);
        t.addSink(AccountProcessor.OUTCOMES, topics.outcomes(), out, out, AccountProcessor.NAME);
        t.addSink(AccountProcessor.EVENTS, topics.events(), out, out, AccountProcessor.NAME);
        t.addSink(AccountProcessor.EFFECTS, topics.operations(), out, out, AccountProcessor.NAME);
        topics.audit().ifPresent(audit -> t.addSink(AccountProcessor.AUDIT, audit, out, out, AccountProcessor.NAME));
        return t;
    }

    /**
     * S4: the record that asks the topology to forget a member, sent to the operations topic keyed by
     * the member: {@code {"forget": "m-1"}}. Their snapshot and journal are deleted (tombstones in the
     * changelogs); their past outcomes, events and audit records are on the host's topics, to be
     * compacted or expired by the host. Forget them in the voucher store too.
     */
    public static String forgetRecord(String memberId) {
        return JsonNodeFactory.instance.objectNode().put("forget", Objects.requireNonNull(memberId, "memberId")).toString();
    }

    /** The member a forget record names, or null for any other record. */
    static String forgetting(String value) {
        if (value == null || !value.contains("\"forget\"")) return null;
        try {
            com.fasterxml.jackson.databind.JsonNode n = RewardsJson.parse(value);
            return n.isObject() && n.size() == 1 && n.path("forget").isTextual() ? n.get("forget").asText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A member's account as the topology holds it (for interactive queries and tests): the snapshot in
     * {@code accounts} with the journal in {@code journal} applied, each entry by the program version
     * it names (found in {@code versions}, the programs store, when the topology has one; null
     * otherwise) and with the voucher store the topology was built with, if any. Empty for a member the
     * topology has not seen.
     */
    public static Optional<dev.rewards.account.MemberAccount> account(Program program, Optional<dev.rewards.voucher.store.VoucherStore> vouchers,
                                                                      ReadOnlyKeyValueStore<String, byte[]> accounts,
                                                                      ReadOnlyKeyValueStore<String, byte[]> journal,
                                                                      ReadOnlyKeyValueStore<String, String> versions, String memberId) {
        byte[] snapshot = accounts.get(memberId);
        if (snapshot == null) return Optional.empty();
        String initial = RewardsJson.write(program);
        java.util.Map<String, dev.rewards.account.Accounts> byJson = new java.util.HashMap<>();
        return Optional.of(Journal.replay(memberId, snapshot, journal, (key, at) -> byJson.computeIfAbsent(ProgramVersions.byKey(versions, key, at, initial),
                j -> vouchers.map(v -> new dev.rewards.account.Accounts(ProgramVersions.compiled(j), v))
                        .orElseGet(() -> new dev.rewards.account.Accounts(ProgramVersions.compiled(j))))).account);
    }

    /** Streams settings with exactly-once v2 processing, the documented default for this topology. */
    public static Properties exactlyOnce(String applicationId, String bootstrapServers) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return p;
    }
}
