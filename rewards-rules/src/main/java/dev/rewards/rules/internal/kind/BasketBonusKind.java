package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.program.BasketBonus;
import java.util.Optional;

/** P3: fixed points when the spend in scope reaches a minimum. */
final class BasketBonusKind extends Kind {
    private final BasketBonus rule;
    private final Optional<Money> minimum;

    BasketBonusKind(BasketBonus rule) {
        super(rule.id(), rule.kind(), rule.scope(), rule.when());
        this.rule = rule;
        this.minimum = Optional.of(rule.minimumSpend());
    }

    @Override
    public Optional<Money> minimumSpend() {
        return minimum;
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        tally.bonus(s, rule.points());
    }

    @Override
    public String summary(RuleState s) {
        return "basket of " + s.spend() + " reached " + rule.minimumSpend() + ": " + Reasons.plural(s.points(), "point");
    }
}
