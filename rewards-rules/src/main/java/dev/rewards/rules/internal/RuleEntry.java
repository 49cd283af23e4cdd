package dev.rewards.rules.internal;

import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.program.CustomRule;
import dev.rewards.program.EarnRule;
import dev.rewards.program.LineScope;
import dev.rewards.program.PointsCap;
import dev.rewards.program.RuleKind;
import dev.rewards.program.Tier;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rule of a compiled program as the DRL sees it: its position in program order, kind, scope and
 * conditions, and the rule itself. Built once per program; immutable and shared by all threads.
 */
public final class RuleEntry {
    private final int index;
    private final String id;
    private final RuleKind kind;
    private final LineScope scope;
    private final Conditions conditions;
    private final Object rule;
    /** The part of the rule's summary that depends on the rule alone, made once (a benign race: every thread makes the same). */
    private volatile String summaryPrefix;

    RuleEntry(int index, String id, RuleKind kind, LineScope scope, Conditions conditions, Object rule) {
        this.index = index;
        this.id = id;
        this.kind = kind;
        this.scope = scope;
        this.conditions = conditions;
        this.rule = rule;
    }

    static RuleEntry of(int index, EarnRule r) {
        return new RuleEntry(index, r.id(), r.kind(), r.scope(), r.when(), r);
    }

    static RuleEntry of(int index, Tier t) {
        return new RuleEntry(index, t.id(), RuleKind.TIER_MULTIPLIER, LineScope.ALL, Conditions.ALWAYS, t);
    }

    static RuleEntry of(int index, PointsCap c) {
        return new RuleEntry(index, c.id(), RuleKind.POINTS_CAP, LineScope.ALL, Conditions.ALWAYS, c);
    }

    static RuleEntry of(int index, CashbackRule c) {
        return new RuleEntry(index, c.id(), RuleKind.CASHBACK, c.scope(), c.when(), c);
    }

    static RuleEntry of(int index, CustomRule c) {
        return new RuleEntry(index, c.id(), RuleKind.CUSTOM, LineScope.ALL, Conditions.ALWAYS, c);
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public RuleKind getKind() {
        return kind;
    }

    public LineScope getScope() {
        return scope;
    }

    /** True for the kinds that look at lines and conditions: earn rules and cashback. */
    public boolean isConditional() {
        return kind != RuleKind.TIER_MULTIPLIER && kind != RuleKind.POINTS_CAP && kind != RuleKind.CUSTOM;
    }

    public boolean startsAfter(LocalDateTime time) {
        return conditions.startsAfter(time);
    }

    public boolean endedBy(LocalDateTime time) {
        return conditions.endedBy(time);
    }

    public boolean excludesDay(DayOfWeek day) {
        return conditions.excludesDay(day);
    }

    public boolean excludesChannel(Optional<String> channel) {
        return conditions.excludesChannel(channel);
    }

    public boolean excludesStore(Optional<String> store) {
        return conditions.excludesStore(store);
    }

    Conditions conditions() {
        return conditions;
    }

    @SuppressWarnings("unchecked")
    <T> T rule() {
        return (T) rule;
    }

    @Override
    public String toString() {
        return kind.jsonName() + " " + id;
    }

    String summaryPrefix(Supplier<String> make) {
        String p = summaryPrefix;
        if (p == null) summaryPrefix = p = make.get();
        return p;
    }
}
