package dev.rewards.rules.internal;

import dev.rewards.transaction.LineScope;
import dev.rewards.program.RuleKind;
import dev.rewards.rules.internal.kind.Kind;

/**
 * One rule of a compiled program: its position in program order and its {@link Kind}. Built once per
 * program; immutable and shared by all threads.
 */
public final class RuleEntry {
    private final int index;
    private final Kind kind;

    RuleEntry(int index, Kind kind) {
        this.index = index;
        this.kind = kind;
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return kind.id();
    }

    public RuleKind getKind() {
        return kind.kind();
    }

    Kind kind() {
        return kind;
    }

    LineScope scope() {
        return kind.scope();
    }

    /** True for the kinds that look at lines and conditions: earn rules and cashback. */
    boolean isConditional() {
        return kind.looksAtLines();
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
