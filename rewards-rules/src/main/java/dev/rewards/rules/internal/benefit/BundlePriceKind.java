package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * N eligible units for a fixed price (D4): bundles from the dearest units first, as many as the basket
 * makes (at most the benefit's number), each only while its units cost more than the price; the saving
 * is spread over the bundled units' lines.
 */
final class BundlePriceKind extends BenefitKind {
    private final Benefit.BundlePrice benefit;

    BundlePriceKind(Benefit.BundlePrice benefit) {
        this.benefit = benefit;
    }

    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        long n = 0;
        for (Line l : lines) if (campaign.admits(l)) n += l.quantity();
        if (n >= benefit.units()) return Optional.empty();
        return Optional.of(new Reason(ReasonCode.TOO_FEW_ITEMS, "any " + benefit.units() + " for " + benefit.price() + ": the basket has " + n
                + " eligible " + (n == 1 ? "item" : "items") + ", add " + (benefit.units() - n) + " more",
                Optional.of(new Shortfall(BigDecimal.valueOf(benefit.units() - n), "items"))));
    }

    @Override
    public Taken take(Till till) {
        Units units = new Units(till);
        List<Integer> dearest = units.ordered(true, l -> true);
        long size = benefit.units();
        long bundles = units.count(dearest) / size;
        if (benefit.maxTimes() > 0) bundles = Math.min(bundles, benefit.maxTimes());
        // bundles are worth less and less: keep those worth more than the price (binary search, lines are never expanded)
        long lo = 0;
        long hi = bundles;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (units.valueOf(dearest, mid * size, (mid + 1) * size).compareTo(benefit.price().amount()) > 0) lo = mid + 1;
            else hi = mid;
        }
        long[] taken = units.take(dearest, lo * size);
        BigDecimal saving = units.price(taken).subtract(benefit.price().amount().multiply(BigDecimal.valueOf(lo))).max(BigDecimal.ZERO);
        return new Taken(units.spread(saving, taken), BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "any " + benefit.units() + " for " + benefit.price() + ": " + amount + " off" + where;
    }
}
