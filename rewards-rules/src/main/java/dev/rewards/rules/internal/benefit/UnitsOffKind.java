package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A percentage or an amount off the cheapest (or dearest) N eligible units, once per order. */
final class UnitsOffKind extends BenefitKind {
    private final Benefit.UnitsOff benefit;

    UnitsOffKind(Benefit.UnitsOff benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        Units units = new Units(till);
        List<Integer> order = units.ordered(benefit.pick() == Benefit.Pick.DEAREST, l -> true);
        return new Taken(units.off(units.take(order, benefit.units()), benefit.percent(), benefit.amountEach()), BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        String which = "the " + (benefit.pick() == Benefit.Pick.CHEAPEST ? "cheapest " : "dearest ") + (benefit.units() == 1 ? "item" : benefit.units() + " items");
        String text = Discounted.isFree(benefit.percent()) ? which + " free" : Discounted.off(benefit.percent(), benefit.amountEach()) + " " + which;
        return text + ": " + amount + where;
    }
}
