package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a voucher gives (V1). Discounts ({@link PercentOff}, {@link AmountOff}, {@link FreeItem},
 * {@link FreeShipping}) lower the price and take part in stacking; a {@link StoredValue} gift voucher
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

    /** A fixed amount off the eligible lines, never more than what they cost (V1). */
    record AmountOff(Money amount) implements Benefit {
        public AmountOff {
            Checks checks = Checks.start();
            if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
            checks.throwIfAny(InvalidProgramException::new);
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
     * {@code maxUnits} units of one order when above zero (0: every unit), taken from the dearest
     * units first, and never more than what a unit still costs.
     */
    record AmountOffEach(Money amount, int maxUnits) implements Benefit {
        public AmountOffEach {
            Checks checks = Checks.start();
            if (checks.present(amount, "amount")) checks.positive(amount.amount(), "amount");
            checks.notNegative(maxUnits, "maxUnits");
            checks.throwIfAny(InvalidProgramException::new);
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
