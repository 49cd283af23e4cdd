package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine does that depends on a voucher's benefit (V1): whether it has anything to act
 * on in this basket, what it takes off the lines and shipping (a discount) or pays (a gift voucher),
 * and the summary of its result. One subclass per {@link Benefit} kind, made by {@link #of} through
 * the compiler-checked {@link Benefit.Cases}. Immutable and thread-safe.
 */
public abstract class BenefitKind {
    private static final Benefit.Cases<BenefitKind> KINDS = new Benefit.Cases<>() {
        @Override
        public BenefitKind percentOff(Benefit.PercentOff b) {
            return new PercentOffKind(b);
        }

        @Override
        public BenefitKind amountOff(Benefit.AmountOff b) {
            return new AmountOffKind(b);
        }

        @Override
        public BenefitKind amountOffEach(Benefit.AmountOffEach b) {
            return new AmountOffEachKind(b);
        }

        @Override
        public BenefitKind amountOffEachLine(Benefit.AmountOffEachLine b) {
            return new AmountOffEachLineKind(b);
        }

        @Override
        public BenefitKind unitsOff(Benefit.UnitsOff b) {
            return new UnitsOffKind(b);
        }

        @Override
        public BenefitKind buyXGetY(Benefit.BuyXGetY b) {
            return new BuyXGetYKind(b);
        }

        @Override
        public BenefitKind bundlePrice(Benefit.BundlePrice b) {
            return new BundlePriceKind(b);
        }

        @Override
        public BenefitKind shippingOff(Benefit.ShippingOff b) {
            return new ShippingOffKind(b);
        }

        @Override
        public BenefitKind freeItem(Benefit.FreeItem b) {
            return new FreeItemKind(b);
        }

        @Override
        public BenefitKind freeShipping(Benefit.FreeShipping b) {
            return new FreeShippingKind();
        }

        @Override
        public BenefitKind storedValue(Benefit.StoredValue b) {
            return new StoredValueKind();
        }

        @Override
        public BenefitKind reward(Benefit.Reward b) {
            return new RewardKind(b);
        }
    };

    public static BenefitKind of(Benefit benefit) {
        return benefit.accept(KINDS);
    }

    /**
     * Why the benefit has nothing to act on in this basket (V1: a free item not in it, no shipping, a
     * gift voucher without balance); empty when it can act. {@code label} names the voucher, masked.
     */
    public Optional<Reason> unusable(VoucherCampaign campaign, List<Line> lines, BigDecimal shipping, Optional<Money> balance) {
        return Optional.empty();
    }

    /** A discount: what it takes from what is left. Payments and rewards take nothing here. */
    public Taken take(Till till) {
        return new Taken(till.zeros(), BigDecimal.ZERO);
    }

    /** After every discount: what a gift voucher pays of what is left, from its balance. */
    public Taken pay(Till till, Optional<Money> balance) {
        return new Taken(till.zeros(), BigDecimal.ZERO);
    }

    /** Why a discount accepted by every check took nothing: what the vouchers before it left was not enough. */
    public Reason nothingTaken(Till till) {
        return Reason.of(dev.rewards.reason.ReasonCode.NOTHING_LEFT, "discounts applied before it left nothing for it to take off");
    }

    /** The benefit's type as outcomes name it. */
    public String type(Benefit benefit) {
        return benefit.type();
    }

    /** True when the voucher counts as applied even though it took no money (a non-monetary reward). */
    public boolean appliesWithoutAmount() {
        return false;
    }

    /** The balance a gift voucher has left after paying {@code amount}. */
    public Optional<Money> balanceAfter(Money balance, Money amount) {
        return Optional.empty();
    }

    /** What a non-monetary reward grants. */
    public Optional<String> reward() {
        return Optional.empty();
    }

    /** The one-line summary of an applied voucher: {@code amount} in all, {@code where} names its lines. */
    public abstract String summary(Money amount, String where, Optional<Money> balanceAfter);
}
