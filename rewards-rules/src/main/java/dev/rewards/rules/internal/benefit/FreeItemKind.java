package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Up to a number of units of one SKU free, when the basket holds them. */
final class FreeItemKind extends BenefitKind {
    private final Benefit.FreeItem benefit;

    FreeItemKind(Benefit.FreeItem benefit) {
        this.benefit = benefit;
    }

    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        for (Line l : lines) if (l.sku().equals(benefit.sku()) && campaign.admits(l)) return Optional.empty();
        return Optional.of(Reason.of(ReasonCode.ITEM_NOT_IN_BASKET, "the free item " + benefit.sku() + " is not in the basket (or not eligible)"));
    }

    @Override
    public Taken take(Till till) {
        BigDecimal[] byLine = till.zeros();
        int units = benefit.quantity();
        for (int l = 0; l < byLine.length && units > 0; l++) {
            Line line = till.lines().get(l);
            if (!till.admitted()[l] || !line.sku().equals(benefit.sku())) continue;
            int free = Math.min(units, line.quantity());
            byLine[l] = line.unitPrice().amount().multiply(BigDecimal.valueOf(free)).min(till.remaining()[l]);
            units -= free;
        }
        return new Taken(byLine, BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "free " + benefit.sku() + ": " + amount + where;
    }
}
