package dev.rewards.rules.internal;

/** A fact saying that a rule will not apply to this transaction; the reason is kept by the {@link Evaluation}. */
public final class Closed {
    private final RuleEntry entry;

    Closed(RuleEntry entry) {
        this.entry = entry;
    }

    public RuleEntry getEntry() {
        return entry;
    }
}
