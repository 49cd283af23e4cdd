package dev.rewards.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Program changes on a compacted topic (PR4 on the stream): each record, keyed by the program's
 * version, is {@code {"effectiveFrom": "2027-01-01T00:00:00Z", "program": {...}}}. An operation is
 * decided by the version in effect at its own instant: the one with the latest {@code effectiveFrom}
 * not after it (the program the topology was built with is in effect before any), so a replay gives
 * the same outcomes whenever it runs, and every outcome names the version that decided it. Every
 * task sees every version (a global store); each version is compiled once per JVM.
 */
final class ProgramVersions {
    static final String STORE = "rewards-programs";
    private static final Map<String, dev.rewards.CompiledProgram> COMPILED = new ConcurrentHashMap<>();

    private ProgramVersions() {
    }

    /** A program's JSON compiled, the first time it is seen in this JVM. */
    static dev.rewards.CompiledProgram compiled(String programJson) {
        return COMPILED.computeIfAbsent(programJson, j -> Rewards.compile(RewardsJson.readProgram(j)));
    }

    /** A program version: its key on the programs topic ("" for the program the topology was built with) and its JSON. */
    record Version(String key, String json) {
    }

    /** The version in effect at {@code at}: the latest version effective by then, or {@code initial}. */
    static Version inEffect(org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, String> versions, Instant at, String initial) {
        Version chosen = new Version("", initial);
        Instant from = Instant.MIN;
        try (KeyValueIterator<String, String> all = versions.all()) {
            while (all.hasNext()) {
                var kv = all.next();
                String v = kv.value;
                // "<effectiveFrom>\n<program JSON>" as the loader keeps it; a store restored from the topic holds the record as sent
                if (v.startsWith("{")) v = Loader.check(v).orElse(null);
                if (v == null) continue;
                int cut = v.indexOf('\n');
                Instant effective = Instant.parse(v.substring(0, cut));
                if (!effective.isAfter(at) && effective.isAfter(from)) {
                    from = effective;
                    chosen = new Version(kv.key, v.substring(cut + 1));
                }
            }
        }
        return chosen;
    }

    /**
     * The program JSON of version {@code key} ("" the initial program), as a journal entry names it. A
     * version no longer on the topic (deleted, compacted away) cannot be replayed exactly: the version
     * in effect at the entry's instant stands in for it, and a warning says so. Retire a version by
     * publishing a newer one, not by deleting it, while journals may still name it.
     */
    static String byKey(org.apache.kafka.streams.state.ReadOnlyKeyValueStore<String, String> versions, String key, Instant at, String initial) {
        if (key.isEmpty()) return initial;
        String v = versions == null ? null : versions.get(key);
        if (v != null && v.startsWith("{")) v = Loader.check(v).orElse(null);
        if (v != null) return v.substring(v.indexOf('\n') + 1);
        org.slf4j.LoggerFactory.getLogger(ProgramVersions.class).warn("program version {} is gone: a journal entry at {} is replayed with the version"
                + " in effect then", key, at);
        return versions == null ? initial : inEffect(versions, at, initial).json();
    }

    /** Keeps the global store: a record that does not read as a program is refused before it gets there. */
    static final class Loader implements Processor<String, String, Void, Void> {
        private KeyValueStore<String, String> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, String> record) {
            if (record.value() == null) {
                store.delete(record.key());
                return;
            }
            Optional<String> checked = check(record.value());
            checked.ifPresent(json -> store.put(record.key(), json));
        }

        /** The record as kept ("effectiveFrom\nprogram"), if it holds an instant and a valid program (compiled here, so a bad one never decides). */
        static Optional<String> check(String value) {
            try {
                JsonNode v = RewardsJson.parse(value);
                Instant from = Instant.parse(v.get("effectiveFrom").asText());
                String program = v.get("program").toString();
                compiled(program);
                return Optional.of(from + "\n" + program);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ProgramVersions.class).warn("program version refused: {}", e.getMessage());
                return Optional.empty();
            }
        }
    }
}
