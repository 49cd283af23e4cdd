package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.VoucherCodes;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.ConflictPolicy;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.ContainsItems;
import dev.rewards.voucher.MinimumQuantity;
import dev.rewards.voucher.MoneyRounding;
import dev.rewards.voucher.NthOrder;
import dev.rewards.voucher.Segments;
import dev.rewards.voucher.ShipTo;
import dev.rewards.voucher.Blackout;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.DiscountLevel;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.store.IssuedVoucher;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Reads and writes a program's {@code vouchers} section and the vouchers of an outcome (docs/program-format.md). */
final class VoucherJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String LOCAL = "a local date-time such as 2026-12-24T00:00";

    private VoucherJson() {
    }

    static VoucherPolicy read(JsonIn in, Currency currency) {
        in.allowOnly("conflicts", "earnOn", "storeTimeZones", "campaigns", "rounding");
        ConflictPolicy conflicts = in.enumValue("conflicts", ConflictPolicy.class, ConflictPolicy.BEST_FOR_CUSTOMER);
        EarnBasis earnOn = in.enumValue("earnOn", EarnBasis.class, EarnBasis.PRICE_PAID);
        Map<String, ZoneId> zones = new LinkedHashMap<>();
        in.object("storeTimeZones").ifPresent(o -> o.node.fieldNames().forEachRemaining(store -> {
            ZoneId zone = o.parsed(store, ZoneId::of, "a time zone id such as America/New_York");
            if (zone != null) zones.put(store, zone);
        }));
        List<VoucherCampaign> campaigns = new ArrayList<>();
        List<JsonIn> items = in.array("campaigns");
        for (JsonIn c : items) {
            VoucherCampaign campaign = campaign(c, currency);
            if (campaign != null) campaigns.add(campaign);
        }
        MoneyRounding rounding = in.object("rounding").map(r -> {
            r.allowOnly("percentMode", "percentOn", "leftover");
            RoundingMode mode = r.enumValue("percentMode", RoundingMode.class, RoundingMode.HALF_UP);
            MoneyRounding.PercentOn on = r.enumValue("percentOn", MoneyRounding.PercentOn.class, MoneyRounding.PercentOn.ORDER);
            MoneyRounding.Leftover leftover = r.enumValue("leftover", MoneyRounding.Leftover.class, MoneyRounding.Leftover.LARGEST_REMAINDER);
            return r.build(() -> new MoneyRounding(mode, on, leftover));
        }).orElse(MoneyRounding.DEFAULT);
        if (campaigns.size() != items.size() || rounding == null) return null;
        return in.build(() -> new VoucherPolicy(campaigns, conflicts, earnOn, zones, rounding));
    }

    private static VoucherCampaign campaign(JsonIn in, Currency currency) {
        if (!in.isObject("a campaign object")) return null;
        in.allowOnly("id", "name", "benefit", "restrictions", "stacking", "priority", "code", "automatic", "codes", "level");
        String id = in.string("id");
        String name = in.string("name");
        if (!in.has("benefit")) in.problem(in.at("benefit"), Messages.required());
        Benefit benefit = in.object("benefit").map(b -> BenefitJson.read(b, currency)).orElse(null);
        List<Restriction> restrictions = in.object("restrictions").map(r -> restrictions(r, currency)).orElse(List.of());
        Stacking stacking = in.enumValue("stacking", Stacking.class, Stacking.COMBINABLE);
        Long priority = in.integer("priority", 100);
        DiscountLevel level = in.enumValue("level", DiscountLevel.class, null);
        String code = in.string("code");
        Boolean automatic = in.bool("automatic", false);
        Optional<CodePattern> codes = in.object("codes").map(VoucherJson::pattern);
        if (benefit == null || restrictions == null || priority == null || automatic == null) return null;
        return in.build(() -> new VoucherCampaign(id, name, benefit, restrictions, stacking, priority.intValue(), Optional.ofNullable(code),
                automatic, codes, Optional.ofNullable(level)));
    }

    private static List<Restriction> restrictions(JsonIn in, Currency currency) {
        in.allowOnly("validFrom", "validUntil", "minimumSpend", "items", "stores", "channels", "vendors", "blackouts",
                "hours", "maxUsesPerCode", "maxUsesPerMember", "firstOrderOnly", "tiers", "containsItems", "minimumQuantity",
                "minimumQuantityPerLine", "nthOrder", "shipTo", "segments", "minimumSpendAfterDiscounts", "budget");
        List<Restriction> out = new ArrayList<>();
        int before = in.problems.size();
        LocalDateTime from = in.parsed("validFrom", LocalDateTime::parse, LOCAL);
        LocalDateTime until = in.parsed("validUntil", LocalDateTime::parse, LOCAL);
        if (from != null || until != null) add(out, in, () -> Restriction.Validity.between(from, until));
        Money minimum = ProgramJson.money(in, "minimumSpend", currency);
        Boolean afterDiscounts = in.bool("minimumSpendAfterDiscounts", false);
        if (Boolean.TRUE.equals(afterDiscounts) && !in.has("minimumSpend")) {
            in.problem(in.at("minimumSpendAfterDiscounts"), "says when minimumSpend is read, which is not given");
        }
        if (minimum != null && afterDiscounts != null) add(out, in, () -> new Restriction.MinimumSpend(minimum, afterDiscounts));
        in.object("items").ifPresent(i -> {
            i.allowOnly("includeCategories", "excludeCategories", "includeSkus", "excludeSkus");
            LineScope scope = new LineScope(i.strings("includeCategories"), i.strings("excludeCategories"), i.strings("includeSkus"),
                    i.strings("excludeSkus"));
            out.add(new Restriction.Items(scope));
        });
        if (in.has("stores")) add(out, in, () -> new Restriction.Stores(in.strings("stores")));
        if (in.has("channels")) add(out, in, () -> new Restriction.Channels(in.strings("channels")));
        if (in.has("vendors")) add(out, in, () -> new Restriction.Vendors(in.strings("vendors")));
        for (JsonIn b : in.array("blackouts")) {
            if (!b.isObject("a blackout object")) continue;
            b.allowOnly("from", "until", "days", "fromTime", "untilTime", "calendar");
            LocalDateTime bf = b.parsed("from", LocalDateTime::parse, LOCAL);
            LocalDateTime bu = b.parsed("until", LocalDateTime::parse, LOCAL);
            Set<DayOfWeek> days = b.days("days");
            LocalTime ft = b.parsed("fromTime", LocalTime::parse, "a time such as 22:00");
            LocalTime ut = b.parsed("untilTime", LocalTime::parse, "a time such as 06:00");
            String calendar = b.string("calendar");
            Restriction r = b.build(() -> new Blackout(Optional.ofNullable(bf), Optional.ofNullable(bu), days,
                    Optional.ofNullable(ft), Optional.ofNullable(ut), Optional.ofNullable(calendar)));
            if (r != null) out.add(r);
        }
        in.object("hours").ifPresent(h -> {
            h.allowOnly("fromTime", "untilTime", "days");
            LocalTime ft = h.parsed("fromTime", LocalTime::parse, "a time such as 15:00");
            LocalTime ut = h.parsed("untilTime", LocalTime::parse, "a time such as 17:00");
            Set<DayOfWeek> days = h.days("days");
            if (ft == null && !h.has("fromTime")) h.problem(h.at("fromTime"), Messages.required());
            if (ut == null && !h.has("untilTime")) h.problem(h.at("untilTime"), Messages.required());
            if (ft != null && ut != null) add(out, h, () -> new Restriction.Hours(ft, ut, days));
        });
        if (in.has("maxUsesPerCode")) {
            Integer max = in.count("maxUsesPerCode", 0);
            if (max != null) add(out, in, () -> new Restriction.UsesPerCode(max));
        }
        if (in.has("maxUsesPerMember")) {
            Integer max = in.count("maxUsesPerMember", 0);
            if (max != null) add(out, in, () -> new Restriction.UsesPerMember(max));
        }
        Boolean first = in.bool("firstOrderOnly", false);
        if (Boolean.TRUE.equals(first)) out.add(new Restriction.FirstOrderOnly());
        if (in.has("tiers")) add(out, in, () -> new Restriction.Tiers(in.strings("tiers")));
        in.object("containsItems").ifPresent(c -> {
            c.allowOnly("items", "quantity");
            LineScope items = c.object("items").map(ProgramJson::scope).orElse(null);
            if (items == null && !c.has("items")) c.problem(c.at("items"), Messages.required());
            Integer quantity = c.count("quantity", 1);
            if (items != null && quantity != null) add(out, c, () -> new ContainsItems(items, quantity));
        });
        for (String field : List.of("minimumQuantity", "minimumQuantityPerLine")) {
            if (!in.has(field)) continue;
            Integer units = in.count(field, 0);
            if (units != null) add(out, in, () -> new MinimumQuantity(units, field.endsWith("PerLine")));
        }
        if (in.has("shipTo")) add(out, in, () -> new ShipTo(in.strings("shipTo")));
        if (in.has("segments")) add(out, in, () -> new Segments(in.strings("segments")));
        if (in.has("nthOrder")) {
            Integer n = in.count("nthOrder", 0);
            if (n != null) add(out, in, () -> new NthOrder(n));
        }
        in.object("budget").ifPresent(b -> {
            b.allowOnly("amount", "redemptions");
            Money amount = ProgramJson.money(b, "amount", currency);
            Long redemptions = b.has("redemptions") ? b.integer("redemptions", 0) : null;
            if (b.has("redemptions") && redemptions == null) return;
            add(out, b, () -> new CampaignBudget(Optional.ofNullable(amount),
                    redemptions == null ? OptionalLong.empty() : OptionalLong.of(redemptions)));
        });
        return in.problems.size() > before ? null : out;
    }

    private static void add(List<Restriction> out, JsonIn in, Supplier<Restriction> make) {
        Restriction r = in.build(make);
        if (r != null) out.add(r);
    }

    private static CodePattern pattern(JsonIn in) {
        in.allowOnly("prefix", "groups", "groupLength", "separator", "alphabet", "checkCharacter", "macLength");
        String prefix = in.string("prefix");
        Integer groups = in.count("groups", 3);
        Integer length = in.count("groupLength", 4);
        String separator = in.string("separator");
        String alphabet = in.string("alphabet");
        Boolean check = in.bool("checkCharacter", true);
        Integer mac = in.count("macLength", 0);
        if (groups == null || length == null || check == null || mac == null) return null;
        return in.build(() -> new CodePattern(prefix, groups, length, separator, alphabet, check, mac));
    }

    /** An issued code: {@code {"code": ..., "campaignId": ..., "memberId": ..., "balance": "25.00", "channel": "email"}}; unknown fields are errors. */
    static IssuedVoucher readIssued(JsonNode root, Currency currency) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("an issued voucher object")) throw new InvalidInputException(problems);
        in.allowOnly("code", "campaignId", "memberId", "balance", "channel");
        String code = in.string("code");
        String campaignId = in.string("campaignId");
        String memberId = in.string("memberId");
        Money balance = ProgramJson.money(in, "balance", currency);
        String channel = in.string("channel");
        IssuedVoucher v = in.build(() -> new IssuedVoucher(code, campaignId, Optional.ofNullable(memberId), Optional.ofNullable(balance),
                Optional.ofNullable(channel)));
        if (!problems.isEmpty() || v == null) throw new InvalidInputException(problems);
        return v;
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode write(VoucherPolicy p) {
        ObjectNode o = F.objectNode();
        o.put("conflicts", p.conflicts().name());
        o.put("earnOn", p.earnOn().name());
        if (!p.rounding().equals(MoneyRounding.DEFAULT)) {
            o.putObject("rounding").put("percentMode", p.rounding().percentMode().name()).put("percentOn", p.rounding().percentOn().name())
                    .put("leftover", p.rounding().leftover().name());
        }
        if (!p.storeTimeZones().isEmpty()) {
            ObjectNode zones = o.putObject("storeTimeZones");
            new TreeMap<>(p.storeTimeZones()).forEach((store, zone) -> zones.put(store, zone.getId()));
        }
        ArrayNode campaigns = o.putArray("campaigns");
        for (VoucherCampaign c : p.campaigns()) {
            ObjectNode n = campaigns.addObject().put("id", c.id());
            if (!c.name().isEmpty()) n.put("name", c.name());
            n.set("benefit", BenefitJson.write(c.benefit()));
            ObjectNode r = restrictions(c.restrictions());
            if (!r.isEmpty()) n.set("restrictions", r);
            n.put("stacking", c.stacking().name());
            n.put("priority", c.priority());
            c.level().ifPresent(l -> n.put("level", l.name()));
            c.code().ifPresent(code -> n.put("code", code));
            if (c.automatic()) n.put("automatic", true);
            c.codes().ifPresent(k -> {
                ObjectNode codes = n.putObject("codes").put("prefix", k.prefix()).put("groups", k.groups()).put("groupLength", k.groupLength())
                        .put("separator", k.separator()).put("alphabet", k.alphabet()).put("checkCharacter", k.checkCharacter());
                if (k.authenticated()) codes.put("macLength", k.macLength());
            });
        }
        return o;
    }

    private static ObjectNode restrictions(List<Restriction> list) {
        ObjectNode n = F.objectNode();
        Restriction.Cases<Void> writer = new Restriction.Cases<>() {
            @Override
            public Void validity(Restriction.Validity v) {
                v.from().ifPresent(f -> n.put("validFrom", f.toString()));
                v.until().ifPresent(u -> n.put("validUntil", u.toString()));
                return null;
            }

            @Override
            public Void minimumSpend(Restriction.MinimumSpend m) {
                n.put("minimumSpend", m.amount().amount().toPlainString());
                if (m.afterEarlierDiscounts()) n.put("minimumSpendAfterDiscounts", true);
                return null;
            }

            @Override
            public Void items(Restriction.Items i) {
                n.set("items", ProgramJson.writeScope(i.scope()));
                return null;
            }

            @Override
            public Void vendors(Restriction.Vendors v) {
                ProgramJson.strings(n.putArray("vendors"), v.vendors());
                return null;
            }

            @Override
            public Void stores(Restriction.Stores s) {
                ProgramJson.strings(n.putArray("stores"), s.stores());
                return null;
            }

            @Override
            public Void channels(Restriction.Channels c) {
                ProgramJson.strings(n.putArray("channels"), c.channels());
                return null;
            }

            @Override
            public Void blackout(Blackout b) {
                ArrayNode blackouts = n.has("blackouts") ? (ArrayNode) n.get("blackouts") : n.putArray("blackouts");
                ObjectNode bn = blackouts.addObject();
                b.from().ifPresent(f -> bn.put("from", f.toString()));
                b.until().ifPresent(u -> bn.put("until", u.toString()));
                if (!b.days().isEmpty()) ProgramJson.strings(bn.putArray("days"), b.days().stream().map(Enum::name).toList());
                b.fromTime().ifPresent(f -> bn.put("fromTime", f.toString()));
                b.untilTime().ifPresent(u -> bn.put("untilTime", u.toString()));
                b.calendar().ifPresent(c -> bn.put("calendar", c));
                return null;
            }

            @Override
            public Void hours(Restriction.Hours h) {
                ObjectNode hn = n.putObject("hours").put("fromTime", h.fromTime().toString()).put("untilTime", h.untilTime().toString());
                if (!h.days().isEmpty()) ProgramJson.strings(hn.putArray("days"), h.days().stream().map(Enum::name).toList());
                return null;
            }

            @Override
            public Void usesPerCode(Restriction.UsesPerCode u) {
                n.put("maxUsesPerCode", u.max());
                return null;
            }

            @Override
            public Void usesPerMember(Restriction.UsesPerMember u) {
                n.put("maxUsesPerMember", u.max());
                return null;
            }

            @Override
            public Void firstOrderOnly(Restriction.FirstOrderOnly f) {
                n.put("firstOrderOnly", true);
                return null;
            }

            @Override
            public Void containsItems(ContainsItems c) {
                ObjectNode o = n.putObject("containsItems");
                o.set("items", ProgramJson.writeScope(c.items()));
                if (c.quantity() != 1) o.put("quantity", c.quantity());
                return null;
            }

            @Override
            public Void minimumQuantity(MinimumQuantity m) {
                n.put(m.perLine() ? "minimumQuantityPerLine" : "minimumQuantity", m.units());
                return null;
            }

            @Override
            public Void segments(Segments g) {
                ProgramJson.strings(n.putArray("segments"), g.segments());
                return null;
            }

            @Override
            public Void shipTo(ShipTo t) {
                ProgramJson.strings(n.putArray("shipTo"), t.destinations());
                return null;
            }

            @Override
            public Void nthOrder(NthOrder o) {
                n.put("nthOrder", o.n());
                return null;
            }

            @Override
            public Void campaignBudget(CampaignBudget b) {
                ObjectNode budget = n.putObject("budget");
                b.amount().ifPresent(a -> budget.put("amount", a.amount().toPlainString()));
                b.redemptions().ifPresent(r -> budget.put("redemptions", r));
                return null;
            }

            @Override
            public Void tiers(Restriction.Tiers t) {
                ProgramJson.strings(n.putArray("tiers"), t.tiers());
                return null;
            }
        };
        for (Restriction r : list) r.accept(writer);
        return n;
    }

    /** A voucher's result; the code is masked (S1): outcomes are written to logs and files. */
    static ObjectNode result(VoucherResult v) {
        ObjectNode n = F.objectNode();
        v.code().ifPresent(c -> n.put("code", VoucherCodes.mask(c)));
        v.campaignId().ifPresent(c -> n.put("campaignId", c));
        n.put("benefit", v.benefit());
        n.put("applied", v.applied());
        n.put("amount", v.amount().amount().toPlainString());
        if (!v.allocation().isEmpty()) {
            ArrayNode a = n.putArray("allocation");
            for (Allocation al : v.allocation()) a.addObject().put("lineId", al.lineId()).put("amount", al.amount().amount().toPlainString());
        }
        if (v.shipping().isPositive()) n.put("shipping", v.shipping().amount().toPlainString());
        v.balanceAfter().ifPresent(b -> n.put("balanceAfter", b.amount().toPlainString()));
        v.reward().ifPresent(r -> n.put("reward", r));
        if (!v.reasons().isEmpty()) {
            ArrayNode reasons = n.putArray("reasons");
            for (Reason r : v.reasons()) {
                ObjectNode rn = reasons.addObject().put("code", r.code().name()).put("message", r.message());
                r.shortfall().ifPresent(s -> rn.putObject("shortfall").put("amount", s.amount().toPlainString()).put("unit", s.unit()));
            }
        }
        n.put("summary", v.summary());
        return n;
    }
}
