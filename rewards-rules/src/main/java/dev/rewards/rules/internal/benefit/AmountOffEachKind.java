package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A fixed amount off each eligible unit, dearest units first, up to a number of units per order. */
final class AmountOffEachKind extends BenefitKind {
    private final Benefit.AmountOffEach benefit;

    AmountOffEachKind(Benefit.AmountOffEach benefit) {
        this.benefit = benefit;
    }

    @Override
    public Taken take(Till till) {
        BigDecimal[] byLine = till.zeros();
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < byLine.length; l++) if (till.admitted()[l]) order.add(l);
        // the dearest units first (then line-id order), so a limit on units gives the customer the most
        order.sort(Comparator.comparing((Integer l) -> till.lines().get(l).unitPrice().amount()).reversed().thenComparing(l -> l));
        long unitsLeft = benefit.maxUnits() > 0 ? benefit.maxUnits() : Long.MAX_VALUE;
        for (int l : order) {
            if (unitsLeft == 0) break;
            Line line = till.lines().get(l);
            long units = Math.min(benefit.maxUnitsPerLine() > 0 ? Math.min(line.quantity(), benefit.maxUnitsPerLine()) : line.quantity(), unitsLeft);
            byLine[l] = benefit.amount().amount().multiply(BigDecimal.valueOf(units)).min(till.remaining()[l]);
            unitsLeft -= units;
        }
        return new Taken(byLine, BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return benefit.amount() + " off each item" + (benefit.maxUnitsPerLine() > 0 ? " (up to " + benefit.maxUnitsPerLine() + " of each)" : "")
                + (benefit.maxUnits() > 0 ? " (up to " + benefit.maxUnits() + ")" : "") + ": "
                + amount + where;
    }
}
