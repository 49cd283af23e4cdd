package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.FirstPurchaseBonus;
import java.util.Optional;

/** P3: fixed points on a member's first purchase. */
final class FirstPurchaseBonusKind extends Kind {
    private final FirstPurchaseBonus rule;

    FirstPurchaseBonusKind(FirstPurchaseBonus rule) {
        super(rule.id(), rule.kind(), rule.scope(), rule.when());
        this.rule = rule;
    }

    @Override
    public Optional<Money> minimumSpend() {
        return rule.minimumSpend();
    }

    @Override
    protected ReasonCode ownTest(Basket b) {
        return b.member().lifetimePurchases() > 0 ? ReasonCode.NOT_FIRST_PURCHASE : null;
    }

    @Override
    public Reason reason(ReasonCode code, Basket b, RuleState s) {
        if (code != ReasonCode.NOT_FIRST_PURCHASE) return super.reason(code, b, s);
        return Reason.of(code, "member made " + Reasons.plural(b.member().lifetimePurchases(), "purchase") + " before");
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        tally.bonus(s, rule.points());
    }

    @Override
    public String summary(RuleState s) {
        return "first purchase: " + Reasons.plural(s.points(), "point");
    }
}
