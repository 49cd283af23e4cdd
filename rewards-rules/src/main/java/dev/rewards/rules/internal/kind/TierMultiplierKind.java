package dev.rewards.rules.internal.kind;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.RuleKind;
import dev.rewards.program.Tier;

/** T3: a tier's earn multiplier on every line's spend points, for the members of that tier. */
final class TierMultiplierKind extends FactorKind {
    TierMultiplierKind(Tier tier) {
        super(tier.id(), RuleKind.TIER_MULTIPLIER, LineScope.ALL, Conditions.ALWAYS, tier.earnMultiplier());
    }

    @Override
    public boolean looksAtLines() {
        return false;
    }

    @Override
    protected ReasonCode ownTest(Basket b) {
        return b.tierBefore().filter(t -> t.id().equals(id())).isEmpty() ? ReasonCode.TIER_NOT_ELIGIBLE : null;
    }

    @Override
    public Reason reason(ReasonCode code, Basket b, RuleState s) {
        if (code != ReasonCode.TIER_NOT_ELIGIBLE) return super.reason(code, b, s);
        return Reason.of(code, "member's tier is " + b.tierBefore().map(Tier::id).orElse("(none)") + ", not " + id());
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        tally.factor(s, factor(), null);
    }
}
