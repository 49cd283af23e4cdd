package dev.rewards.voucher;

/**
 * Where a discount acts (D7), as e-commerce engines split promotions: on items, on the order, or on
 * shipping. A campaign's level is its own setting or, when it has none, its benefit's
 * ({@link #of(Benefit)}). {@link Stacking#EXCLUSIVE_IN_LEVEL} makes a campaign exclusive among the
 * discounts of its level only, so an exclusive item offer still combines with free shipping.
 */
public enum DiscountLevel {
    /** Prices of items: per unit, per line, cheapest units, buy X get Y, bundles, free items. */
    ITEM,
    /** The order as a whole: a percentage or an amount off what the lines cost together. */
    ORDER,
    /** The shipping charge. */
    SHIPPING;

    private static final Benefit.Cases<DiscountLevel> LEVELS = new Benefit.Cases<>() {
        @Override
        public DiscountLevel percentOff(Benefit.PercentOff b) {
            return ORDER;
        }

        @Override
        public DiscountLevel amountOff(Benefit.AmountOff b) {
            return ORDER;
        }

        @Override
        public DiscountLevel amountOffEach(Benefit.AmountOffEach b) {
            return ITEM;
        }

        @Override
        public DiscountLevel amountOffEachLine(Benefit.AmountOffEachLine b) {
            return ITEM;
        }

        @Override
        public DiscountLevel unitsOff(Benefit.UnitsOff b) {
            return ITEM;
        }

        @Override
        public DiscountLevel buyXGetY(Benefit.BuyXGetY b) {
            return ITEM;
        }

        @Override
        public DiscountLevel bundlePrice(Benefit.BundlePrice b) {
            return ITEM;
        }

        @Override
        public DiscountLevel shippingOff(Benefit.ShippingOff b) {
            return SHIPPING;
        }

        @Override
        public DiscountLevel freeItem(Benefit.FreeItem b) {
            return ITEM;
        }

        @Override
        public DiscountLevel freeShipping(Benefit.FreeShipping b) {
            return SHIPPING;
        }

        @Override
        public DiscountLevel storedValue(Benefit.StoredValue b) {
            return ORDER;
        }

        @Override
        public DiscountLevel reward(Benefit.Reward b) {
            return ORDER;
        }
    };

    /**
     * The level of a benefit when its campaign sets none: shipping discounts on shipping, a percentage
     * or an amount off on the order, every per-unit or per-line shape on items. (Gift vouchers and
     * non-monetary rewards do not stack; they are given ORDER.)
     */
    public static DiscountLevel of(Benefit benefit) {
        return benefit.accept(LEVELS);
    }

    /** Lower case, for explanations: "item", "order", "shipping". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
