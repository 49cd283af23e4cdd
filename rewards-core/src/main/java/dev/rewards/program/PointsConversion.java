package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * P8: {@code pointsPerUnit} points are worth {@code unitValue} (100 points = 1.00 EUR), for at least
 * {@code minimumPoints} and at most {@code maximumValue} per order, and only in whole {@code block}s
 * of points when above 1 (L9: blocks of 500). Values are rounded down to the currency's minor unit.
 *
 * <p>L9, points at checkout: a transaction that asks to pay with points
 * ({@code Transaction.payWithPoints}) gets their value as an order discount on its lines, decided
 * with the vouchers: {@code checkout} says how it stacks with them (COMBINABLE: after every voucher
 * discount, on what they left; EXCLUSIVE: it or the vouchers' discounts, as the program's conflict
 * policy picks; EXCLUSIVE_IN_LEVEL: it or the other order-level discounts). {@code paidWithPointsEarns}
 * false (the default): the part of a line paid with points earns no points or cashback and does not
 * qualify for tiers, whatever the earn basis; true: it earns as money would.
 *
 * <p>Immutable and thread-safe.
 */
public record PointsConversion(long pointsPerUnit, Money unitValue, long minimumPoints, Money maximumValue, long block,
                               Stacking checkout, boolean paidWithPointsEarns) {

    /** The campaign id under which points paid at checkout appear among an outcome's vouchers. */
    public static final String CAMPAIGN_ID = VoucherPolicy.POINTS_CAMPAIGN;

    public PointsConversion {
        checkout = checkout == null ? Stacking.COMBINABLE : checkout;
        Checks checks = Checks.start();
        checks.positive(pointsPerUnit, "pointsPerUnit");
        if (checks.present(unitValue, "unitValue")) checks.positive(unitValue.amount(), "unitValue");
        checks.notNegative(minimumPoints, "minimumPoints");
        if (checks.present(maximumValue, "maximumValue")) checks.positive(maximumValue.amount(), "maximumValue");
        if (unitValue != null && maximumValue != null) {
            checks.require(unitValue.currency().equals(maximumValue.currency()), "maximumValue", "must be in "
                    + unitValue.currency().getCurrencyCode() + ", the currency of unitValue, was " + maximumValue);
        }
        checks.positive(block, "block");
        checks.require(checkout != Stacking.ONE_PER_ITEM, "checkout", "points pay for the order, not per item: "
                + "COMBINABLE, EXCLUSIVE or EXCLUSIVE_IN_LEVEL");
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** Any number of points from the minimum on, combinable with vouchers, the part paid with points earning nothing. */
    public PointsConversion(long pointsPerUnit, Money unitValue, long minimumPoints, Money maximumValue) {
        this(pointsPerUnit, unitValue, minimumPoints, maximumValue, 1);
    }

    /** Redeemed in whole blocks of {@code block} points. */
    public PointsConversion(long pointsPerUnit, Money unitValue, long minimumPoints, Money maximumValue, long block) {
        this(pointsPerUnit, unitValue, minimumPoints, maximumValue, block, Stacking.COMBINABLE, false);
    }

    /** The same conversion, redeemed only in whole blocks of {@code points}. */
    public PointsConversion inBlocksOf(long points) {
        return new PointsConversion(pointsPerUnit, unitValue, minimumPoints, maximumValue, points, checkout, paidWithPointsEarns);
    }

    /** The same conversion, stacking with vouchers at checkout as {@code stacking} says. */
    public PointsConversion atCheckout(Stacking stacking) {
        return new PointsConversion(pointsPerUnit, unitValue, minimumPoints, maximumValue, block, stacking, paidWithPointsEarns);
    }

    /** The same conversion, where the part of a line paid with points earns ({@code true}) or not. */
    public PointsConversion paidWithPointsEarns(boolean earns) {
        return new PointsConversion(pointsPerUnit, unitValue, minimumPoints, maximumValue, block, checkout, earns);
    }

    /** What {@code points} are worth, rounded down to the minor unit. */
    public Money valueOf(long points) {
        BigDecimal raw = unitValue.amount().multiply(BigDecimal.valueOf(points)).divide(BigDecimal.valueOf(pointsPerUnit),
                Money.scaleOf(unitValue.currency()), RoundingMode.DOWN);
        return Money.of(raw, unitValue.currency());
    }

    /**
     * Every reason why {@code points} cannot pay for an order of {@code orderTotal} (empty: no order
     * limit beyond the maximum) by a member who can spend {@code spendable} (empty: the host vouches):
     * below the minimum, not a whole block, worth more than the maximum or the order, more than held.
     * Empty when they can.
     */
    public List<Reason> refusals(long points, Optional<Money> orderTotal, OptionalLong spendable) {
        List<Reason> why = new ArrayList<>();
        Money value = valueOf(points);
        if (points < minimumPoints) {
            why.add(new Reason(ReasonCode.BELOW_MINIMUM_POINTS, "redeem at least " + minimumPoints + " points, " + (minimumPoints - points)
                    + " more", Optional.of(new Shortfall(BigDecimal.valueOf(minimumPoints - points), "points"))));
        }
        if (points % block != 0) {
            // L9: whole blocks only; the distance is to the next block up
            long below = points - points % block;
            why.add(new Reason(ReasonCode.NOT_A_WHOLE_BLOCK, "points are redeemed in blocks of " + block + ": " + points + " is not one; "
                    + (below > 0 ? below + " or " : "") + (below + block) + " is", Optional.of(new Shortfall(BigDecimal.valueOf(below + block - points), "points"))));
        }
        Money most = orderTotal.map(maximumValue::min).orElse(maximumValue);
        if (most.isLessThan(value)) {
            why.add(Reason.of(ReasonCode.ABOVE_MAXIMUM_VALUE, points + " points are worth " + value + ", more than the maximum " + most
                    + " for this order" + (most.equals(maximumValue) ? "" : " (what it costs)")));
        }
        if (spendable.isPresent() && spendable.getAsLong() < points) {
            why.add(new Reason(ReasonCode.NOT_ENOUGH_POINTS, "needs " + points + " points, " + spendable.getAsLong() + " spendable",
                    Optional.of(new Shortfall(BigDecimal.valueOf(points - spendable.getAsLong()), "points"))));
        }
        return why;
    }
}
