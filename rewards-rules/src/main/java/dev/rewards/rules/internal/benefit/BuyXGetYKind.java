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
 * Buy X, get Y discounted (D2): from one pool, every X + Y eligible units discount the cheapest Y of
 * them; with items to get, each X bought discounts Y of those, the cheapest first. At most the
 * benefit's number of times per order.
 */
final class BuyXGetYKind extends BenefitKind {
    private final Benefit.BuyXGetY benefit;

    BuyXGetYKind(Benefit.BuyXGetY benefit) {
        this.benefit = benefit;
    }

    private boolean gets(Line line) {
        return benefit.getItems().map(s -> s.matches(line)).orElse(true);
    }

    /** How many times the deal applies to {@code bought} units bought and {@code gettable} units to get (one pool: both the pool). */
    private long times(long bought, long gettable) {
        long times = benefit.getItems().isEmpty() ? bought / (benefit.buy() + benefit.get()) : bought / benefit.buy();
        return benefit.maxTimes() > 0 ? Math.min(times, benefit.maxTimes()) : times;
    }

    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        long bought = 0;
        long gettable = 0;
        for (Line l : lines) {
            if (!campaign.admits(l)) continue;
            if (benefit.getItems().isEmpty() || !gets(l)) bought += l.quantity();
            if (benefit.getItems().isPresent() && gets(l)) gettable += l.quantity();
        }
        if (benefit.getItems().isEmpty()) {
            long need = benefit.buy() + benefit.get();
            if (bought >= need) return Optional.empty();
            return Optional.of(new Reason(ReasonCode.TOO_FEW_ITEMS, "buy " + benefit.buy() + ", get " + benefit.get() + ": the basket has "
                    + bought + " eligible " + items(bought) + ", add " + (need - bought) + " more",
                    Optional.of(new Shortfall(BigDecimal.valueOf(need - bought), "items"))));
        }
        if (bought < benefit.buy()) {
            return Optional.of(new Reason(ReasonCode.TOO_FEW_ITEMS, "buy " + benefit.buy() + " to get " + benefit.get() + ": the basket has "
                    + bought + " " + items(bought) + " that count, add " + (benefit.buy() - bought) + " more",
                    Optional.of(new Shortfall(BigDecimal.valueOf(benefit.buy() - bought), "items"))));
        }
        if (gettable == 0) {
            return Optional.of(Reason.of(ReasonCode.ITEM_NOT_IN_BASKET, "none of the items to get at a discount is in the basket"));
        }
        return Optional.empty();
    }

    private static String items(long n) {
        return n == 1 ? "item" : "items";
    }

    @Override
    public Taken take(Till till) {
        Units units = new Units(till);
        long[] taken;
        if (benefit.getItems().isEmpty()) {
            List<Integer> pool = units.ordered(false, l -> true);
            taken = units.take(pool, times(units.count(pool), 0) * benefit.get());
        } else {
            List<Integer> getting = units.ordered(false, l -> gets(till.lines().get(l)));
            List<Integer> buying = units.ordered(false, l -> !gets(till.lines().get(l)));
            long gettable = units.count(getting);
            taken = units.take(getting, Math.min(times(units.count(buying), gettable) * benefit.get(), gettable));
        }
        return new Taken(units.off(taken, benefit.percent(), benefit.amountEach()), BigDecimal.ZERO);
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "buy " + benefit.buy() + ", get " + benefit.get() + " " + Discounted.at(benefit.percent(), benefit.amountEach()) + ": " + amount + where;
    }
}
