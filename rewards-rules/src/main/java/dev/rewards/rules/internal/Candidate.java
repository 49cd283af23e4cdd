package dev.rewards.rules.internal;

import dev.rewards.reason.ReasonCode;
import dev.rewards.program.RuleKind;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.rules.internal.kind.RuleState;
import java.util.List;

/**
 * One rule a basket may concern, as a fact of one evaluation, with the tests of its kind answered for
 * this transaction ({@link dev.rewards.rules.internal.kind.Kind#closingCodes}): the rules test plain
 * properties (alpha constraints, shared and indexed by the engine). eligibility.drl closes it for
 * every failed test; earning.drl opens it when none failed. The rules the index skips get their
 * verdicts from the same answers, so the two paths cannot disagree.
 */
public final class Candidate {
    private final RuleState state;
    private final Basket basket;
    private final List<ReasonCode> codes;

    Candidate(RuleState state, Basket basket) {
        this.state = state;
        this.basket = basket;
        this.codes = state.kind().closingCodes(basket, state);
    }

    public RuleKind getKind() {
        return state.kind().kind();
    }

    /** Some test closes the rule (for a non-member, every rule is closed). */
    public boolean isClosed() {
        return !codes.isEmpty();
    }

    /** No test closes the rule: it applies. */
    public boolean isOpen() {
        return codes.isEmpty();
    }

    /** Records every reason the rule does not apply. */
    public void close() {
        state.closeFor(codes);
    }

    public void apply() {
        state.open();
    }

    @Override
    public String toString() {
        return "Candidate[" + state.kind() + "]";
    }
}
