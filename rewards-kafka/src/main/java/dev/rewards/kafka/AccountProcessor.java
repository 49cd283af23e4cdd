package dev.rewards.kafka;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.RewardsException;
import dev.rewards.account.AccountCodec;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.json.AuditRecord;
import dev.rewards.json.RewardsJson;
import dev.rewards.reason.Reason;
import dev.rewards.voucher.store.VoucherStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides one member's operations in the order they arrive: the account read (held in memory, or
 * its snapshot with the journal since applied, {@link Journal}; opened and enrolled at the
 * operation's instant for a member seen the first time), the operation applied by {@link Accounts},
 * the operation appended to the member's journal (a snapshot now and then), and what it did
 * forwarded. Once a day of stream time every account is moved to that time (expiry, confirmations,
 * tier reviews) and its events go out. One instance per stream task; the program is compiled once
 * per JVM; up to {@code cached} accounts are held as objects between operations (least recently
 * used go first), dropped whenever the task is initialised or closed so that they never outlive the
 * stores they were read from.
 */
final class AccountProcessor implements Processor<String, String, String, String> {
    static final String NAME = "accounts";
    static final String OUTCOMES = "outcomes";
    static final String EVENTS = "events";
    static final String EFFECTS = "effects";
    static final String AUDIT = "audit";

    private final String programJson;
    private final boolean audit;
    private final boolean versioned;
    /** V6: where voucher uses, limits, budgets and gift balances are kept across members, when the host gives a store. */
    private final Optional<VoucherStore> vouchers;
    /** The accounts of each program version this task has met. */
    private final Map<String, Accounts> byProgram = new HashMap<>();
    private final Map<String, Journal.Held> held;
    /**
     * Every member whose account is in this task's store, in key order: read once when the task starts,
     * so the daily move walks ids rather than every snapshot's bytes.
     */
    private final java.util.NavigableSet<String> members = new java.util.TreeSet<>();
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, byte[]> store;
    private KeyValueStore<String, byte[]> journal;
    /** The program versions of the compacted programs topic, when the topology has one. */
    private KeyValueStore<String, String> versions;

    AccountProcessor(String programJson, boolean audit, boolean versioned, Optional<VoucherStore> vouchers, int cached,
                     Optional<dev.rewards.transaction.ExchangeRates> rates) {
        this.rates = rates;
        this.programJson = programJson;
        this.audit = audit;
        this.versioned = versioned;
        this.vouchers = vouchers;
        this.held = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Journal.Held> eldest) {
                return size() > cached;
            }
        };
    }

    private Accounts accountsOf(String json) {
        return byProgram.computeIfAbsent(json, j -> vouchers.map(v -> new Accounts(ProgramVersions.compiled(j), v))
                .orElseGet(() -> new Accounts(ProgramVersions.compiled(j))));
    }

    private Accounts byVersion(String key, Instant at) {
        return accountsOf(ProgramVersions.byKey(versions, key, at, programJson));
    }

    private ProgramVersions.Version versionAt(Instant at) {
        return versioned ? ProgramVersions.inEffect(versions, at, programJson) : new ProgramVersions.Version("", programJson);
    }

    /** M5: the host's rate table, if any. */
    private final Optional<dev.rewards.transaction.ExchangeRates> rates;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.store = context.getStateStore(RewardsTopology.STORE);
        this.journal = context.getStateStore(RewardsTopology.JOURNAL);
        this.held.clear();
        this.members.clear();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) members.add(all.next().key);
        }
        if (versioned) this.versions = context.getStateStore(ProgramVersions.STORE);
        context.schedule(Duration.ofDays(1), PunctuationType.STREAM_TIME, this::advanceAll);
    }

    @Override
    public void close() {
        held.clear();
        members.clear();
    }

    /** The member's account as held, or read from the stores; null for a member never seen. */
    private Journal.Held load(String member) {
        Journal.Held h = held.get(member);
        if (h != null) return h;
        byte[] stored = store.get(member);
        if (stored == null) return null;
        h = Journal.replay(member, stored, journal, this::byVersion);
        held.put(member, h);
        return h;
    }

    @Override
    public void process(Record<String, String> record) {
        String forgotten = RewardsTopology.forgetting(record.value());
        if (forgotten != null) {
            forget(record, forgotten);
            return;
        }
        Operation op;
        try {
            op = RewardsJson.readOperation(record.value());
        } catch (RewardsException e) {
            rejected(record, record.key(), "bad operation: " + e.getMessage());
            return;
        }
        if (record.key() != null && !record.key().equals(op.memberId())) {
            rejected(record, record.key(), "the record's key is " + record.key() + " but the operation is for member " + op.memberId());
            return;
        }
        // the version in effect at the operation's own instant decides it, whenever it is processed
        ProgramVersions.Version version = versionAt(op.at());
        Accounts accounts = accountsOf(version.json());
        // M5: a basket in another currency is decided, and journaled, converted
        Optional<dev.rewards.money.CurrencyConversion> conversion = Optional.empty();
        String decided = record.value();
        if (rates.isPresent() && op instanceof Operation.Purchase p && !p.transaction().currency().equals(accounts.program().currency())
                && rates.get().target().equals(accounts.program().currency()) && rates.get().rate(p.transaction().currency()).isPresent()) {
            dev.rewards.transaction.ExchangeRates.Converted c = rates.get().convert(p.transaction());
            op = new Operation.Purchase(c.transaction());
            conversion = c.conversion();
            decided = RewardsJson.write(op);
        }
        Journal.Held h = load(op.memberId());
        MemberAccount before = h == null ? accounts.open(op.memberId(), op.at(), Optional.empty()) : h.account;
        AccountResult result;
        AuditRecord auditRecord = null;
        try {
            if (audit) {
                AuditRecord.Audited a = AuditRecord.of(accounts, before, op);
                result = a.result();
                auditRecord = a.record();
            } else {
                result = accounts.apply(before, op);
            }
        } catch (RewardsException e) {
            // an operation the library refuses as input (a basket in another currency, a tier the program lacks): answered, nothing changes
            rejected(record, op.memberId(), e.getMessage());
            return;
        }
        if (result.duplicate()) return; // delivered again: already decided, nothing changes, nothing goes out twice
        if (h == null) {
            snapshot(op.memberId(), new Journal.Held(result.account(), 0, 0, 0));
        } else if (result.applied() || !result.events().isEmpty()) {
            // a refused operation that moved nothing leaves the account (and the changelog) alone
            append(op.memberId(), h, Journal.operation(version.key(), decided), result.account());
            if (h.snapshotDue()) snapshot(op.memberId(), h);
        }
        long ts = record.timestamp();
        Optional<dev.rewards.money.CurrencyConversion> converted = conversion;
        String member = op.memberId();
        result.outcome().map(o -> converted.map(o::withConversion).orElse(o))
                .ifPresent(o -> context.forward(new Record<>(member, RewardsJson.write(o), ts), OUTCOMES));
        for (AccountEvent e : result.events()) context.forward(new Record<>(op.memberId(), RewardsJson.write(e), ts), EVENTS);
        for (Reason why : result.rejected()) rejected(record, op.memberId(), why.code() + ": " + why.message());
        for (MemberEvent effect : result.effects()) {
            context.forward(new Record<>(effect.memberId(), RewardsJson.write(new Operation.Event(effect)), ts), EFFECTS);
        }
        if (auditRecord != null) context.forward(new Record<>(op.memberId(), RewardsJson.pretty(auditJson(auditRecord)), ts), AUDIT);
    }

    private void append(String member, Journal.Held h, byte[] entry, MemberAccount after) {
        String key = Journal.key(member, h.entries);
        journal.put(key, entry);
        h.entries++;
        h.journalBytes += key.length() + entry.length;
        h.account = after;
        h.quietUntil = null;
    }

    /**
     * S4: the member's snapshot and journal deleted (their changelogs get tombstones), the member no
     * longer held or moved; a {@code FORGOTTEN} event says it is done. Other members are not touched.
     */
    private void forget(Record<String, String> record, String member) {
        if (record.key() != null && !record.key().equals(member)) {
            rejected(record, record.key(), "the record's key is " + record.key() + " but the member to forget is " + member);
            return;
        }
        Journal.Held h = load(member);
        if (h != null) {
            for (int seq = 0; seq < h.entries; seq++) journal.delete(Journal.key(member, seq));
            store.delete(member);
        }
        held.remove(member);
        members.remove(member);
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("type", "FORGOTTEN").put("memberId", member)
                .put("message", h == null ? "no account was held" : "the account, its snapshot and its journal are deleted");
        context.forward(new Record<>(member, o.toString(), record.timestamp()), EVENTS);
    }

    /** A new snapshot of the account held, and its journal gone. */
    private void snapshot(String member, Journal.Held h) {
        byte[] bytes = AccountCodec.encode(h.account);
        store.put(member, bytes);
        members.add(member);
        for (int seq = 0; seq < h.entries; seq++) journal.delete(Journal.key(member, seq));
        h.entries = 0;
        h.journalBytes = 0;
        h.snapshotBytes = bytes.length;
        held.put(member, h);
    }

    /** Once a day of stream time: every account moved to that time, and what that did sent out. */
    private void advanceAll(long streamTime) {
        Instant at = Instant.ofEpochMilli(streamTime);
        ProgramVersions.Version version = versionAt(at);
        Accounts accounts = accountsOf(version.json());
        List<String> due = new ArrayList<>();
        for (String member : members) {
            Journal.Held h = load(member);
            // nothing falls due: moving would only move the clock (known from an earlier look ahead, or looked at now)
            if (h.quietUntil != null && !at.isAfter(h.quietUntil) && version.key().equals(h.quietUnder)) continue;
            if (!accounts.dueBy(h.account, at)) {
                h.quietUntil = quietUntil(accounts, h.account, at);
                h.quietUnder = version.key();
                continue;
            }
            AccountResult moved = accounts.advance(h.account, at);
            if (moved.events().isEmpty()) continue; // nothing happened: leave the account (and the changelog) alone
            for (AccountEvent e : moved.events()) context.forward(new Record<>(member, RewardsJson.write(e), streamTime), EVENTS);
            append(member, h, Journal.advance(version.key(), at), moved.account());
            if (h.snapshotDue()) due.add(member);
        }
        // written once the walk is over: a snapshot adds to the set walked
        for (String member : due) snapshot(member, load(member));
    }

    /**
     * The latest of {@code at} plus 1, 2, 4 ... 256 days before which moving the account has nothing to
     * do (at least {@code at}, where it has nothing to do): {@code dueBy} only turns true as time goes
     * on, so the days before it need no look.
     */
    private static Instant quietUntil(Accounts accounts, MemberAccount a, Instant at) {
        Instant quiet = at;
        for (int days = 1; days <= 256; days *= 2) {
            Instant later = at.plus(Duration.ofDays(days));
            // never past the last instant the library accepts (an operation dated 9999-12-31 moves stream time there)
            if (later.isAfter(dev.rewards.internal.Checks.LATEST) || accounts.dueBy(a, later)) break;
            quiet = later;
        }
        return quiet;
    }

    private void rejected(Record<String, String> record, String member, String why) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("type", "REJECTED").put("memberId", member == null ? "" : member)
                .put("message", why);
        context.forward(new Record<>(member, o.toString(), record.timestamp()), EVENTS);
    }

    private static com.fasterxml.jackson.databind.JsonNode auditJson(AuditRecord r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("programId", r.programId()).put("programVersion", r.programVersion());
        o.set("accountBefore", RewardsJson.parse(r.accountBefore()));
        o.set("operation", RewardsJson.parse(r.operation()));
        o.set("accountAfter", RewardsJson.parse(r.accountAfter()));
        var events = o.putArray("events");
        r.events().forEach(e -> events.add(RewardsJson.parse(e)));
        return o;
    }

}
