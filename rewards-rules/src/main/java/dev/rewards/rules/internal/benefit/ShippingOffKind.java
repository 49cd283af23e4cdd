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

/** A percentage or an amount off what is left of the shipping, never below zero. */
final class ShippingOffKind extends BenefitKind {
    private final Benefit.ShippingOff benefit;

    ShippingOffKind(Benefit.ShippingOff benefit) {
        this.benefit = benefit;
    }

    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        return shipping.signum() == 0 ? Optional.of(Reason.of(ReasonCode.NO_SHIPPING, "the transaction has no shipping to discount"))
                : Optional.empty();
    }

    @Override
    public Taken take(Till till) {
        BigDecimal off = benefit.percent().isPresent()
                ? till.shipping().multiply(benefit.percent().get()).movePointLeft(2).setScale(till.scale(), till.rounding().percentMode())
                : benefit.amount().orElseThrow().amount();
        return new Taken(till.zeros(), off.min(till.shipping()));
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return benefit.percent().map(p -> p.stripTrailingZeros().toPlainString() + "% off shipping").orElseGet(() -> benefit.amount().orElseThrow()
                + " off shipping") + ": " + amount;
    }
}
