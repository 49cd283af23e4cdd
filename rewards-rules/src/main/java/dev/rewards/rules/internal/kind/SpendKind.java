package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.program.MinimumOn;
import dev.rewards.program.SpendRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** P1: points per amount of eligible spend, exact on each line until the transaction is rounded. */
final class SpendKind extends Kind {
    private final SpendRule rule;
    private final BigDecimal points;

    SpendKind(SpendRule rule) {
        super(rule.id(), rule.kind(), rule.scope(), rule.when());
        this.rule = rule;
        this.points = BigDecimal.valueOf(rule.points());
    }

    @Override
    public Optional<Money> minimumSpend() {
        return rule.minimumSpend();
    }

    @Override
    public Money spendForMinimum(Basket basket, RuleState s) {
        return rule.minimumOn() == MinimumOn.BASKET ? basket.earningTotal() : s.spend();
    }

    @Override
    public String minimumReadOn() {
        return rule.minimumOn() == MinimumOn.BASKET ? "basket" : "eligible spend";
    }

    @Override
    public void earn(RuleState s, Tally tally) {
        boolean[] in = s.mask();
        for (int l = 0; l < in.length; l++) if (in[l]) tally.base(s, l, Fraction.of(s.basket().amount(l), points, rule.per()));
    }

    @Override
    public String summary(RuleState s) {
        return summaryPrefix(() -> rule.points() + " per " + rule.per().toPlainString() + " " + s.basket().currency().getCurrencyCode()
                + " on ") + s.spend() + ": " + Reasons.plural(s.points(), "point");
    }

    @Override
    public List<String> usedLines(RuleState s) {
        return Reasons.ids(s.lines());
    }

    /** The rule's share rounded to no point: how much more spend one point needs. */
    @Override
    public Optional<Reason> afterTheFact(RuleState s) {
        if (s.points() != 0) return Optional.empty();
        Money spend = s.spend();
        BigDecimal forOnePoint = rule.per().divide(points, Money.scaleOf(spend.currency()), RoundingMode.CEILING);
        BigDecimal missing = forOnePoint.subtract(spend.amount()).max(BigDecimal.ZERO);
        String message = missing.signum() > 0
                ? "spend " + Money.of(missing, spend.currency()) + " more to earn a point (eligible spend " + spend + ")"
                : "its share rounded to less than one point";
        return Optional.of(new Reason(ReasonCode.BELOW_ONE_POINT, message,
                missing.signum() > 0 ? Optional.of(new Shortfall(missing, spend.currency().getCurrencyCode())) : Optional.empty()));
    }
}
