package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.transaction.LineScope;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a voucher gives (V1, D1-D4). Discounts ({@link PercentOff}, {@link AmountOff},
 * {@link AmountOffEach}, {@link AmountOffEachLine}, {@link UnitsOff}, {@link BuyXGetY},
 * {@link BundlePrice}, {@link FreeItem}, {@link FreeShipping}) lower the price and take part in stacking; a {@link StoredValue} gift voucher
 * pays like a means of payment, after every discount, and its balance carries over; a {@link Reward}
 * is non-monetary (a tasting, a trip) and is only recorded as granted.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Benefit {

    /** The JSON name of the benefit's type. */
    String type();

    /** Calls the method of {@code cases} for this benefit's kind. */
    <R> R accept(Cases<R> cases);

    /** One method per benefit kind: the exhaustive dispatch over the family, checked by the compiler. */
    interface Cases<R> {
        R percentOff(PercentOff b);

        R amountOff(AmountOff b);

        R amountOffEach(AmountOffEach b);

        R amountOffEachLine(AmountOffEachLine b);

        R unitsOff(UnitsOff b);

        R buyXGetY(BuyXGetY b);

        R bundlePrice(BundlePrice b);

        R shippingOff(ShippingOff b);

        R freeItem(FreeItem b);

        R freeShipping(FreeShipping b);

        R storedValue(StoredValue b);

        R reward(Reward b);
    }

    /** True for the benefits that lower the price and take part in stacking. */
    default boolean isDiscount() {
        return true;
    }

    /** {@code percent} off the eligible lines' price, rounded half up to the currency's minor unit, at most {@code maximum}. */
    record PercentOff(BigDecimal percent, Optional<Money> maximum) implements Benefit {
        public PercentOff {
            maximum = maximum == null ? Optional.empty() : maximum;
            Checks checks = Checks.start();
            if (checks.present(percent, "percent")) {
                checks.positive(percent, "percent");
                checks.require(percent.compareTo(Messages.HUNDRED) <= 0, "percent", Messages.percentOver100(percent));
            }
            maximum.ifPresent(m -> checks.positive(m.amount(), "maximum"));
            checks.throwIfAny(InvalidProgramException::new);
        }

        public static PercentOff of(String percent) {
            return new PercentOff(new BigDecimal(percent), Optional.empty());
        }

        public PercentOff withMaximum(Money max) {
            return new PercentOff(percent, Optional.of(max));
        }

        @Override
        public String type() {
            return "percentOff";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.percentOff(this);
        }
    }

    /**
     * A fixed amount off the eligible lines, never more than what they cost (V1); with
     * {@code reachesShipping}, what the lines cannot take comes off the shipping (never below zero).
     */
    record AmountOff(Money amount, boolean reachesShipping) implements Benefit {
        public AmountOff {
            Checks checks = Checks.start();
            if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** An amount off the lines only. */
        public AmountOff(Money amount) {
            this(amount, false);
        }

        /** The same amount, whatever the lines cannot take coming off the shipping. */
        public AmountOff reachingShipping() {
            return new AmountOff(amount, true);
        }

        @Override
        public String type() {
            return "amountOff";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.amountOff(this);
        }
    }

    /**
     * A fixed amount off each unit of the eligible lines ("2.00 off each bag of beans"), for at most
     * {@code maxUnits} units of one order and {@code maxUnitsPerLine} of one line when above zero (0:
     * every unit; "each, up to 2 per item"), taken from the dearest units first, and never more than
     * what a unit still costs.
     */
    record AmountOffEach(Money amount, int maxUnits, int maxUnitsPerLine) implements Benefit {
        public AmountOffEach {
            Checks checks = Checks.start();
            if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
            checks.notNegative(maxUnits, "maxUnits");
            checks.notNegative(maxUnitsPerLine, "maxUnitsPerLine");
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** Without a limit per line. */
        public AmountOffEach(Money amount, int maxUnits) {
            this(amount, maxUnits, 0);
        }

        @Override
        public String type() {
            return "amountOffEach";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.amountOffEach(this);
        }
    }

    /** A fixed amount off each eligible line ("1.00 off every line of tea"), never more than what the line still costs. */
    record AmountOffEachLine(Money amount) implements Benefit {
        public AmountOffEachLine {
            Checks checks = Checks.start();
            if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public String type() {
            return "amountOffEachLine";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.amountOffEachLine(this);
        }
    }

    /** Which units a discount on some units picks: the cheapest or the dearest eligible ones (by what is left of their price). */
    enum Pick { CHEAPEST, DEAREST }

    /**
     * {@code percent} off (100: free), or {@code amountEach} off each, of the {@code units} cheapest (or
     * dearest) eligible units, once per order: "the cheapest item free", "50% off the 2 dearest".
     * Exactly one of {@code percent} and {@code amountEach}.
     */
    record UnitsOff(int units, Pick pick, Optional<BigDecimal> percent, Optional<Money> amountEach) implements Benefit {
        public UnitsOff {
            percent = percent == null ? Optional.empty() : percent;
            amountEach = amountEach == null ? Optional.empty() : amountEach;
            Checks checks = Checks.start();
            checks.positive(units, "units");
            checks.present(pick, "pick");
            Benefit.percentOrAmount(checks, percent, amountEach);
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** The {@code units} cheapest eligible units free. */
        public static UnitsOff cheapestFree(int units) {
            return new UnitsOff(units, Pick.CHEAPEST, Optional.of(Messages.HUNDRED), Optional.empty());
        }

        @Override
        public String type() {
            return "unitsOff";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.unitsOff(this);
        }
    }

    /**
     * Buy {@code buy}, get {@code get} at {@code percent} off (100: free) or {@code amountEach} off each,
     * at most {@code maxTimes} times per order (0: as often as the basket allows). Without
     * {@code getItems}, one pool of eligible units: every {@code buy + get} of them, the cheapest
     * {@code get} are discounted ("3 for 2"). With {@code getItems}, eligible units matching it are what
     * is discounted (the cheapest first) and the other eligible units are what is bought: each
     * {@code buy} of those discounts {@code get} of these ("buy 2 shirts, get a pair of socks free").
     */
    record BuyXGetY(int buy, int get, Optional<BigDecimal> percent, Optional<Money> amountEach, int maxTimes,
                    Optional<LineScope> getItems) implements Benefit {
        public BuyXGetY {
            percent = percent == null ? Optional.empty() : percent;
            amountEach = amountEach == null ? Optional.empty() : amountEach;
            getItems = getItems == null ? Optional.empty() : getItems;
            Checks checks = Checks.start();
            checks.positive(buy, "buy");
            checks.positive(get, "get");
            checks.notNegative(maxTimes, "maxTimes");
            Benefit.percentOrAmount(checks, percent, amountEach);
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** Buy {@code buy}, get {@code get} free, from one pool, as often as the basket allows. */
        public static BuyXGetY free(int buy, int get) {
            return new BuyXGetY(buy, get, Optional.of(Messages.HUNDRED), Optional.empty(), 0, Optional.empty());
        }

        public BuyXGetY atMost(int times) {
            return new BuyXGetY(buy, get, percent, amountEach, times, getItems);
        }

        public BuyXGetY getting(LineScope items) {
            return new BuyXGetY(buy, get, percent, amountEach, maxTimes, Optional.of(items));
        }

        @Override
        public String type() {
            return "buyXGetY";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.buyXGetY(this);
        }
    }

    /**
     * Any {@code units} eligible units for {@code price} together ("any 3 for 10.00"), at most
     * {@code maxTimes} bundles per order (0: as many as the basket makes). Bundles are made from the
     * dearest units first (the most the customer saves); a bundle whose units cost no more than the
     * price gives nothing.
     */
    record BundlePrice(int units, Money price, int maxTimes) implements Benefit {
        public BundlePrice {
            Checks checks = Checks.start();
            checks.require(units >= 2, "units", "a bundle needs at least 2 units, was " + units);
            if (checks.present(price, "price")) checks.notNegative(price.amount(), "price");
            checks.notNegative(maxTimes, "maxTimes");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public String type() {
            return "bundlePrice";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.bundlePrice(this);
        }
    }

    /**
     * {@code percent} off the shipping (rounded as the program rounds percentages) or {@code amount} off
     * it, never below zero (V1). Exactly one of the two.
     */
    record ShippingOff(Optional<BigDecimal> percent, Optional<Money> amount) implements Benefit {
        public ShippingOff {
            percent = percent == null ? Optional.empty() : percent;
            amount = amount == null ? Optional.empty() : amount;
            Checks checks = Checks.start();
            Benefit.percentOrAmount(checks, percent, amount);
            checks.throwIfAny(InvalidProgramException::new);
        }

        public static ShippingOff percent(String percent) {
            return new ShippingOff(Optional.of(new BigDecimal(percent)), Optional.empty());
        }

        public static ShippingOff amount(Money amount) {
            return new ShippingOff(Optional.empty(), Optional.of(amount));
        }

        @Override
        public String type() {
            return "shippingOff";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.shippingOff(this);
        }
    }

    /** Exactly one of a percentage (above 0, at most 100) and an amount (above 0). */
    private static void percentOrAmount(Checks checks, Optional<BigDecimal> percent, Optional<Money> amount) {
        checks.require(percent.isPresent() != amount.isPresent(), "percent", "give either percent or an amount, and only one");
        percent.ifPresent(p -> checks.positive(p, "percent").require(p.compareTo(Messages.HUNDRED) <= 0, "percent", Messages.percentOver100(p)));
        amount.ifPresent(a -> checks.positive(a.amount(), "amountEach"));
    }

    /** Up to {@code quantity} units of {@code sku} free, when the basket holds them. */
    record FreeItem(String sku, int quantity) implements Benefit {
        public FreeItem {
            Checks checks = Checks.start();
            if (checks.present(sku, "sku")) checks.require(!sku.isBlank(), "sku", Messages.blank());
            checks.positive(quantity, "quantity");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public String type() {
            return "freeItem";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.freeItem(this);
        }
    }

    /** The transaction's shipping, free. */
    record FreeShipping() implements Benefit {
        @Override
        public String type() {
            return "freeShipping";
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.freeShipping(this);
        }
    }

    /**
     * A gift voucher holding {@code value} when issued, spent over one or more purchases. It pays for
     * what is left after every discount (lines, then shipping) and never lowers the spend that earns
     * points: the member paid for the voucher itself.
     */
    record StoredValue(Money value) implements Benefit {
        public StoredValue {
            Checks checks = Checks.start();
            if (checks.present(value, "value")) checks.positive(value.amount(), "value");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public String type() {
            return "storedValue";
        }

        @Override
        public boolean isDiscount() {
            return false;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.storedValue(this);
        }
    }

    /** A non-monetary reward (an experience, a trip): accepted or rejected like any voucher, worth no discount. */
    record Reward(String description) implements Benefit {
        public Reward {
            Objects.requireNonNull(description, "description");
            Checks checks = Checks.start();
            checks.require(!description.isBlank(), "description", Messages.blank());
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public String type() {
            return "reward";
        }

        @Override
        public boolean isDiscount() {
            return false;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.reward(this);
        }
    }
}
