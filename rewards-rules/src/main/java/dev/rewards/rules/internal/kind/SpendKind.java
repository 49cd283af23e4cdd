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
        BigDecimal[] shipping = rule.shippingEarns() ? shippingShares(s) : null;
        for (int l = 0; l < in.length; l++) {
            if (!in[l]) continue;
            BigDecimal base = shipping == null ? s.basket().amount(l) : s.basket().amount(l).add(shipping[l]);
            tally.base(s, l, Fraction.of(base, points, rule.per()));
        }
    }

    /**
     * L4: the shipping paid, shared over the lines in scope in proportion to what they earn on, in
     * minor units by largest remainder (ties to the first line); zeros when shipping does not earn.
     */
    private BigDecimal[] shippingShares(RuleState s) {
        Basket b = s.basket();
        boolean[] in = s.mask();
        BigDecimal[] out = new BigDecimal[in.length];
        java.util.Arrays.fill(out, BigDecimal.ZERO);
        BigDecimal shipping = rule.shippingEarns() ? b.shippingEarning() : BigDecimal.ZERO;
        if (shipping.signum() <= 0) return out;
        int scale = Money.scaleOf(b.currency());
        java.math.BigInteger units = shipping.movePointRight(scale).toBigIntegerExact();
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        java.math.BigInteger[] w = new java.math.BigInteger[in.length];
        for (int l = 0; l < in.length; l++) {
            w[l] = in[l] ? b.amount(l).movePointRight(scale).toBigIntegerExact() : java.math.BigInteger.ZERO;
            total = total.add(w[l]);
        }
        if (total.signum() == 0) return out;
        java.math.BigInteger[] rest = new java.math.BigInteger[in.length];
        java.math.BigInteger given = java.math.BigInteger.ZERO;
        for (int l = 0; l < in.length; l++) {
            java.math.BigInteger[] qr = units.multiply(w[l]).divideAndRemainder(total);
            out[l] = new BigDecimal(qr[0], scale);
            rest[l] = qr[1];
            given = given.add(qr[0]);
        }
        for (long left = units.subtract(given).longValueExact(); left > 0; left--) {
            int best = -1;
            for (int l = 0; l < in.length; l++) if (w[l].signum() > 0 && (best < 0 || rest[l].compareTo(rest[best]) > 0)) best = l;
            out[best] = out[best].add(BigDecimal.ONE.movePointLeft(scale));
            rest[best] = java.math.BigInteger.valueOf(-1);
        }
        return out;
    }

    @Override
    public String summary(RuleState s) {
        BigDecimal shipping = rule.shippingEarns() ? s.basket().shippingEarning() : BigDecimal.ZERO;
        return summaryPrefix(() -> rule.points() + " per " + rule.per().toPlainString() + " " + s.basket().currency().getCurrencyCode()
                + " on ") + s.spend() + (shipping.signum() > 0 ? " + " + Money.of(shipping, s.basket().currency()) + " shipping" : "")
                + ": " + Reasons.plural(s.points(), "point");
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
