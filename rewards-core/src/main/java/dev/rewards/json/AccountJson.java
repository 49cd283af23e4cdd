package dev.rewards.json;

import dev.rewards.program.Milestone;
import dev.rewards.program.Challenge;
import dev.rewards.program.PointsConversion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.PointsLot;
import dev.rewards.account.Refund;
import dev.rewards.account.StoreCredit;
import dev.rewards.program.CashbackForm;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.AccountPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads and writes the {@code accounts} section of a program, member accounts, events and refunds. */
final class AccountJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String INSTANT = "an ISO-8601 instant such as 2026-03-01T09:30:00Z";

    private AccountJson() {
    }

    // ---------------------------------------------------------------- policy

    static AccountPolicy readPolicy(JsonIn in, Currency currency) {
        in.allowOnly("actions", "referral", "periodCaps", "pendingDays", "expiry", "expiryNoticeDays", "conversion", "catalog",
                "downgradeGraceMonths", "tierBonuses", "tierRenewalBonuses", "tierVouchers", "challenges", "negativeBalance",
                "historyDays", "milestones", "occasionBonuses", "cashPayoutMinimum");
        int before = in.problems.size();
        List<AccountPolicy.ActionRule> actions = new ArrayList<>();
        for (JsonIn a : in.array("actions")) {
            if (!a.isObject("an action rule object")) continue;
            a.allowOnly("id", "eventType", "points", "maxTimes", "per", "perProduct", "stores", "channels");
            String id = a.string("id");
            String type = a.string("eventType");
            Long points = a.requiredInteger("points");
            Integer maxTimes = a.count("maxTimes", 0);
            Period per = a.enumValue("per", Period.class, null);
            Boolean perProduct = a.bool("perProduct", false);
            java.util.Set<String> stores = a.strings("stores");
            java.util.Set<String> channels = a.strings("channels");
            AccountPolicy.ActionRule r = points == null || maxTimes == null || perProduct == null ? null
                    : a.build(() -> new AccountPolicy.ActionRule(id, type, points, maxTimes, Optional.ofNullable(per), perProduct, stores, channels));
            if (r != null) actions.add(r);
        }
        Optional<AccountPolicy.ReferralRule> referral = in.object("referral").map(r -> {
            r.allowOnly("referrerPoints", "refereePoints", "minimumSpend", "clawbackOnRefund", "referrerPercent");
            Long referrer = r.integer("referrerPoints", 0);
            Long referee = r.integer("refereePoints", 0);
            Money min = r.has("minimumSpend") ? ProgramJson.money(r, "minimumSpend", currency) : Money.zero(currency);
            Boolean clawback = r.bool("clawbackOnRefund", true);
            java.math.BigDecimal percent = r.has("referrerPercent") ? r.decimal("referrerPercent") : java.math.BigDecimal.ZERO;
            return referrer == null || referee == null || clawback == null ? null
                    : r.build(() -> new AccountPolicy.ReferralRule(referrer, referee, min, clawback, percent));
        });
        List<AccountPolicy.PeriodCap> caps = new ArrayList<>();
        for (JsonIn c : in.array("periodCaps")) {
            if (!c.isObject("a period cap object")) continue;
            c.allowOnly("id", "period", "maxPoints", "eventType", "includeBonuses");
            String id = c.string("id");
            Period period = c.enumValue("period", Period.class, null);
            Long max = c.requiredInteger("maxPoints");
            String type = c.string("eventType");
            Boolean bonuses = c.bool("includeBonuses", false);
            AccountPolicy.PeriodCap cap = max == null || bonuses == null ? null
                    : c.build(() -> new AccountPolicy.PeriodCap(id, period, max, Optional.ofNullable(type), bonuses));
            if (cap != null) caps.add(cap);
        }
        Integer pending = in.count("pendingDays", 0);
        AccountPolicy.Expiry expiry = in.object("expiry").map(e -> {
            e.allowOnly("monthsAfterEarning", "daysAfterEarning", "onDate", "exactInstant", "roundUpTo", "yearlyOn");
            Integer months = e.has("monthsAfterEarning") ? e.count("monthsAfterEarning", 0) : null;
            Integer days = e.has("daysAfterEarning") ? e.count("daysAfterEarning", 0) : null;
            LocalDate on = e.parsed("onDate", LocalDate::parse, "a date such as 2026-12-31");
            Boolean exact = e.bool("exactInstant", false);
            AccountPolicy.Expiry.RoundUp round = e.enumValue("roundUpTo", AccountPolicy.Expiry.RoundUp.class, AccountPolicy.Expiry.RoundUp.NONE);
            java.time.MonthDay yearly = e.parsed("yearlyOn", t -> java.time.MonthDay.parse("--" + t), "a month and day such as 12-31");
            return exact == null || round == null ? null : e.build(() -> new AccountPolicy.Expiry(Optional.ofNullable(months),
                    Optional.ofNullable(days), Optional.ofNullable(on), exact, round, Optional.ofNullable(yearly)));
        }).orElse(AccountPolicy.Expiry.NEVER);
        Integer notice = in.count("expiryNoticeDays", 30);
        Optional<PointsConversion> conversion = ConversionJson.read(in, currency);
        List<AccountPolicy.CatalogReward> catalog = new ArrayList<>();
        for (JsonIn c : in.array("catalog")) {
            if (!c.isObject("a catalog reward object")) continue;
            c.allowOnly("id", "name", "points", "pointsByTier", "voucherCampaign");
            String id = c.string("id");
            String name = c.string("name");
            Long points = c.requiredInteger("points");
            Map<String, Long> byTier = new LinkedHashMap<>();
            c.object("pointsByTier").ifPresent(o -> o.node.fieldNames().forEachRemaining(t -> {
                Long p = o.integer(t, 0);
                if (p != null) byTier.put(t, p);
            }));
            String voucher = c.string("voucherCampaign");
            AccountPolicy.CatalogReward r = points == null ? null
                    : c.build(() -> new AccountPolicy.CatalogReward(id, name, points, byTier, Optional.ofNullable(voucher)));
            if (r != null) catalog.add(r);
        }
        Integer grace = in.count("downgradeGraceMonths", 0);
        Map<String, Long> bonuses = new LinkedHashMap<>();
        in.object("tierBonuses").ifPresent(o -> o.node.fieldNames().forEachRemaining(t -> {
            Long p = o.integer(t, 0);
            if (p != null) bonuses.put(t, p);
        }));
        Map<String, Long> renewals = new LinkedHashMap<>();
        in.object("tierRenewalBonuses").ifPresent(o -> o.node.fieldNames().forEachRemaining(t -> {
            Long p = o.integer(t, 0);
            if (p != null) renewals.put(t, p);
        }));
        Map<String, String> vouchers = new LinkedHashMap<>();
        in.object("tierVouchers").ifPresent(o -> o.node.fieldNames().forEachRemaining(t -> {
            String c = o.string(t);
            if (c != null) vouchers.put(t, c);
        }));
        List<Challenge> challenges = EngagementJson.challenges(in);
        AccountPolicy.NegativeBalance negative = in.enumValue("negativeBalance", AccountPolicy.NegativeBalance.class,
                AccountPolicy.NegativeBalance.FORFEIT);
        Integer history = in.count("historyDays", AccountPolicy.DEFAULT_HISTORY_DAYS);
        List<Milestone> milestones = EngagementJson.milestones(in);
        List<dev.rewards.program.OccasionBonus> occasions = OccasionJson.read(in);
        Optional<Money> payout = Optional.ofNullable(ProgramJson.money(in, "cashPayoutMinimum", currency));
        if (in.problems.size() > before || pending == null || notice == null || grace == null || history == null) return null;
        return in.build(() -> new AccountPolicy(actions, referral, caps, pending, expiry, notice, conversion, catalog, grace, bonuses,
                vouchers, challenges, negative, history, milestones, occasions, payout, renewals));
    }

    static ObjectNode writePolicy(AccountPolicy p) {
        ObjectNode o = F.objectNode();
        if (!p.actions().isEmpty()) {
            ArrayNode a = o.putArray("actions");
            p.actions().forEach(r -> {
                ObjectNode n = a.addObject().put("id", r.id()).put("eventType", r.eventType()).put("points", r.points());
                if (r.maxTimes() > 0) n.put("maxTimes", r.maxTimes());
                r.per().ifPresent(per -> n.put("per", per.name()));
                if (r.perProduct()) n.put("perProduct", true);
                if (!r.stores().isEmpty()) ProgramJson.strings(n.putArray("stores"), r.stores());
                if (!r.channels().isEmpty()) ProgramJson.strings(n.putArray("channels"), r.channels());
            });
        }
        p.referral().ifPresent(r -> {
            ObjectNode n = o.putObject("referral").put("referrerPoints", r.referrerPoints()).put("refereePoints", r.refereePoints())
                    .put("minimumSpend", r.minimumSpend().amount().toPlainString());
            if (!r.clawbackOnRefund()) n.put("clawbackOnRefund", false);
            if (r.referrerPercent().signum() > 0) n.put("referrerPercent", r.referrerPercent().toPlainString());
        });
        if (!p.periodCaps().isEmpty()) {
            ArrayNode a = o.putArray("periodCaps");
            p.periodCaps().forEach(c -> {
                ObjectNode n = a.addObject().put("id", c.id()).put("period", c.period().name()).put("maxPoints", c.maxPoints());
                c.eventType().ifPresent(t -> n.put("eventType", t));
                if (c.includeBonuses()) n.put("includeBonuses", true);
            });
        }
        o.put("pendingDays", p.pendingDays());
        if (!p.expiry().equals(AccountPolicy.Expiry.NEVER)) {
            ObjectNode e = o.putObject("expiry");
            p.expiry().monthsAfterEarning().ifPresent(m -> e.put("monthsAfterEarning", m));
            p.expiry().daysAfterEarning().ifPresent(d -> e.put("daysAfterEarning", d));
            p.expiry().onDate().ifPresent(d -> e.put("onDate", d.toString()));
            p.expiry().yearlyOn().ifPresent(d -> e.put("yearlyOn", d.toString().substring(2)));
            if (p.expiry().roundUpTo() != AccountPolicy.Expiry.RoundUp.NONE) e.put("roundUpTo", p.expiry().roundUpTo().name());
            if (p.expiry().exactInstant()) e.put("exactInstant", true);
        }
        o.put("expiryNoticeDays", p.expiryNoticeDays());
        p.conversion().ifPresent(c -> ConversionJson.write(o, c));
        if (!p.catalog().isEmpty()) {
            ArrayNode a = o.putArray("catalog");
            p.catalog().forEach(c -> {
                ObjectNode n = a.addObject().put("id", c.id()).put("name", c.name()).put("points", c.points());
                if (!c.pointsByTier().isEmpty()) {
                    ObjectNode t = n.putObject("pointsByTier");
                    new TreeMap<>(c.pointsByTier()).forEach(t::put);
                }
                c.voucherCampaign().ifPresent(v -> n.put("voucherCampaign", v));
            });
        }
        o.put("downgradeGraceMonths", p.downgradeGraceMonths());
        if (!p.tierBonuses().isEmpty()) {
            ObjectNode b = o.putObject("tierBonuses");
            new TreeMap<>(p.tierBonuses()).forEach(b::put);
        }
        if (!p.tierRenewalBonuses().isEmpty()) new TreeMap<>(p.tierRenewalBonuses()).forEach(o.putObject("tierRenewalBonuses")::put);
        if (!p.tierVouchers().isEmpty()) {
            ObjectNode b = o.putObject("tierVouchers");
            new TreeMap<>(p.tierVouchers()).forEach(b::put);
        }
        EngagementJson.writeChallenges(o, p.challenges());
        o.put("negativeBalance", p.negativeBalance().name());
        if (p.historyDays() != AccountPolicy.DEFAULT_HISTORY_DAYS) o.put("historyDays", p.historyDays());
        if (!p.occasionBonuses().isEmpty()) o.set("occasionBonuses", OccasionJson.write(p.occasionBonuses()));
        p.cashPayoutMinimum().ifPresent(m -> o.put("cashPayoutMinimum", m.amount().toPlainString()));
        EngagementJson.writeMilestones(o, p.milestones());
        return o;
    }

    // ---------------------------------------------------------------- accounts, events, refunds

    static ObjectNode write(MemberAccount a) {
        return write(a, true);
    }

    /** The account; without its lots, ledger, qualifying records, purchases and ids unless {@code whole}. */
    static ObjectNode write(MemberAccount a, boolean whole) {
        ObjectNode o = F.objectNode();
        o.put("memberId", a.memberId());
        a.enrolledAt().ifPresent(e -> o.put("enrolledAt", e.toString()));
        a.referralCode().ifPresent(c -> o.put("referralCode", c));
        a.referredBy().ifPresent(r -> o.put("referredBy", r));
        o.put("referralPaid", a.referralPaid());
        o.put("referralsMade", a.referralsMade());
        a.tier().ifPresent(t -> o.put("tier", t));
        a.downgrade().ifPresent(d -> {
            ObjectNode n = o.putObject("downgrade").put("at", d.at().toString());
            d.to().ifPresent(t -> n.put("to", t));
        });
        a.tierHold().ifPresent(h -> {
            ObjectNode n = o.putObject("tierHold").put("since", h.since().toString());
            h.protectedUntil().ifPresent(p -> n.put("protectedUntil", p.toString()));
        });
        a.birthday().ifPresent(b -> o.put("birthday", InputJson.monthDay(b)));
        o.put("clock", a.clock().toString());
        if (!a.segments().isEmpty()) ProgramJson.strings(o.putArray("segments"), a.segments());
        o.put("debt", a.debt());
        if (!a.credit().isEmpty()) {
            StoreCredit c = a.credit();
            ObjectNode credit = o.putObject("credit").put("balance", c.balance().toPlainString()).put("owed", c.owed().toPlainString());
            ArrayNode pending = credit.putArray("pending");
            for (StoreCredit.Lot l : c.pending()) {
                pending.addObject().put("source", l.source()).put("form", l.form().name()).put("earnedAt", l.earnedAt().toString())
                        .put("amount", l.amount().toPlainString()).put("remaining", l.remaining().toPlainString())
                        .put("confirmAt", l.confirmAt().toString());
            }
            if (whole) {
                ArrayNode ledger = credit.putArray("ledger");
                for (StoreCredit.Entry e : c.ledger()) ledger.add(AccountParts.creditNode(e));
            }
        }
        if (whole) {
            ArrayNode lots = o.putArray("lots");
            for (PointsLot l : a.lots()) lots.add(AccountParts.lotNode(l));
            ArrayNode ledger = o.putArray("ledger");
            for (LedgerEntry e : a.ledger()) ledger.add(AccountParts.ledgerNode(e));
            ArrayNode q = o.putArray("qualifying");
            for (MemberAccount.Qualifying x : a.qualifying()) q.add(AccountParts.qualifyingNode(x));
        }
        o.put("lifetimePurchases", a.lifetimePurchases());
        ArrayNode badges = o.putArray("badges");
        for (MemberAccount.Badge b : a.badges()) badges.addObject().put("badge", b.badge()).put("challengeId", b.challengeId()).put("at", b.at().toString());
        ObjectNode progress = o.putObject("challengeProgress");
        new TreeMap<>(a.challengeProgress()).forEach(progress::put);
        if (whole) {
            AccountParts.putAll(o, a.purchases());
            ObjectNode processed = o.putObject("processed");
            new TreeMap<>(a.processed()).forEach((id, at) -> processed.put(id, at.toString()));
        }
        return o;
    }

    static MemberAccount read(JsonNode n) {
        try {
            List<PointsLot> lots = new ArrayList<>();
            for (JsonNode l : n.path("lots")) {
                lots.add(new PointsLot(l.get("source").asText(), l.get("group").asText(), Instant.parse(l.get("earnedAt").asText()), l.get("points").asLong(),
                        l.get("remaining").asLong(), Instant.parse(l.get("confirmAt").asText()),
                        l.hasNonNull("expiresAt") ? Optional.of(Instant.parse(l.get("expiresAt").asText())) : Optional.empty(),
                        l.path("noticed").asBoolean(false)));
            }
            List<LedgerEntry> ledger = new ArrayList<>();
            for (JsonNode e : n.path("ledger")) {
                ledger.add(new LedgerEntry(Instant.parse(e.get("at").asText()), LedgerEntry.Kind.valueOf(e.get("kind").asText()),
                        e.get("points").asLong(), e.get("source").asText(), e.get("group").asText()));
            }
            List<MemberAccount.Qualifying> qualifying = new ArrayList<>();
            for (JsonNode q : n.path("qualifying")) {
                qualifying.add(new MemberAccount.Qualifying(Instant.parse(q.get("at").asText()), new BigDecimal(q.get("spend").asText()),
                        q.get("points").asLong(), q.get("purchases").asInt()));
            }
            List<MemberAccount.Badge> badges = new ArrayList<>();
            for (JsonNode b : n.path("badges")) {
                badges.add(new MemberAccount.Badge(b.get("badge").asText(), b.get("challengeId").asText(), Instant.parse(b.get("at").asText())));
            }
            Map<String, Integer> progress = new TreeMap<>();
            n.path("challengeProgress").properties().forEach(e -> progress.put(e.getKey(), e.getValue().asInt()));
            Map<String, MemberAccount.Purchase> purchases = new TreeMap<>();
            n.path("purchases").properties().forEach(e -> {
                JsonNode p = e.getValue();
                Map<String, MemberAccount.PurchasedLine> lines = new TreeMap<>();
                p.path("lines").properties().forEach(l -> lines.put(l.getKey(), new MemberAccount.PurchasedLine(
                        l.getValue().get("quantity").asInt(), new BigDecimal(l.getValue().get("unitPrice").asText()),
                        l.getValue().get("points").asLong(), l.getValue().get("refunded").asInt(),
                        new BigDecimal(l.getValue().path("credit").asText("0")), new BigDecimal(l.getValue().path("cash").asText("0")),
                        l.getValue().path("paidPoints").asLong(0),
                        l.getValue().has("counted") ? new BigDecimal(l.getValue().get("counted").asText()) : null)));
                purchases.put(e.getKey(), new MemberAccount.Purchase(Instant.parse(p.get("at").asText()), lines, p.get("credited").asLong(),
                        p.get("reversed").asLong(), p.path("paidReferral").asBoolean(false)));
            });
            StoreCredit credit = StoreCredit.NONE;
            JsonNode c = n.get("credit");
            if (c != null && !c.isNull()) {
                List<StoreCredit.Lot> pending = new ArrayList<>();
                for (JsonNode l : c.path("pending")) {
                    pending.add(new StoreCredit.Lot(l.get("source").asText(), CashbackForm.valueOf(l.get("form").asText()),
                            Instant.parse(l.get("earnedAt").asText()), new BigDecimal(l.get("amount").asText()),
                            new BigDecimal(l.get("remaining").asText()), Instant.parse(l.get("confirmAt").asText())));
                }
                List<StoreCredit.Entry> entries = new ArrayList<>();
                for (JsonNode e : c.path("ledger")) {
                    entries.add(new StoreCredit.Entry(Instant.parse(e.get("at").asText()), StoreCredit.Entry.Kind.valueOf(e.get("kind").asText()),
                            new BigDecimal(e.get("amount").asText()), e.get("source").asText(), e.path("rule").asText("")));
                }
                credit = new StoreCredit(new BigDecimal(c.get("balance").asText()), new BigDecimal(c.get("owed").asText()), pending, entries);
            }
            // ids with when they were applied; a list of ids (written before that was kept) counts from the clock
            Instant clock = Instant.parse(n.get("clock").asText());
            Map<String, Instant> processed = new HashMap<>();
            JsonNode ids = n.path("processed");
            if (ids.isArray()) ids.forEach(x -> processed.put(x.asText(), clock));
            else ids.properties().forEach(e -> processed.put(e.getKey(), Instant.parse(e.getValue().asText())));
            JsonNode d = n.get("downgrade");
            return new MemberAccount(n.get("memberId").asText(), optionalInstant(n, "enrolledAt"), optionalText(n, "referralCode"),
                    optionalText(n, "referredBy"), n.path("referralPaid").asBoolean(), n.path("referralsMade").asInt(), optionalText(n, "tier"),
                    d == null ? Optional.empty() : Optional.of(new MemberAccount.Downgrade(optionalText(d, "to"), Instant.parse(d.get("at").asText()))),
                    clock, lots, n.path("debt").asLong(), ledger, qualifying, n.path("lifetimePurchases").asInt(),
                    badges, progress, purchases, processed, credit, segments(n), tierHold(n.get("tierHold")),
                    n.has("birthday") ? Optional.of(InputJson.monthDay(n.get("birthday").asText())) : Optional.empty());
        } catch (RuntimeException e) {
            throw new InvalidInputException(List.of(new Problem("$", "not a member account: " + e)));
        }
    }

    private static Optional<dev.rewards.account.TierHold> tierHold(JsonNode h) {
        if (h == null) return Optional.empty();
        return Optional.of(new dev.rewards.account.TierHold(Instant.parse(h.get("since").asText()), optionalInstant(h, "protectedUntil")));
    }

    private static java.util.Set<String> segments(JsonNode n) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        n.path("segments").forEach(x -> out.add(x.asText()));
        return out;
    }

    private static Optional<Instant> optionalInstant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(Instant.parse(n.get(field).asText())) : Optional.empty();
    }

    private static Optional<String> optionalText(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }

    static ObjectNode write(AccountEvent e) {
        ObjectNode o = F.objectNode().put("type", e.type().name()).put("memberId", e.memberId()).put("at", e.at().toString());
        if (e.points() != 0) o.put("points", e.points());
        e.amount().ifPresent(m -> o.put("amount", m.amount().toPlainString()).put("currency", m.currency().getCurrencyCode()));
        e.detail().ifPresent(d -> o.put("detail", d));
        return o.put("message", e.message());
    }

    static MemberEvent readEvent(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("an event object")) throw new InvalidInputException(problems);
        in.allowOnly("kind", "id", "memberId", "at", "type", "referralCode", "product", "store", "channel", "points");
        String id = in.string("id");
        String memberId = in.string("memberId");
        Instant at = in.parsed("at", dev.rewards.internal.IsoInstants::parse, INSTANT);
        String type = in.string("type");
        String code = in.string("referralCode");
        String product = in.string("product");
        String store = in.string("store");
        String channel = in.string("channel");
        Long points = in.has("points") ? in.integer("points", 0) : null;
        MemberEvent e = in.build(() -> new MemberEvent(id, memberId, at, type, Optional.ofNullable(code), Optional.ofNullable(product),
                Optional.ofNullable(store), Optional.ofNullable(channel), Optional.ofNullable(points)));
        if (!problems.isEmpty() || e == null) throw new InvalidInputException(problems);
        return e;
    }

    static Refund readRefund(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("a refund object")) throw new InvalidInputException(problems);
        in.allowOnly("kind", "id", "memberId", "transactionId", "at", "lines");
        String id = in.string("id");
        String memberId = in.string("memberId");
        String tx = in.string("transactionId");
        Instant at = in.parsed("at", dev.rewards.internal.IsoInstants::parse, INSTANT);
        Map<String, Integer> lines = new TreeMap<>();
        in.object("lines").ifPresent(o -> o.node.fieldNames().forEachRemaining(l -> {
            Integer q = o.count(l, 0);
            if (q != null) lines.put(l, q);
        }));
        Refund r = in.build(() -> new Refund(id, memberId, tx, at, lines));
        if (!problems.isEmpty() || r == null) throw new InvalidInputException(problems);
        return r;
    }
}
