package dev.rewards.rules.internal.kind;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.Conditions;
import dev.rewards.program.CustomRule;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.RuleKind;
import java.util.List;
import java.util.Optional;

/**
 * Owner-written DRL: it applies when its DRL gave something (points, cashback, a discount, or closed
 * another rule), each recorded as a gift on its state by the custom phase.
 */
final class CustomKind extends Kind {
    private static final Reason CONDITIONS_NOT_MET = Reason.of(ReasonCode.CONDITIONS_NOT_MET, "the custom rule's conditions did not match");

    CustomKind(CustomRule rule) {
        super(rule.id(), RuleKind.CUSTOM, LineScope.ALL, Conditions.ALWAYS);
    }

    @Override
    public boolean looksAtLines() {
        return false;
    }

    @Override
    public String summary(RuleState s) {
        return String.join("; ", s.gifts()) + (s.points() != 0 ? ": " + Reasons.plural(s.points(), "point") : "");
    }

    /** The lines its discounts went to. */
    @Override
    public List<String> usedLines(RuleState s) {
        return s.usedLines();
    }

    @Override
    public Optional<Reason> afterTheFact(RuleState s) {
        return s.gifts().isEmpty() ? Optional.of(CONDITIONS_NOT_MET) : Optional.empty();
    }
}
