package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.program.PointsConversion;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * L9: points paid at checkout, an order discount on the lines decided with the vouchers: their whole
 * value or nothing (a member is never charged points for less than they are worth), over every line in
 * proportion to what is left of it, never on shipping. Not a {@code Benefit} of any campaign: the
 * engine makes it from the transaction's {@code payWithPoints} and the program's {@link PointsConversion}.
 */
public final class PointsPaymentKind extends BenefitKind {
    /** Null when the program converts no points (the fact is then rejected before it is applied). */
    private final PointsConversion conversion;
    private final long points;
    private final Money value;

    public PointsPaymentKind(Optional<PointsConversion> conversion, long points, java.util.Currency currency) {
        this.conversion = conversion.orElse(null);
        this.points = points;
        this.value = conversion.map(c -> c.valueOf(points)).orElse(Money.zero(currency));
    }

    public Money value() {
        return value;
    }

    @Override
    public Taken take(Till till) {
        BigDecimal left = BigDecimal.ZERO;
        for (BigDecimal r : till.remaining()) left = left.add(r);
        if (value.amount().signum() == 0 || left.compareTo(value.amount()) < 0) return new Taken(till.zeros(), BigDecimal.ZERO);
        return new Taken(till.allocateOverAll(value.amount()), BigDecimal.ZERO);
    }

    /** Why nothing was taken: the items left to pay cost less than the points are worth; the most points that fit. */
    @Override
    public Reason nothingTaken(Till till) {
        BigDecimal left = BigDecimal.ZERO;
        for (BigDecimal r : till.remaining()) left = left.add(r);
        Money leftMoney = Money.of(left.setScale(till.scale(), RoundingMode.UNNECESSARY), value.currency());
        long most = left.multiply(BigDecimal.valueOf(conversion.pointsPerUnit()))
                .divide(conversion.unitValue().amount(), 0, RoundingMode.DOWN).longValueExact();
        most -= most % conversion.block();
        while (most > 0 && leftMoney.isLessThan(conversion.valueOf(most))) most -= conversion.block();
        String use = most >= Math.max(conversion.minimumPoints(), 1) ? "; pay at most " + most + " points" : "";
        return Reason.of(ReasonCode.ABOVE_MAXIMUM_VALUE, points + " points are worth " + value + ", more than the " + leftMoney
                + " the items cost after the discounts before them" + use);
    }

    @Override
    public String type(dev.rewards.voucher.Benefit benefit) {
        return "points";
    }

    @Override
    public String summary(Money amount, String where, Optional<Money> balanceAfter) {
        return points + " points paid " + amount + where;
    }
}
