package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.calendar.Calendars;
import dev.rewards.program.Conditions;
import dev.rewards.program.CustomRule;
import dev.rewards.program.EarnRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.ItemBonus;
import dev.rewards.program.Multiplier;
import dev.rewards.program.MultiplierStacking;
import dev.rewards.program.Occasion;
import dev.rewards.program.PointsCap;
import dev.rewards.program.PointsRounding;
import dev.rewards.program.PartnerFunding;
import dev.rewards.program.Program;
import dev.rewards.program.ProgramChecks;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.RuleKind;
import dev.rewards.program.MinimumOn;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.transaction.LineScope;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and writes {@link Program}s; the format is documented in {@code docs/program-format.md}. */
final class ProgramJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Stands in for an invalid or missing currency while the rest is read, so only the currency is reported. */
    static final Currency PLACEHOLDER = Currency.getInstance("EUR");
    private static final String EARN_KINDS = Arrays.stream(RuleKind.values()).filter(RuleKind::isEarnRule)
            .map(RuleKind::jsonName).toList().toString();

    private ProgramJson() {
    }

    static Program read(JsonNode root) {
        return read(root, Calendars.NONE);
    }

    /** P10: with the host's calendars added to the program's ({@link Program#withCalendars}). */
    static Program read(JsonNode root, Calendars host) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("a program object")) throw new InvalidProgramException(problems);
        in.allowOnly("id", "version", "currency", "timeZone", "pointsRounding", "multiplierStacking", "earnRules", "tiering",
                "caps", "cashbackRules", "customRules", "vouchers", "accounts", "calendars", "partnerFunding");
        String id = in.string("id");
        Long version = in.integer("version", 1);
        Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
        ZoneId zone = in.parsed("timeZone", ZoneId::of, "a time zone id such as Europe/Amsterdam");
        Currency moneyCurrency = currency == null ? PLACEHOLDER : currency;
        PointsRounding rounding = in.object("pointsRounding").map(ProgramJson::rounding).orElse(PointsRounding.DEFAULT);
        MultiplierStacking stacking = in.enumValue("multiplierStacking", MultiplierStacking.class, MultiplierStacking.MULTIPLY);

        List<Map.Entry<String, String>> ids = new ArrayList<>();
        List<EarnRule> earnRules = new ArrayList<>();
        Set<String> stops = new java.util.TreeSet<>();
        for (JsonIn r : in.array("earnRules")) {
            earnRules.add(earnRule(r, moneyCurrency, stops));
            ids.add(idOf(r));
        }
        // null when the tiers themselves are invalid: their problems are reported, references to them are not checked
        Tiering tiering = in.has("tiering") ? in.object("tiering").map(t -> tiering(t, ids)).orElse(null) : Tiering.NONE;
        List<PointsCap> caps = new ArrayList<>();
        for (JsonIn c : in.array("caps")) {
            caps.add(cap(c));
            ids.add(idOf(c));
        }
        List<CashbackRule> cashback = new ArrayList<>();
        for (JsonIn c : in.array("cashbackRules")) {
            cashback.add(CashbackJson.read(c, moneyCurrency));
            ids.add(idOf(c));
        }
        List<CustomRule> custom = new ArrayList<>();
        for (JsonIn c : in.array("customRules")) {
            custom.add(customRule(c));
            ids.add(idOf(c));
        }

        VoucherPolicy vouchers = in.has("vouchers")
                ? in.object("vouchers").map(v -> VoucherJson.read(v, moneyCurrency)).orElse(null) : VoucherPolicy.NONE;
        if (vouchers != null && currency != null && tiering != null) {
            Set<String> tierIds = new HashSet<>();
            tiering.tiers().forEach(t -> tierIds.add(t.id()));
            vouchers.problems(currency, tierIds).forEach(p -> problems.add(p.under("$.vouchers")));
        }
        AccountPolicy accounts = in.has("accounts")
                ? in.object("accounts").map(a -> AccountJson.readPolicy(a, moneyCurrency)).orElse(null) : AccountPolicy.NONE;
        if (accounts == null && problems.isEmpty()) problems.add(new Problem("$.accounts", "is not valid"));
        if (accounts != null && vouchers != null && currency != null && tiering != null) {
            Set<String> tierIds = new HashSet<>();
            tiering.tiers().forEach(t -> tierIds.add(t.id()));
            accounts.problems(currency, tierIds, vouchers).forEach(p -> problems.add(p.under("$.accounts")));
        }
        Calendars calendars = in.object("calendars").map(c -> CalendarJson.read(c, problems)).orElse(Calendars.NONE).with(host);
        if (vouchers != null) problems.addAll(ProgramChecks.calendarReferences(calendars, earnRules, cashback, vouchers, "$."));
        PartnerFunding partnerFunding = in.object("partnerFunding").map(f -> {
            Map<String, BigDecimal> funding = new java.util.TreeMap<>();
            f.node.fieldNames().forEachRemaining(k -> funding.put(k, f.decimal(k)));
            return f.build(() -> new PartnerFunding(funding));
        }).orElse(PartnerFunding.NONE);
        for (Problem p : ProgramChecks.check(id, version == null ? 1 : version.intValue(), currency, zone, earnRules,
                tiering, caps, cashback, ids)) {
            boolean repeated = problems.stream().anyMatch(q -> q.path().equals(p.path()));
            if (!repeated) problems.add(p);
        }
        if (!problems.isEmpty()) throw new InvalidProgramException(problems);
        return new Program(id, version.intValue(), currency, zone, rounding, stacking, earnRules, tiering, caps, cashback, custom, vouchers,
                accounts, stops, calendars, partnerFunding);
    }


    /** The id as written, for the duplicate check; null when absent or not a string (reported elsewhere). */
    private static Map.Entry<String, String> idOf(JsonIn rule) {
        JsonNode id = rule.node == null ? null : rule.node.get("id");
        return new AbstractMap.SimpleImmutableEntry<>(rule.path, id != null && id.isTextual() ? id.textValue() : null);
    }

    private static PointsRounding rounding(JsonIn in) {
        in.allowOnly("mode", "level");
        RoundingMode mode = in.enumValue("mode", RoundingMode.class, RoundingMode.FLOOR);
        PointsRounding.Level level = in.enumValue("level", PointsRounding.Level.class, PointsRounding.Level.TRANSACTION);
        return in.build(() -> new PointsRounding(mode, level));
    }

    private static EarnRule earnRule(JsonIn in, Currency currency, Set<String> stops) {
        if (!in.isObject("an earn rule object")) return null;
        String kindName = in.string("kind");
        if (kindName == null) {
            if (!in.has("kind")) in.problem(in.at("kind"), Messages.required());
            return null;
        }
        Optional<RuleKind> kind = RuleKind.fromJsonName(kindName).filter(RuleKind::isEarnRule);
        if (kind.isEmpty()) {
            in.problem(in.at("kind"), Messages.unknownKind(kindName, EARN_KINDS));
            return null;
        }
        String id = in.string("id");
        LineScope scope = in.object("scope").map(ProgramJson::scope).orElse(LineScope.ALL);
        Conditions when = in.object("when").map(ProgramJson::conditions).orElse(Conditions.ALWAYS);
        Boolean stop = in.bool("stopHere", false);
        if (Boolean.TRUE.equals(stop) && id != null) stops.add(id);
        // a switch expression over the enum: a new kind does not compile until it is read here
        return switch (kind.get()) {
            case SPEND -> {
                in.allowOnly("kind", "id", "stopHere", "points", "per", "scope", "when", "minimumSpend", "minimumOn", "shippingEarns");
                Long points = in.requiredInteger("points");
                BigDecimal per = in.decimal("per");
                Optional<Money> minimum = Optional.ofNullable(money(in, "minimumSpend", currency));
                MinimumOn on = in.enumValue("minimumOn", MinimumOn.class, MinimumOn.ELIGIBLE_LINES);
                Boolean shipping = in.bool("shippingEarns", false);
                yield points == null || shipping == null ? null : in.build(() -> new SpendRule(id, points, per, scope, when, minimum, on, shipping));
            }
            case MULTIPLIER -> {
                in.allowOnly("kind", "id", "stopHere", "factor", "scope", "when");
                BigDecimal factor = in.decimal("factor");
                yield in.build(() -> new Multiplier(id, factor, scope, when));
            }
            case FIRST_PURCHASE_BONUS -> {
                in.allowOnly("kind", "id", "stopHere", "points", "minimumSpend", "scope", "when");
                Long points = in.requiredInteger("points");
                Optional<Money> minimum = Optional.ofNullable(money(in, "minimumSpend", currency));
                yield points == null ? null : in.build(() -> new FirstPurchaseBonus(id, points, minimum, scope, when));
            }
            case BASKET_BONUS -> {
                in.allowOnly("kind", "id", "stopHere", "points", "minimumSpend", "scope", "when");
                Long points = in.requiredInteger("points");
                Money minimum = money(in, "minimumSpend", currency);
                yield points == null ? null : in.build(() -> new BasketBonus(id, points, minimum, scope, when));
            }
            case ITEM_BONUS -> {
                in.allowOnly("kind", "id", "stopHere", "points", "maxUnits", "scope", "when");
                Long points = in.requiredInteger("points");
                Integer maxUnits = in.count("maxUnits", 0);
                yield points == null || maxUnits == null ? null : in.build(() -> new ItemBonus(id, points, maxUnits, scope, when));
            }
            case TIER_MULTIPLIER, POINTS_CAP, CASHBACK, CUSTOM -> throw new IllegalStateException("not an earn rule kind: " + kind.get());
        };
    }

    static Money money(JsonIn in, String field, Currency currency) {
        BigDecimal amount = in.decimal(field);
        if (amount == null) return null;
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            in.problem(in.at(field), e.getMessage());
            return null;
        }
    }

    static LineScope scope(JsonIn in) {
        in.allowOnly("includeCategories", "excludeCategories", "includeSkus", "excludeSkus", "partners");
        return new LineScope(in.strings("includeCategories"), in.strings("excludeCategories"), in.strings("includeSkus"),
                in.strings("excludeSkus"), in.strings("partners"));
    }

    static Conditions conditions(JsonIn in) {
        in.allowOnly("from", "until", "days", "channels", "stores", "fromTime", "untilTime", "segments", "occasion", "calendar", "exceptCalendar");
        LocalDateTime from = in.parsed("from", LocalDateTime::parse, "a local date-time such as 2026-12-05T00:00");
        LocalDateTime until = in.parsed("until", LocalDateTime::parse, "a local date-time such as 2026-12-07T00:00");
        Set<DayOfWeek> days = in.days("days");
        Set<String> channels = in.strings("channels");
        Set<String> stores = in.strings("stores");
        LocalTime fromTime = in.parsed("fromTime", LocalTime::parse, "a time such as 15:00");
        LocalTime untilTime = in.parsed("untilTime", LocalTime::parse, "a time such as 17:00");
        Set<String> segments = in.strings("segments");
        Optional<Occasion> occasion = in.object("occasion").map(o -> {
            o.allowOnly("kind", "span");
            Occasion.Kind kind = o.enumValue("kind", Occasion.Kind.class, null);
            Occasion.Span span = o.enumValue("span", Occasion.Span.class, Occasion.Span.DAY);
            if (kind == null && !o.has("kind")) o.problem(o.at("kind"), Messages.required());
            return kind == null || span == null ? null : new Occasion(kind, span);
        });
        String calendar = in.string("calendar");
        String exceptCalendar = in.string("exceptCalendar");
        Conditions built = in.build(() -> new Conditions(Optional.ofNullable(from), Optional.ofNullable(until), days, channels, stores,
                Optional.ofNullable(fromTime), Optional.ofNullable(untilTime), segments, occasion, Optional.ofNullable(calendar),
                Optional.ofNullable(exceptCalendar)));
        return built == null ? Conditions.ALWAYS : built;
    }

    private static Tiering tiering(JsonIn in, List<Map.Entry<String, String>> ids) {
        in.allowOnly("metric", "window", "tiers", "downgrade", "guaranteeMonths");
        Integer guarantee = in.count("guaranteeMonths", 0);
        Tiering.Downgrade downgrade = in.enumValue("downgrade", Tiering.Downgrade.class, Tiering.Downgrade.PERIOD_END);
        TierMetric metric = in.enumValue("metric", TierMetric.class, TierMetric.SPEND);
        QualificationWindow window = in.enumValue("window", QualificationWindow.class, QualificationWindow.CALENDAR_YEAR);
        List<Tier> tiers = new ArrayList<>();
        List<JsonIn> items = in.array("tiers");
        for (JsonIn t : items) {
            ids.add(idOf(t));
            if (!t.isObject("a tier object")) continue;
            t.allowOnly("id", "threshold", "earnMultiplier", "cashbackBoost", "discountPercent", "perks", "invitationOnly");
            String id = t.string("id");
            Boolean invitation = t.bool("invitationOnly", false);
            if (Boolean.TRUE.equals(invitation) && t.has("threshold")) {
                t.problem(t.at("threshold"), "a tier held by invitation has no threshold: members get it only when it is assigned to them");
            }
            BigDecimal threshold = Boolean.TRUE.equals(invitation) ? BigDecimal.ZERO : t.decimal("threshold");
            BigDecimal multiplier = t.decimal("earnMultiplier");
            BigDecimal boost = t.decimal("cashbackBoost");
            BigDecimal discount = t.decimal("discountPercent");
            List<String> perks = List.copyOf(t.strings("perks"));
            Tier tier = invitation == null ? null : t.build(() -> new Tier(id, threshold, multiplier, boost, discount, perks, invitation));
            if (tier != null) tiers.add(tier);
        }
        if (metric == null || window == null || downgrade == null || guarantee == null || tiers.size() != items.size()) return null;
        return in.build(() -> new Tiering(metric, window, tiers, downgrade, guarantee));
    }

    private static PointsCap cap(JsonIn in) {
        if (!in.isObject("a cap object")) return null;
        in.allowOnly("id", "maxPoints");
        String id = in.string("id");
        Long max = in.requiredInteger("maxPoints");
        return max == null ? null : in.build(() -> new PointsCap(id, max));
    }

    private static CustomRule customRule(JsonIn in) {
        if (!in.isObject("a custom rule object")) return null;
        in.allowOnly("id", "description", "drl");
        String id = in.string("id");
        String description = in.string("description");
        String drl = in.string("drl");
        return in.build(() -> new CustomRule(id, description, drl));
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode write(Program p) {
        ObjectNode o = F.objectNode();
        o.put("id", p.id());
        o.put("version", p.version());
        o.put("currency", p.currency().getCurrencyCode());
        o.put("timeZone", p.timeZone().getId());
        if (!p.pointsRounding().equals(PointsRounding.DEFAULT)) {
            ObjectNode r = o.putObject("pointsRounding");
            r.put("mode", p.pointsRounding().mode().name());
            r.put("level", p.pointsRounding().level().name());
        }
        if (p.multiplierStacking() != MultiplierStacking.MULTIPLY) o.put("multiplierStacking", p.multiplierStacking().name());
        ArrayNode earn = o.putArray("earnRules");
        for (EarnRule r : p.earnRules()) {
            ObjectNode n = earnRule(r);
            if (p.stopsAfter(r.id())) n.put("stopHere", true);
            earn.add(n);
        }
        if (!p.tiering().tiers().isEmpty()) {
            ObjectNode t = o.putObject("tiering");
            t.put("metric", p.tiering().metric().name());
            t.put("window", p.tiering().window().name());
            if (p.tiering().downgrade() != Tiering.Downgrade.PERIOD_END) t.put("downgrade", p.tiering().downgrade().name());
            if (p.tiering().guaranteeMonths() > 0) t.put("guaranteeMonths", p.tiering().guaranteeMonths());
            ArrayNode tiers = t.putArray("tiers");
            for (Tier tier : p.tiering().tiers()) {
                ObjectNode n = tiers.addObject();
                n.put("id", tier.id());
                if (tier.invitationOnly()) n.put("invitationOnly", true);
                else n.put("threshold", plain(tier.threshold()));
                if (tier.multipliesEarning()) n.put("earnMultiplier", plain(tier.earnMultiplier()));
                if (tier.cashbackBoost().signum() != 0) n.put("cashbackBoost", plain(tier.cashbackBoost()));
                if (tier.discountPercent().signum() != 0) n.put("discountPercent", plain(tier.discountPercent()));
                if (!tier.perks().isEmpty()) strings(n.putArray("perks"), tier.perks());
            }
        }
        if (!p.caps().isEmpty()) {
            ArrayNode caps = o.putArray("caps");
            for (PointsCap c : p.caps()) caps.addObject().put("id", c.id()).put("maxPoints", c.maxPoints());
        }
        if (!p.cashbackRules().isEmpty()) o.set("cashbackRules", CashbackJson.write(p.cashbackRules()));
        if (!p.customRules().isEmpty()) {
            ArrayNode custom = o.putArray("customRules");
            for (CustomRule c : p.customRules()) {
                ObjectNode n = custom.addObject().put("id", c.id());
                if (!c.description().isEmpty()) n.put("description", c.description());
                n.put("drl", c.drl());
            }
        }
        if (!p.vouchers().isEmpty()) o.set("vouchers", VoucherJson.write(p.vouchers()));
        if (!p.accounts().isNone()) o.set("accounts", AccountJson.writePolicy(p.accounts()));
        if (!p.partnerFunding().isNone()) {
            ObjectNode f = o.putObject("partnerFunding");
            p.partnerFunding().percentByRule().forEach((k, v) -> f.put(k, plain(v)));
        }
        if (!p.calendars().isEmpty()) {
            ObjectNode c = o.putObject("calendars");
            p.calendars().written().forEach((name, days) -> strings(c.putArray(name), days));
        }
        return o;
    }

    private static ObjectNode earnRule(EarnRule r) {
        ObjectNode n = F.objectNode();
        n.put("kind", r.kind().jsonName());
        n.put("id", r.id());
        r.accept(new EarnRule.Cases<Void>() {
            @Override
            public Void spend(SpendRule s) {
                n.put("points", s.points()).put("per", plain(s.per()));
                s.minimumSpend().ifPresent(m -> n.put("minimumSpend", m.amount().toPlainString()));
                if (s.minimumSpend().isPresent() && s.minimumOn() != MinimumOn.ELIGIBLE_LINES) n.put("minimumOn", s.minimumOn().name());
                if (s.shippingEarns()) n.put("shippingEarns", true);
                return null;
            }

            @Override
            public Void multiplier(Multiplier m) {
                n.put("factor", plain(m.factor()));
                return null;
            }

            @Override
            public Void firstPurchaseBonus(FirstPurchaseBonus f) {
                n.put("points", f.points());
                f.minimumSpend().ifPresent(m -> n.put("minimumSpend", m.amount().toPlainString()));
                return null;
            }

            @Override
            public Void basketBonus(BasketBonus b) {
                n.put("points", b.points()).put("minimumSpend", b.minimumSpend().amount().toPlainString());
                return null;
            }

            @Override
            public Void itemBonus(ItemBonus b) {
                n.put("points", b.points());
                if (b.maxUnits() > 0) n.put("maxUnits", b.maxUnits());
                return null;
            }
        });
        scopeAndWhen(n, r.scope(), r.when());
        return n;
    }

    /** A line scope as JSON: only the sets it has. */
    static ObjectNode writeScope(LineScope scope) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        if (!scope.includeCategories().isEmpty()) strings(s.putArray("includeCategories"), scope.includeCategories());
        if (!scope.excludeCategories().isEmpty()) strings(s.putArray("excludeCategories"), scope.excludeCategories());
        if (!scope.includeSkus().isEmpty()) strings(s.putArray("includeSkus"), scope.includeSkus());
        if (!scope.excludeSkus().isEmpty()) strings(s.putArray("excludeSkus"), scope.excludeSkus());
        if (!scope.partners().isEmpty()) strings(s.putArray("partners"), scope.partners());
        return s;
    }

    static void scopeAndWhen(ObjectNode n, LineScope scope, Conditions when) {
        if (!scope.isAll()) n.set("scope", writeScope(scope));
        if (!when.isAlways()) {
            ObjectNode w = n.putObject("when");
            when.from().ifPresent(f -> w.put("from", f.toString()));
            when.until().ifPresent(u -> w.put("until", u.toString()));
            if (!when.days().isEmpty()) strings(w.putArray("days"), when.days().stream().map(Enum::name).toList());
            if (!when.channels().isEmpty()) strings(w.putArray("channels"), when.channels());
            if (!when.stores().isEmpty()) strings(w.putArray("stores"), when.stores());
            if (!when.segments().isEmpty()) strings(w.putArray("segments"), when.segments());
            when.fromTime().ifPresent(t -> w.put("fromTime", t.toString()));
            when.untilTime().ifPresent(t -> w.put("untilTime", t.toString()));
            when.occasion().ifPresent(o -> w.putObject("occasion").put("kind", o.kind().name()).put("span", o.span().name()));
            when.calendar().ifPresent(c -> w.put("calendar", c));
            when.exceptCalendar().ifPresent(c -> w.put("exceptCalendar", c));
        }
    }

    static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
