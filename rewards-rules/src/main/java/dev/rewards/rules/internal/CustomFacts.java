package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.RuleKind;
import dev.rewards.rules.api.CashbackGrant;
import dev.rewards.rules.api.LineDiscount;
import dev.rewards.rules.api.PointsGrant;
import dev.rewards.rules.api.RuleClosure;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.rules.internal.kind.RuleState;
import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * The Java partner of custom.drl: what custom rules insert (the vocabulary of
 * {@code dev.rewards.rules.api}) becomes points, cashback, discounts and closed rules, each recorded
 * on the custom rule's state for its verdict. Everything is taken before the points are counted;
 * a fact that arrives later (a custom rule with a salience below the count's) is an error, never a
 * silent omission.
 */
final class CustomFacts {
    private final ProgramTable table;
    private final Basket basket;
    private final IntFunction<RuleState> stateAt;
    private final PointsCount points;
    private BigDecimal discounted = BigDecimal.ZERO;
    private boolean counted;

    CustomFacts(ProgramTable table, Basket basket, IntFunction<RuleState> stateAt, PointsCount points) {
        this.table = table;
        this.basket = basket;
        this.stateAt = stateAt;
        this.points = points;
    }

    /** The points are being counted: from now on a custom fact would be missed. */
    void countStarts() {
        counted = true;
    }

    void grant(PointsGrant g) {
        RuleState custom = custom(g.getRuleId(), g);
        if (custom == null) return;
        points.grant(custom, g.getPoints());
        custom.gift(g.getMessage() + " (+" + g.getPoints() + ")");
    }

    void grant(CashbackGrant g) {
        RuleState custom = custom(g.getRuleId(), g);
        if (custom == null) return;
        Money amount = money(g.getAmount(), g);
        custom.addCashback(amount);
        custom.gift(g.getMessage() + " (" + amount + " cashback)");
    }

    void discount(LineDiscount d) {
        RuleState custom = custom(d.getRuleId(), d);
        int line = basket.positionOf(d.getLineId());
        if (line < 0) {
            throw new IllegalStateException("Custom DRL discounted line '" + d.getLineId() + "', which transaction "
                    + basket.transaction().id() + " does not have (" + d + ")");
        }
        Money asked = money(d.getAmount(), d);
        if (custom == null) return;
        BigDecimal taken = basket.discount(line, asked.amount());
        discounted = discounted.add(taken);
        Money off = Money.of(taken, basket.currency());
        custom.gift(d.getMessage() + " (" + off + " off line " + d.getLineId()
                + (taken.compareTo(asked.amount()) < 0 ? ", limited to what was left of " + asked : "") + ")");
        custom.use(d.getLineId());
        for (int i = 0; i < table.entries().size(); i++) {
            RuleState s = stateAt.apply(i);
            if (s != null) s.forgetSpend();
        }
    }

    void close(RuleClosure c) {
        RuleState custom = custom(c.getByRuleId(), c);
        int index = table.indexOf(c.getRuleId());
        if (index == Integer.MAX_VALUE) {
            throw new IllegalStateException("Custom DRL closed rule '" + c.getRuleId() + "', which program " + table.program().label()
                    + " does not have (" + c + ")");
        }
        if (custom == null) return;
        RuleState target = stateAt.apply(index);
        // a rule the basket cannot concern does not apply already; its verdict says why
        if (target != null && !target.isClosed()) {
            target.close(Reason.of(ReasonCode.CLOSED_BY_RULE, c.getMessage() + " (custom rule " + c.getByRuleId() + ")"));
        }
        custom.gift("closed " + c.getRuleId() + ": " + c.getMessage());
    }

    /** What custom rules took off the lines. */
    Money discounted() {
        return Money.of(discounted, basket.currency());
    }

    /** The custom rule's state; null when it gives nothing: for a non-member, or when another custom rule closed it. */
    private RuleState custom(String ruleId, Object fact) {
        if (counted) {
            throw new IllegalStateException("Custom DRL inserted " + fact + " after the points were counted: give the custom rule a"
                    + " salience above -40 (the default, 0, is right)");
        }
        int index = table.indexOf(ruleId);
        RuleState s = index == Integer.MAX_VALUE ? null : stateAt.apply(index);
        if (index == Integer.MAX_VALUE || table.entries().get(index).getKind() != RuleKind.CUSTOM) {
            throw new IllegalStateException("Custom DRL inserted " + fact + " for '" + ruleId + "', which is not a custom rule of program "
                    + table.program().label());
        }
        return basket.enrolled() && s.isLive() ? s : null;
    }

    private Money money(BigDecimal amount, Object fact) {
        int scale = Money.scaleOf(basket.currency());
        if (amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalStateException("Custom DRL inserted " + fact + " with more decimals than " + basket.currency().getCurrencyCode()
                    + " has (" + scale + ")");
        }
        return Money.of(amount, basket.currency());
    }
}
