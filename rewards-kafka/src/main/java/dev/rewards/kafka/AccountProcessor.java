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
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Decides one member's operations in the order they arrive: the account read from the store (opened,
 * enrolled at the operation's instant, for a member seen the first time), the operation applied by
 * {@link Accounts}, the account written back in its compact form, and what it did forwarded. Once a
 * day of stream time every account is moved to that time (expiry, confirmations, tier reviews) and
 * its events go out. One instance per stream task; the program is compiled once per JVM.
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
    private final java.util.Map<String, Accounts> byProgram = new java.util.HashMap<>();
    private Accounts accounts;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, byte[]> store;
    /** The program versions of the compacted programs topic, when the topology has one. */
    private KeyValueStore<String, String> versions;

    AccountProcessor(String programJson, boolean audit, boolean versioned, Optional<VoucherStore> vouchers) {
        this.programJson = programJson;
        this.audit = audit;
        this.versioned = versioned;
        this.vouchers = vouchers;
    }

    private Accounts accountsOf(String json) {
        return byProgram.computeIfAbsent(json, j -> vouchers.map(v -> new Accounts(ProgramVersions.compiled(j), v))
                .orElseGet(() -> new Accounts(ProgramVersions.compiled(j))));
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.store = context.getStateStore(RewardsTopology.STORE);
        this.accounts = accountsOf(programJson);
        if (versioned) this.versions = context.getStateStore(ProgramVersions.STORE);
        context.schedule(Duration.ofDays(1), PunctuationType.STREAM_TIME, this::advanceAll);
    }

    @Override
    public void process(Record<String, String> record) {
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
        Accounts accounts = versioned ? accountsOf(ProgramVersions.inEffect(versions, op.at(), programJson)) : this.accounts;
        byte[] stored = store.get(op.memberId());
        MemberAccount before = stored == null ? accounts.open(op.memberId(), op.at(), Optional.empty()) : AccountCodec.decode(stored);
        AccountResult result;
        AuditRecord auditRecord = null;
        if (audit) {
            AuditRecord.Audited a = AuditRecord.of(accounts, before, op);
            result = a.result();
            auditRecord = a.record();
        } else {
            result = accounts.apply(before, op);
        }
        if (result.duplicate()) return; // delivered again: already decided, nothing changes, nothing goes out twice
        // a refused operation that moved nothing leaves the stored account (and the changelog) alone; no deep comparison per record
        if (result.applied() || !result.events().isEmpty() || stored == null) store.put(op.memberId(), AccountCodec.encode(result.account()));
        long ts = record.timestamp();
        result.outcome().ifPresent(o -> context.forward(new Record<>(op.memberId(), RewardsJson.write(o), ts), OUTCOMES));
        for (AccountEvent e : result.events()) context.forward(new Record<>(op.memberId(), RewardsJson.write(e), ts), EVENTS);
        for (Reason why : result.rejected()) rejected(record, op.memberId(), why.code() + ": " + why.message());
        for (MemberEvent effect : result.effects()) {
            context.forward(new Record<>(effect.memberId(), RewardsJson.write(new Operation.Event(effect)), ts), EFFECTS);
        }
        if (auditRecord != null) context.forward(new Record<>(op.memberId(), RewardsJson.pretty(auditJson(auditRecord)), ts), AUDIT);
    }

    /** Once a day of stream time: every account moved to that time, and what that did sent out. */
    private void advanceAll(long streamTime) {
        Instant at = Instant.ofEpochMilli(streamTime);
        List<KeyValue<String, byte[]>> changed = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> kv = all.next();
                MemberAccount a = AccountCodec.decode(kv.value);
                if (!at.isAfter(a.clock())) continue;
                AccountResult moved = accounts.advance(a, at);
                if (moved.events().isEmpty()) continue; // nothing happened: leave the stored account (and the changelog) alone
                for (AccountEvent e : moved.events()) context.forward(new Record<>(kv.key, RewardsJson.write(e), streamTime), EVENTS);
                changed.add(KeyValue.pair(kv.key, AccountCodec.encode(moved.account())));
            }
        }
        store.putAll(changed);
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
