package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The transaction's shipping, free. */
final class FreeShippingKind extends BenefitKind {
    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        return shipping.signum() == 0 ? Optional.of(Reason.of(ReasonCode.NO_SHIPPING, "the transaction has no shipping to make free"))
                : Optional.empty();
    }

    @Override
    public Taken take(Till till) {
        return new Taken(till.zeros(), till.shipping());
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "free shipping: " + amount;
    }
}
