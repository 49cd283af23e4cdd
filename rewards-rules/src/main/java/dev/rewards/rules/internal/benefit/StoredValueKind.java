package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A gift voucher: pays what is left after every discount, lines first, then shipping, from its balance. */
final class StoredValueKind extends BenefitKind {
    @Override
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        // M3: a balance in another currency would be spent as if it were this one; it is not applicable
        if (balance.isPresent() && !lines.isEmpty() && !balance.get().currency().equals(lines.get(0).unitPrice().currency())) {
            return Optional.of(Reason.of(ReasonCode.CURRENCY_MISMATCH, "the gift voucher holds " + balance.get() + ", not "
                    + lines.get(0).unitPrice().currency().getCurrencyCode() + ", the currency of the basket"));
        }
        return balance.map(Money::isPositive).orElse(false) ? Optional.empty()
                : Optional.of(Reason.of(ReasonCode.BALANCE_EMPTY, "the gift voucher has no balance left"));
    }

    @Override
    public Taken pay(Till till, Optional<Money> balance) {
        BigDecimal left = balance.orElseThrow().amount();
        BigDecimal remaining = BigDecimal.ZERO;
        for (BigDecimal r : till.remaining()) remaining = remaining.add(r);
        BigDecimal onLines = left.min(remaining);
        return new Taken(till.allocateOverAll(onLines), left.subtract(onLines).min(till.shipping()));
    }

    @Override
    public Optional<Money> balanceAfter(Money balance, Money amount) {
        return Optional.of(balance.minus(amount));
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return "gift voucher paid " + amount + "; " + balanceAfter.orElseThrow() + " left";
    }
}
