package dev.rewards.kafka;

import dev.rewards.account.AccountCodec;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.BiFunction;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The layout of the account stores: one operation writes what it adds, not the account. A member's
 * account is a snapshot (its compact binary form, {@link AccountCodec}, in the accounts store) and
 * the journal of what was applied since (the journal store, keyed by member and sequence number):
 * each operation that changed the account as received ({@code O}, with the program version that
 * decided it) and each daily move that changed it ({@code A}, the instant). The account is the
 * snapshot with the journal applied in order; {@link Accounts} is deterministic, so that is the
 * account the processor held. When the journal since the snapshot weighs as much as the snapshot
 * (or holds {@link #MAX_ENTRIES} entries) a new snapshot is written and the journal deleted, so an
 * operation costs the changelog its own record plus at most as much again for the snapshots, and a
 * cold read replays at most {@link #MAX_ENTRIES} entries.
 */
final class Journal {
    /** The most entries a journal holds before a snapshot: what a cold read replays at most. */
    static final int MAX_ENTRIES = 128;
    /** A snapshot is never written for less journal than this. */
    static final int MIN_BYTES = 2_048;
    private static final char SEPARATOR = '\u0000';
    private static final StringSerializer KEYS = new StringSerializer();

    private Journal() {
    }

    /** The journal key of a member's entry: the member, a separator no id holds, the sequence in fixed-width hex (so keys sort by it). */
    static String key(String member, int seq) {
        return member + SEPARATOR + String.format("%08x", seq);
    }

    static String prefix(String member) {
        return member + SEPARATOR;
    }

    /** An operation's entry: the version that decided it ("" for the program the topology was built with) and the operation's JSON. */
    static byte[] operation(String version, String json) {
        return ("O" + version.length() + ":" + version + json).getBytes(StandardCharsets.UTF_8);
    }

    /** A daily move's entry: the version in effect and the instant the account was moved to. */
    static byte[] advance(String version, Instant at) {
        return ("A" + version.length() + ":" + version + at.toEpochMilli()).getBytes(StandardCharsets.UTF_8);
    }

    /** A member's account: the snapshot with every journal entry applied in order, each by the version named in it. */
    static Held replay(String member, byte[] snapshot, ReadOnlyKeyValueStore<String, byte[]> journal, BiFunction<String, Instant, Accounts> byVersion) {
        MemberAccount account = AccountCodec.decode(snapshot);
        int entries = 0;
        long bytes = 0;
        try (KeyValueIterator<String, byte[]> it = journal.prefixScan(prefix(member), KEYS)) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                account = apply(account, kv.value, byVersion);
                entries++;
                bytes += kv.key.length() + kv.value.length;
            }
        }
        return new Held(account, entries, bytes, snapshot.length);
    }

    /** Applies one entry, by the version it names ({@code byVersion} gets the entry's instant for a version no longer known). */
    private static MemberAccount apply(MemberAccount account, byte[] entry, BiFunction<String, Instant, Accounts> byVersion) {
        String s = new String(entry, StandardCharsets.UTF_8);
        int colon = s.indexOf(':');
        int length = Integer.parseInt(s.substring(1, colon));
        String version = s.substring(colon + 1, colon + 1 + length);
        String rest = s.substring(colon + 1 + length);
        return switch (s.charAt(0)) {
            case 'O' -> {
                Operation op = RewardsJson.readOperation(rest);
                yield byVersion.apply(version, op.at()).apply(account, op).account();
            }
            case 'A' -> {
                Instant at = Instant.ofEpochMilli(Long.parseLong(rest));
                yield byVersion.apply(version, at).advance(account, at).account();
            }
            default -> throw new IllegalStateException("journal entry of an unknown kind: " + s.charAt(0));
        };
    }

    /** A member's account as the processor holds it, with the size of its journal since the snapshot. */
    static final class Held {
        MemberAccount account;
        int entries;
        long journalBytes;
        int snapshotBytes;
        /**
         * Moving the account to any instant up to this one has nothing to do ({@code Accounts.dueBy} is
         * false there, so before it too), under the program version {@link #quietUnder}; null when not known.
         */
        Instant quietUntil;
        String quietUnder;

        Held(MemberAccount account, int entries, long journalBytes, int snapshotBytes) {
            this.account = account;
            this.entries = entries;
            this.journalBytes = journalBytes;
            this.snapshotBytes = snapshotBytes;
        }

        /** True when the next snapshot is due: the journal weighs as much as the snapshot, or holds the most entries. */
        boolean snapshotDue() {
            return entries >= MAX_ENTRIES || journalBytes >= Math.max(MIN_BYTES, snapshotBytes);
        }
    }
}
