package dev.rewards.rules.internal.kind;

import dev.rewards.program.Multiplier;

/** P3: a factor on the spend points of the lines in scope, while its conditions hold. */
final class MultiplierKind extends FactorKind {
    MultiplierKind(Multiplier rule) {
        super(rule.id(), rule.kind(), rule.scope(), rule.when(), rule.factor());
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        tally.factor(s, factor(), s.mask());
    }
}
