package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.RuleKind;
import dev.rewards.program.Tier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * C1, L10: the rule's rate (with the tier's boost) on its eligible spend, rounded as the rule says (down
 * by default), plus its fixed amount per purchase, then capped.
 */
final class CashbackKind extends Kind {
    private final CashbackRule rule;

    CashbackKind(CashbackRule rule) {
        super(rule.id(), RuleKind.CASHBACK, rule.scope(), rule.when());
        this.rule = rule;
    }

    private BigDecimal rate(Basket b) {
        Optional<Tier> tier = b.tierBefore();
        return rule.rateFor(tier.map(Tier::id)).add(tier.map(Tier::cashbackBoost).orElse(BigDecimal.ZERO));
    }

    @Override
    public Optional<Money> minimumSpend() {
        return rule.minimumSpend();
    }

    @Override
    protected ReasonCode ownTest(Basket b) {
        return rate(b).signum() == 0 && rule.fixed().isEmpty() ? ReasonCode.TIER_NOT_ELIGIBLE : null;
    }

    @Override
    public Reason reason(ReasonCode code, Basket b, RuleState s) {
        if (code != ReasonCode.TIER_NOT_ELIGIBLE) return super.reason(code, b, s);
        return Reason.of(code, "member's tier is " + b.tierBefore().map(Tier::id).orElse("(none)") + ", which has no rate");
    }

    @Override
    public void pay(RuleState s) {
        Money amount = s.spend().percent(rate(s.basket()), rule.rounding());
        if (rule.fixed().isPresent()) amount = amount.plus(rule.fixed().get());
        if (rule.capPerTransaction().isPresent() && amount.compareTo(rule.capPerTransaction().get()) > 0) {
            Money cap = rule.capPerTransaction().get();
            s.note(Reason.of(ReasonCode.CAPPED, "capped at " + cap + " per transaction; " + amount.minus(cap) + " not paid"));
            amount = cap;
        }
        s.addCashback(amount);
    }

    @Override
    public String summary(RuleState s) {
        BigDecimal rate = rate(s.basket());
        String how = rate.signum() == 0 ? rule.fixed().orElseThrow() + " per purchase"
                : rate.stripTrailingZeros().toPlainString() + "% of " + s.spend() + rule.fixed().map(f -> " + " + f + " per purchase").orElse("");
        return how + ": " + s.cashback() + " as " + rule.form().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public List<String> usedLines(RuleState s) {
        return Reasons.ids(s.lines());
    }
}
