package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Reads and writes the host's inputs: {@link Transaction}s and {@link MemberState}s. */
final class InputJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String INSTANT = "an ISO-8601 instant such as 2026-03-01T09:30:00Z";

    private InputJson() {
    }

    static Transaction readTransaction(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("a transaction object")) throw new InvalidInputException(problems);
        in.allowOnly("id", "memberId", "at", "channel", "store", "currency", "lines", "shipping", "vouchers", "shipTo", "payWithPoints");
        String id = in.string("id");
        String memberId = in.string("memberId");
        Instant at = in.parsed("at", dev.rewards.internal.IsoInstants::parse, INSTANT);
        String channel = in.string("channel");
        String shipTo = in.string("shipTo");
        String store = in.string("store");
        Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
        Currency moneyCurrency = currency == null ? ProgramJson.PLACEHOLDER : currency;
        List<Line> lines = new ArrayList<>();
        List<JsonIn> items = in.array("lines");
        if (!in.has("lines")) in.problem(in.at("lines"), Messages.required());
        for (JsonIn l : items) {
            if (!l.isObject("a line object")) continue;
            l.allowOnly("id", "sku", "categories", "unitPrice", "quantity", "vendor");
            String vendor = l.string("vendor");
            String lineId = l.string("id");
            String sku = l.string("sku");
            var categories = l.strings("categories");
            Money price = ProgramJson.money(l, "unitPrice", moneyCurrency);
            if (!l.has("quantity")) l.problem(l.at("quantity"), Messages.required());
            Integer quantity = l.has("quantity") ? l.count("quantity", 0) : null;
            Line line = quantity == null ? null : l.build(() -> new Line(lineId, sku, categories, price, quantity, Optional.ofNullable(vendor)));
            if (line != null) lines.add(line);
        }
        Money shipping = ProgramJson.money(in, "shipping", moneyCurrency);
        List<String> vouchers = new ArrayList<>();
        for (JsonIn v : in.array("vouchers")) {
            if (v.node.isTextual()) vouchers.add(v.node.textValue());
            else v.problem(v.path, Messages.expected("a voucher code string", JsonIn.typeOf(v.node)));
        }
        Long payWithPoints = in.integer("payWithPoints", 0);
        boolean allLines = lines.size() == items.size();
        int before = problems.size();
        // Built even when reading found problems, so that the transaction's own checks are reported too.
        Transaction built = in.build(() -> new Transaction(id, memberId, at, Optional.ofNullable(channel),
                Optional.ofNullable(store), currency, lines, shipping, vouchers, Optional.ofNullable(shipTo),
                payWithPoints == null ? 0 : payWithPoints));
        if (!allLines) {
            // positions in a partial list of lines would be wrong: keep only what reading found there
            problems.subList(before, problems.size()).removeIf(p -> p.path().startsWith("$.lines["));
        }
        if (!problems.isEmpty() || built == null) throw new InvalidInputException(problems);
        return built;
    }

    /** A birthday as JSON holds it, {@code MM-dd} (ISO's {@code --MM-dd} accepted too): no year. */
    static java.time.MonthDay monthDay(String text) {
        return java.time.MonthDay.parse(text.startsWith("--") ? text : "--" + text);
    }

    static String monthDay(java.time.MonthDay day) {
        return day.toString().substring(2);
    }

    static MemberState readMember(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(root, problems);
        if (!in.isObject("a member object")) throw new InvalidInputException(problems);
        in.allowOnly("id", "enrolledAt", "tier", "currency", "qualifyingSpend", "qualifyingPoints", "qualifyingPurchases",
                "lifetimePurchases", "segments", "birthday", "spendablePoints");
        String id = in.string("id");
        java.time.MonthDay birthday = in.parsed("birthday", InputJson::monthDay, "a month and day such as 03-12");
        Instant enrolledAt = in.parsed("enrolledAt", dev.rewards.internal.IsoInstants::parse, INSTANT);
        String tier = in.string("tier");
        Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
        if (!in.has("currency")) in.problem(in.at("currency"), Messages.required());
        Money spend = in.has("qualifyingSpend") ? ProgramJson.money(in, "qualifyingSpend", currency == null ? ProgramJson.PLACEHOLDER : currency)
                : Money.zero(currency == null ? ProgramJson.PLACEHOLDER : currency);
        Long points = in.integer("qualifyingPoints", 0);
        Integer purchases = in.count("qualifyingPurchases", 0);
        Integer lifetime = in.count("lifetimePurchases", 0);
        Long spendable = in.has("spendablePoints") ? in.integer("spendablePoints", 0) : null;
        MemberState member = points == null || purchases == null || lifetime == null ? null
                : in.build(() -> new MemberState(id, Optional.ofNullable(enrolledAt), Optional.ofNullable(tier), spend, points,
                        purchases, lifetime, in.strings("segments"), Optional.ofNullable(birthday),
                        spendable == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(spendable)));
        if (!problems.isEmpty() || member == null) throw new InvalidInputException(problems);
        return member;
    }

    static ObjectNode write(Transaction t) {
        ObjectNode o = F.objectNode();
        o.put("id", t.id());
        o.put("memberId", t.memberId());
        o.put("at", t.at().toString());
        t.channel().ifPresent(c -> o.put("channel", c));
        t.store().ifPresent(s -> o.put("store", s));
        o.put("currency", t.currency().getCurrencyCode());
        ArrayNode lines = o.putArray("lines");
        for (Line l : t.lines()) {
            ObjectNode n = lines.addObject();
            n.put("id", l.id());
            n.put("sku", l.sku());
            ProgramJson.strings(n.putArray("categories"), l.categories());
            n.put("unitPrice", l.unitPrice().amount().toPlainString());
            n.put("quantity", l.quantity());
            l.vendor().ifPresent(v -> n.put("vendor", v));
        }
        if (!t.shipping().isZero()) o.put("shipping", t.shipping().amount().toPlainString());
        t.shipTo().ifPresent(d -> o.put("shipTo", d));
        if (t.payWithPoints() > 0) o.put("payWithPoints", t.payWithPoints());
        // in full: this is the transaction as data, for the host to store or replay, not a log line
        if (!t.vouchers().isEmpty()) ProgramJson.strings(o.putArray("vouchers"), t.vouchers());
        return o;
    }

    static ObjectNode write(MemberState m) {
        ObjectNode o = F.objectNode();
        o.put("id", m.id());
        m.enrolledAt().ifPresent(e -> o.put("enrolledAt", e.toString()));
        m.tier().ifPresent(t -> o.put("tier", t));
        o.put("currency", m.qualifyingSpend().currency().getCurrencyCode());
        o.put("qualifyingSpend", m.qualifyingSpend().amount().toPlainString());
        o.put("qualifyingPoints", m.qualifyingPoints());
        o.put("qualifyingPurchases", m.qualifyingPurchases());
        o.put("lifetimePurchases", m.lifetimePurchases());
        if (!m.segments().isEmpty()) ProgramJson.strings(o.putArray("segments"), m.segments());
        m.birthday().ifPresent(b -> o.put("birthday", monthDay(b)));
        m.spendablePoints().ifPresent(p -> o.put("spendablePoints", p));
        return o;
    }
}
