package dev.rewards.terms;

import dev.rewards.money.Money;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.DiscountLevel;
import dev.rewards.voucher.ContainsItems;
import dev.rewards.voucher.MinimumQuantity;
import dev.rewards.voucher.NthOrder;
import dev.rewards.voucher.Segments;
import dev.rewards.voucher.ShipTo;
import dev.rewards.voucher.Blackout;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

import static dev.rewards.terms.Terms.days;
import static dev.rewards.terms.Terms.list;
import static dev.rewards.terms.Terms.plain;
import static dev.rewards.terms.Terms.scope;
import static dev.rewards.terms.Terms.text;
import static dev.rewards.terms.Terms.when;

/**
 * The terms of one voucher campaign (V1-V7, D1-D4, Q1-Q4): its benefit and its restrictions in words,
 * each kind through the compiler-checked {@link Benefit.Cases} and {@link Restriction.Cases}.
 * Stateless; thread-safe.
 */
final class CampaignTerms {
    private CampaignTerms() {
    }

    /** "50% off" or "2.00 EUR off each". */
    private static String off(Optional<BigDecimal> percent, Optional<Money> amount) {
        return percent.map(p -> plain(p) + "% off").orElseGet(() -> amount.orElseThrow() + " off each of");
    }

    private static boolean free(Optional<BigDecimal> percent) {
        return percent.filter(p -> p.compareTo(new BigDecimal("100")) == 0).isPresent();
    }

    static String campaign(VoucherCampaign c, String cur) {
        StringBuilder s = new StringBuilder("**").append(text(c.name().isEmpty() ? c.id() : c.name())).append("**");
        if (c.code().isPresent()) s.append(" (code ").append(c.code().get()).append(")");
        else if (c.automatic()) s.append(" (automatic, no code needed)");
        else s.append(" (personal codes)");
        s.append(": ");
        s.append(c.benefit().accept(new Benefit.Cases<String>() {
            @Override
            public String percentOff(Benefit.PercentOff p) {
                return plain(p.percent()) + "% off" + p.maximum().map(m -> ", at most " + m).orElse("");
            }

            @Override
            public String amountOff(Benefit.AmountOff a) {
                return a.amount() + " off" + (a.reachesShipping() ? " (what the items cannot take comes off the shipping)" : "");
            }

            @Override
            public String shippingOff(Benefit.ShippingOff s) {
                return s.percent().map(p -> plain(p) + "% off shipping").orElseGet(() -> s.amount().orElseThrow() + " off shipping");
            }

            @Override
            public String amountOffEach(Benefit.AmountOffEach a) {
                return a.amount() + " off each item" + (a.maxUnitsPerLine() > 0 ? ", up to " + a.maxUnitsPerLine() + " of each" : "")
                        + (a.maxUnits() > 0 ? ", up to " + a.maxUnits() + " items" : "");
            }

            @Override
            public String amountOffEachLine(Benefit.AmountOffEachLine a) {
                return a.amount() + " off each line";
            }

            @Override
            public String unitsOff(Benefit.UnitsOff u) {
                String which = "the " + (u.pick() == Benefit.Pick.CHEAPEST ? "cheapest" : "most expensive")
                        + (u.units() == 1 ? " item" : " " + u.units() + " items");
                return (free(u.percent()) ? which + " free" : off(u.percent(), u.amountEach()) + " " + which) + ", once per order";
            }

            @Override
            public String buyXGetY(Benefit.BuyXGetY b) {
                String get = b.get() + b.getItems().map(g -> " of " + scope(g, "the items")).orElse("");
                return "buy " + b.buy() + ", get " + get + (free(b.percent()) ? " free"
                        : " at " + b.percent().map(p -> plain(p) + "% off").orElseGet(() -> b.amountEach().orElseThrow() + " off each"))
                        + (b.getItems().isEmpty() ? " (the cheapest)" : "") + (b.maxTimes() > 0 ? ", up to " + b.maxTimes() + " times per order" : "");
            }

            @Override
            public String bundlePrice(Benefit.BundlePrice b) {
                return "any " + b.units() + " items for " + b.price() + (b.maxTimes() > 0 ? ", up to " + b.maxTimes() + " times per order" : "");
            }

            @Override
            public String freeItem(Benefit.FreeItem f) {
                return f.quantity() + " x " + text(f.sku()) + " free";
            }

            @Override
            public String freeShipping(Benefit.FreeShipping f) {
                return "free shipping";
            }

            @Override
            public String storedValue(Benefit.StoredValue v) {
                return "a gift voucher worth " + v.value() + ", spendable over several purchases";
            }

            @Override
            public String reward(Benefit.Reward w) {
                return text(w.description());
            }
        }));
        List<String> conditions = new ArrayList<>();
        for (Restriction r : c.restrictions()) conditions.add(r.accept(RESTRICTIONS));
        if (!conditions.isEmpty()) s.append("; ").append(String.join("; ", conditions));
        s.append(switch (c.stacking()) {
            case EXCLUSIVE -> ". Cannot be combined with other offers.";
            case EXCLUSIVE_IN_LEVEL -> ". Cannot be combined with other " + c.discountLevel().label() + " offers; combines with "
                    + (c.discountLevel() == DiscountLevel.SHIPPING ? "item and order offers." : "offers on "
                    + (c.discountLevel() == DiscountLevel.ITEM ? "the order" : "items") + " and on shipping.");
            case COMBINABLE -> ". Combines with other offers.";
            case ONE_PER_ITEM -> ". Combines with other offers, but an item gets only the best of the offers marked one per item.";
        });
        return s.toString();
    }

    private static final Restriction.Cases<String> RESTRICTIONS = new Restriction.Cases<>() {
        @Override
        public String validity(Restriction.Validity v) {
            return v.from().map(f -> "valid from " + when(f)).orElse("valid") + v.until().map(u -> " until " + when(u) + " (not included)").orElse("");
        }

        @Override
        public String minimumSpend(Restriction.MinimumSpend m) {
            return "minimum " + m.amount() + " on eligible items" + (m.afterEarlierDiscounts() ? " after earlier discounts" : "");
        }

        @Override
        public String items(Restriction.Items i) {
            return "on " + scope(i.scope(), "all items");
        }

        @Override
        public String vendors(Restriction.Vendors v) {
            return "on items sold by " + list(v.vendors());
        }

        @Override
        public String stores(Restriction.Stores s) {
            return "in " + list(s.stores());
        }

        @Override
        public String channels(Restriction.Channels c) {
            return "through " + list(c.channels());
        }

        @Override
        public String blackout(Blackout b) {
            List<String> parts = new ArrayList<>();
            b.from().ifPresent(f -> parts.add("from " + when(f)));
            b.until().ifPresent(u -> parts.add("until " + when(u)));
            if (!b.days().isEmpty()) parts.add("on " + days(b.days()));
            b.fromTime().ifPresent(f -> parts.add("between " + f + " and " + b.untilTime().get()));
            b.calendar().ifPresent(n -> parts.add("on the days of " + n));
            return "not " + String.join(" ", parts) + " (store time)";
        }

        @Override
        public String hours(Restriction.Hours h) {
            return "only from " + h.fromTime() + " to " + h.untilTime() + (h.days().isEmpty() ? "" : " on " + days(h.days()))
                    + " (store time)";
        }

        @Override
        public String usesPerCode(Restriction.UsesPerCode u) {
            return u.max() == 1 ? "each code once" : "each code " + u.max() + " times";
        }

        @Override
        public String usesPerMember(Restriction.UsesPerMember u) {
            return u.max() == 1 ? "once per member" : u.max() + " times per member";
        }

        @Override
        public String firstOrderOnly(Restriction.FirstOrderOnly f) {
            return "on a first order only";
        }

        @Override
        public String tiers(Restriction.Tiers t) {
            return "for " + list(t.tiers()) + " members";
        }

        @Override
        public String containsItems(ContainsItems c) {
            return "when the basket holds " + (c.quantity() == 1 ? "any of " : c.quantity() + " of ") + scope(c.items(), "any item");
        }

        @Override
        public String minimumQuantity(MinimumQuantity m) {
            return m.perLine() ? "on items bought " + m.units() + " or more at a time" : "when you buy at least " + m.units() + " eligible items";
        }

        @Override
        public String segments(Segments s) {
            return "for members in " + list(s.segments());
        }

        @Override
        public String shipTo(ShipTo s) {
            return "for orders shipped to " + list(s.destinations());
        }

        @Override
        public String nthOrder(NthOrder n) {
            return n.n() == 1 ? "on a member's first order" : "on a member's order number " + n.n();
        }

        @Override
        public String campaignBudget(CampaignBudget b) {
            List<String> limits = new ArrayList<>();
            b.amount().ifPresent(a -> limits.add(a + " of discounts in all"));
            b.redemptions().ifPresent(r -> limits.add(r + (r == 1 ? " redemption" : " redemptions") + " in all"));
            return "while the campaign's budget lasts (" + String.join(", ", limits) + "; an order it cannot cover in full does not get it)";
        }
    };


}
