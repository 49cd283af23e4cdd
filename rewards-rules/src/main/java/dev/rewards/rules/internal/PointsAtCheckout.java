package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.program.PointsConversion;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.rules.internal.benefit.PointsPaymentKind;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.DiscountLevel;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * L9: the points a transaction pays with, as one more voucher fact: an automatic order-level discount
 * of campaign {@value PointsConversion#CAMPAIGN_ID}, stacking as the program's conversion says,
 * applied after every voucher discount (the highest priority number), and rejected with every reason
 * the points cannot pay (no conversion, a guest, below the minimum, not a whole block, above the
 * maximum, more than the member can spend).
 */
final class PointsAtCheckout {
    private PointsAtCheckout() {
    }

    static Optional<VoucherFact> fact(Basket basket, int order) {
        Transaction tx = basket.transaction();
        long points = tx.payWithPoints();
        if (points == 0) return Optional.empty();
        Optional<PointsConversion> conversion = basket.program().accounts().conversion();
        PointsPaymentKind kind = new PointsPaymentKind(conversion, points, basket.currency());
        Stacking stacking = conversion.map(PointsConversion::checkout).orElse(Stacking.COMBINABLE);
        // the campaign carries stacking and level; what is taken is the kind's (the amount here only names it)
        Money named = kind.value().isPositive() ? kind.value() : Money.of(BigDecimal.ONE, basket.currency());
        VoucherCampaign campaign = new VoucherCampaign(PointsConversion.CAMPAIGN_ID, "paid with points", new Benefit.AmountOff(named, false),
                List.of(), stacking, Integer.MAX_VALUE, Optional.empty(), true, Optional.empty(), Optional.of(DiscountLevel.ORDER));
        VoucherFact fact = new VoucherFact(Optional.empty(), campaign, Optional.empty(), order, false, basket.member().id(), basket.lines(),
                tx.shipping().amount(), kind);
        if (conversion.isEmpty()) {
            fact.reject(Reason.of(ReasonCode.UNKNOWN_REWARD, "the program converts no points to money"));
        } else {
            if (!basket.enrolled()) fact.reject(Reason.of(ReasonCode.NOT_A_MEMBER, "only members pay with points"));
            for (Reason r : conversion.get().refusals(points, Optional.empty(), basket.member().spendablePoints())) fact.reject(r);
        }
        return Optional.of(fact);
    }

    /** True when the part of a line paid with points earns as money would. */
    static boolean paidWithPointsEarns(Basket basket) {
        return basket.program().accounts().conversion().map(PointsConversion::paidWithPointsEarns).orElse(false);
    }
}
