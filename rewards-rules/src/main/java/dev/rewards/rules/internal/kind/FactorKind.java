package dev.rewards.rules.internal.kind;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.RuleKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** What the two multiplying kinds share: a factor on spend points, its summary and why it may add nothing. */
abstract class FactorKind extends Kind {
    private static final Reason NOTHING_TO_MULTIPLY = Reason.of(ReasonCode.NOTHING_TO_MULTIPLY, "its lines earned no spend points to multiply");
    private static final Reason SUPERSEDED = Reason.of(ReasonCode.SUPERSEDED, "a higher multiplier applied on every line it covers");

    private final BigDecimal factor;

    FactorKind(String id, RuleKind kind, LineScope scope, Conditions when, BigDecimal factor) {
        super(id, kind, scope, when);
        this.factor = factor;
    }

    BigDecimal factor() {
        return factor;
    }

    @Override
    public String summary(RuleState s) {
        return summaryPrefix(() -> "x" + factor.stripTrailingZeros().toPlainString() + " on ")
                + Reasons.plural(s.usedLines().size(), "line") + ": +" + Reasons.plural(s.points(), "point");
    }

    /** The lines on which it added points, in line-id order. */
    @Override
    public List<String> usedLines(RuleState s) {
        return s.usedLines();
    }

    @Override
    public Optional<Reason> afterTheFact(RuleState s) {
        if (!s.exact().isZero()) return Optional.empty();
        return Optional.of(s.isCovered() ? SUPERSEDED : NOTHING_TO_MULTIPLY);
    }
}
