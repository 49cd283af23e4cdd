package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The voucher part of a program: its campaigns, how conflicts between exclusive and combinable
 * discounts are settled, whether points are earned before or after discounts, and the time zone of
 * each store (blackouts are read in store-local time; a store not listed uses the program's zone),
 * and how discount money is rounded ({@link MoneyRounding}).
 * JSON field: {@code vouchers}.
 *
 * <p>Immutable and thread-safe.
 */
public record VoucherPolicy(List<VoucherCampaign> campaigns, ConflictPolicy conflicts, EarnBasis earnOn,
                            Map<String, ZoneId> storeTimeZones, MoneyRounding rounding) {

    /** L9: the campaign id reserved for points paid at checkout, which appear among an outcome's vouchers under it. */
    public static final String POINTS_CAMPAIGN = "loyalty-points";

    public static final VoucherPolicy NONE = new VoucherPolicy(List.of(), ConflictPolicy.BEST_FOR_CUSTOMER, EarnBasis.PRICE_PAID, Map.of());

    /** A policy with the default rounding. */
    public VoucherPolicy(List<VoucherCampaign> campaigns, ConflictPolicy conflicts, EarnBasis earnOn, Map<String, ZoneId> storeTimeZones) {
        this(campaigns, conflicts, earnOn, storeTimeZones, MoneyRounding.DEFAULT);
    }

    public VoucherPolicy {
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        conflicts = conflicts == null ? ConflictPolicy.BEST_FOR_CUSTOMER : conflicts;
        earnOn = earnOn == null ? EarnBasis.PRICE_PAID : earnOn;
        storeTimeZones = storeTimeZones == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(storeTimeZones));
        rounding = rounding == null ? MoneyRounding.DEFAULT : rounding;
        Checks checks = Checks.start();
        for (int i = 0; i < campaigns.size(); i++) checks.present(campaigns.get(i), "campaigns[" + i + "]");
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static VoucherPolicy of(VoucherCampaign... campaigns) {
        return new VoucherPolicy(List.of(campaigns), ConflictPolicy.BEST_FOR_CUSTOMER, EarnBasis.PRICE_PAID, Map.of());
    }

    public VoucherPolicy withConflicts(ConflictPolicy policy) {
        return new VoucherPolicy(campaigns, policy, earnOn, storeTimeZones, rounding);
    }

    public VoucherPolicy withEarnOn(EarnBasis basis) {
        return new VoucherPolicy(campaigns, conflicts, basis, storeTimeZones, rounding);
    }

    public VoucherPolicy withStoreTimeZones(Map<String, ZoneId> zones) {
        return new VoucherPolicy(campaigns, conflicts, earnOn, zones, rounding);
    }

    /** M1, M2: how percentages are rounded and where the cents of a split go. */
    public VoucherPolicy withRounding(MoneyRounding rounding) {
        return new VoucherPolicy(campaigns, conflicts, earnOn, storeTimeZones, rounding);
    }

    public Optional<VoucherCampaign> campaign(String id) {
        return campaigns.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The campaign whose public code this is, after normalising. */
    public Optional<VoucherCampaign> campaignWithCode(String code) {
        String c = VoucherCodes.normalize(code);
        return campaigns.stream().filter(k -> k.code().map(VoucherCodes::normalize).filter(c::equals).isPresent()).findFirst();
    }

    public boolean isEmpty() {
        return campaigns.isEmpty();
    }

    /**
     * What only the whole program can check: campaign ids and public codes unique, every amount in
     * the program's currency, every tier known. Paths are relative to {@code vouchers}.
     */
    public List<Problem> problems(Currency currency, Set<String> tierIds) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < campaigns.size(); i++) {
            VoucherCampaign c = campaigns.get(i);
            Integer first = ids.putIfAbsent(c.id(), i);
            if (c.id().equals(POINTS_CAMPAIGN)) {
                problems.add(new Problem("campaigns[" + i + "].id", "'" + POINTS_CAMPAIGN + "' is reserved: points paid at checkout appear under it"));
            }
            if (first != null) {
                problems.add(new Problem("campaigns[" + i + "].id", "duplicate campaign id '" + c.id() + "', already used at campaigns[" + first + "]"));
            }
            if (c.code().isPresent()) {
                Integer same = codes.putIfAbsent(VoucherCodes.normalize(c.code().get()), i);
                if (same != null) problems.add(new Problem("campaigns[" + i + "].code", "the same code is already the code of campaigns[" + same + "]"));
            }
        }
        for (int i = 0; i < campaigns.size(); i++) {
            VoucherCampaign c = campaigns.get(i);
            String at = "campaigns[" + i + "]";
            c.benefit().accept(new Benefit.Cases<Void>() {
                @Override
                public Void percentOff(Benefit.PercentOff p) {
                    p.maximum().ifPresent(m -> currency(problems, at + ".benefit.maximum", m, currency));
                    return null;
                }

                @Override
                public Void amountOff(Benefit.AmountOff a) {
                    currency(problems, at + ".benefit.amount", a.amount(), currency);
                    return null;
                }

                @Override
                public Void amountOffEach(Benefit.AmountOffEach a) {
                    currency(problems, at + ".benefit.amount", a.amount(), currency);
                    return null;
                }

                @Override
                public Void amountOffEachLine(Benefit.AmountOffEachLine a) {
                    currency(problems, at + ".benefit.amount", a.amount(), currency);
                    return null;
                }

                @Override
                public Void unitsOff(Benefit.UnitsOff u) {
                    u.amountEach().ifPresent(m -> currency(problems, at + ".benefit.amountEach", m, currency));
                    return null;
                }

                @Override
                public Void buyXGetY(Benefit.BuyXGetY b) {
                    b.amountEach().ifPresent(m -> currency(problems, at + ".benefit.amountEach", m, currency));
                    return null;
                }

                @Override
                public Void bundlePrice(Benefit.BundlePrice b) {
                    currency(problems, at + ".benefit.price", b.price(), currency);
                    return null;
                }

                @Override
                public Void shippingOff(Benefit.ShippingOff s) {
                    s.amount().ifPresent(m -> currency(problems, at + ".benefit.amount", m, currency));
                    return null;
                }

                @Override
                public Void freeItem(Benefit.FreeItem f) {
                    return null;
                }

                @Override
                public Void freeShipping(Benefit.FreeShipping f) {
                    return null;
                }

                @Override
                public Void storedValue(Benefit.StoredValue v) {
                    currency(problems, at + ".benefit.value", v.value(), currency);
                    if (c.code().isPresent()) problems.add(new Problem(at + ".code", "a stored-value voucher needs codes of its own, not a public code"));
                    return null;
                }

                @Override
                public Void reward(Benefit.Reward r) {
                    return null;
                }
            });
            for (Restriction r : c.restrictions()) r.accept(new RestrictionChecks(at, currency, tierIds, problems));
        }
        return problems;
    }

    private static void currency(List<Problem> problems, String path, Money m, Currency currency) {
        if (!m.currency().equals(currency)) {
            problems.add(new Problem(path, "must be in " + currency.getCurrencyCode() + ", was " + m.currency().getCurrencyCode()));
        }
    }
}
