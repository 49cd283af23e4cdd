package dev.rewards.program;

import dev.rewards.transaction.LineScope;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * P1: {@code points} points per {@code per} currency units of eligible spend, such as 1 point per
 * 1.00 EUR. Spend is the lines' price times quantity, shipping excluded. Fractions of a point are
 * kept exactly and rounded once, as the program's {@link PointsRounding} says. With a
 * {@code minimumSpend}, the rule earns nothing on a purchase below it ("from 20.00 EUR"), read on the
 * eligible lines or on the whole basket ({@link MinimumOn}); below it the outcome says how much more
 * to spend.
 *
 * <p>Immutable and thread-safe.
 */
public record SpendRule(String id, long points, BigDecimal per, LineScope scope, Conditions when, Optional<Money> minimumSpend,
                        MinimumOn minimumOn, boolean shippingEarns) implements EarnRule {

    public SpendRule {
        scope = scope == null ? LineScope.ALL : scope;
        when = when == null ? Conditions.ALWAYS : when;
        minimumSpend = minimumSpend == null ? Optional.empty() : minimumSpend;
        minimumOn = minimumOn == null ? MinimumOn.ELIGIBLE_LINES : minimumOn;
        Checks checks = Checks.start().id(id, "id").positive(points, "points").positive(per, "per");
        minimumSpend.ifPresent(m -> checks.positive(m.amount(), "minimumSpend"));
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** A rule on the lines only (shipping earns nothing). */
    public SpendRule(String id, long points, BigDecimal per, LineScope scope, Conditions when, Optional<Money> minimumSpend,
                     MinimumOn minimumOn) {
        this(id, points, per, scope, when, minimumSpend, minimumOn, false);
    }

    /** A spend rule with no minimum. */
    public SpendRule(String id, long points, BigDecimal per, LineScope scope, Conditions when) {
        this(id, points, per, scope, when, Optional.empty(), MinimumOn.ELIGIBLE_LINES);
    }

    /** The same rule, earning only on purchases of at least {@code minimum}, read on {@code on}. */
    public SpendRule withMinimumSpend(Money minimum, MinimumOn on) {
        return new SpendRule(id, points, per, scope, when, Optional.of(minimum), on, shippingEarns);
    }

    /** {@code points} per {@code per} currency units on every line, always. */
    public static SpendRule of(String id, long points, String per) {
        return new SpendRule(id, points, new BigDecimal(per), LineScope.ALL, Conditions.ALWAYS);
    }

    public SpendRule withScope(LineScope scope) {
        return new SpendRule(id, points, per, scope, when, minimumSpend, minimumOn, shippingEarns);
    }

    public SpendRule withWhen(Conditions when) {
        return new SpendRule(id, points, per, scope, when, minimumSpend, minimumOn, shippingEarns);
    }

    /**
     * L4: the same rule, earning on the shipping paid as well (after shipping discounts when the program
     * earns on the price paid), shared over the lines in scope in proportion to their amounts, so that
     * returning items takes back their share.
     */
    public SpendRule withShippingEarning() {
        return new SpendRule(id, points, per, scope, when, minimumSpend, minimumOn, true);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.SPEND;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.spend(this);
    }
}
