package dev.rewards.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the usual purchase operation, one JSON object as a history file or a topic holds it, in one
 * pass over its tokens: no tree, no paths kept for messages. Anything it is not sure of (a field it
 * does not know, a null, a number where it expects text, a duplicate key, a value the model refuses)
 * makes it answer null, and the caller reads the text the general way ({@link OperationJson}), which
 * words every problem with its path; what it does read is what that way reads (property-tested on
 * generated and altered texts). Reading a history, building the tree and walking it cost more than
 * evaluating the purchase's rules in Drools' share. Stateless; thread-safe.
 */
final class PurchaseLines {
    private PurchaseLines() {
    }

    /** The fields of a purchase and of a line, as the general reading allows them. */
    private static final List<String> TOP = List.of("kind", "id", "memberId", "at", "channel", "store", "currency", "lines", "shipping",
            "vouchers", "shipTo", "payWithPoints");
    private static final List<String> LINE = List.of("id", "sku", "categories", "unitPrice", "quantity", "vendor");

    /** The purchase {@code json} holds, or null when the general reading must decide. */
    static Operation.Purchase read(JsonFactory factory, String json) {
        // a cheap look first: only purchases are read here
        if (!json.contains("\"purchase\"")) return null;
        try (JsonParser p = factory.createParser(json)) {
            return purchase(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Operation.Purchase purchase(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) return null;
        String kind = null, id = null, memberId = null, at = null, channel = null, store = null, currency = null, shipTo = null;
        String shipping = null;
        long payWithPoints = 0;
        List<RawLine> lines = null;
        List<String> vouchers = null;
        int seen = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            seen = mark(TOP, name, seen);
            if (seen < 0) return null;
            JsonToken v = p.nextToken();
            switch (name) {
                case "lines" -> {
                    lines = lines(p, v);
                    if (lines == null) return null;
                }
                case "vouchers" -> {
                    vouchers = strings(p, v);
                    if (vouchers == null) return null;
                }
                case "payWithPoints" -> {
                    Long n = whole(p, v, Long.MAX_VALUE);
                    if (n == null) return null;
                    payWithPoints = n;
                }
                default -> {
                    if (v != JsonToken.VALUE_STRING) return null;
                    String text = p.getText();
                    switch (name) {
                        case "kind" -> kind = text;
                        case "id" -> id = text;
                        case "memberId" -> memberId = text;
                        case "at" -> at = text;
                        case "channel" -> channel = text;
                        case "store" -> store = text;
                        case "currency" -> currency = text;
                        case "shipTo" -> shipTo = text;
                        case "shipping" -> shipping = text;
                        default -> {
                            return null;
                        }
                    }
                }
            }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null) return null;
        if (!"purchase".equals(kind) || id == null || memberId == null || at == null || currency == null || lines == null) return null;
        Currency cur = Currency.getInstance(currency);
        List<Line> built = new ArrayList<>(lines.size());
        for (RawLine l : lines) {
            BigDecimal price = decimal(l.unitPrice);
            if (price == null) return null;
            built.add(new Line(l.id, l.sku, l.categories, Money.of(price, cur), l.quantity, Optional.ofNullable(l.vendor)));
        }
        Money ship = null;
        if (shipping != null) {
            BigDecimal amount = decimal(shipping);
            if (amount == null) return null;
            ship = Money.of(amount, cur);
        }
        Instant when = dev.rewards.internal.IsoInstants.parse(at);
        return new Operation.Purchase(new Transaction(id, memberId, when, Optional.ofNullable(channel), Optional.ofNullable(store), cur,
                built, ship, vouchers == null ? new ArrayList<>() : vouchers, Optional.ofNullable(shipTo), payWithPoints));
    }

    /** A line as written: every field text but the quantity; categories a set, as {@link JsonIn#strings} reads them. */
    private record RawLine(String id, String sku, Set<String> categories, String unitPrice, int quantity, String vendor) {
    }

    private static List<RawLine> lines(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) return null;
        List<RawLine> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null, sku = null, unitPrice = null, vendor = null;
            Set<String> categories = new TreeSet<>();
            Integer quantity = null;
            int seen = 0;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                seen = mark(LINE, name, seen);
                if (seen < 0) return null;
                JsonToken value = p.nextToken();
                switch (name) {
                    case "categories" -> {
                        List<String> c = strings(p, value);
                        if (c == null) return null;
                        categories.addAll(c);
                    }
                    case "quantity" -> {
                        Long n = whole(p, value, Integer.MAX_VALUE);
                        if (n == null) return null;
                        quantity = n.intValue();
                    }
                    default -> {
                        if (value != JsonToken.VALUE_STRING) return null;
                        switch (name) {
                            case "id" -> id = p.getText();
                            case "sku" -> sku = p.getText();
                            case "unitPrice" -> unitPrice = p.getText();
                            case "vendor" -> vendor = p.getText();
                            default -> {
                                return null;
                            }
                        }
                    }
                }
            }
            if (t != JsonToken.END_OBJECT || quantity == null || unitPrice == null) return null;
            out.add(new RawLine(id, sku, categories, unitPrice, quantity, vendor));
        }
        return p.currentToken() == JsonToken.END_ARRAY ? out : null;
    }

    /**
     * {@code seen} (one bit per field of {@code known}) with {@code name}'s bit set; -1 for a field not
     * known here or a key given twice: the general reading says what is wrong.
     */
    private static int mark(List<String> known, String name, int seen) {
        int field = known.indexOf(name);
        return field < 0 || (seen & 1 << field) != 0 ? -1 : seen | 1 << field;
    }

    private static List<String> strings(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) return null;
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) out.add(p.getText());
        return t == JsonToken.END_ARRAY ? out : null;
    }

    /** A JSON integer within {@code -max..max}, as {@link JsonIn#integer} accepts; null for anything else. */
    private static Long whole(JsonParser p, JsonToken v, long max) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) return null;
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) return null;
        long n = p.getLongValue();
        return n == Long.MIN_VALUE || Math.abs(n) > max ? null : n;
    }

    /** A decimal written as text, as {@link JsonIn#decimal} reads it, within the same digits; null otherwise. */
    private static BigDecimal decimal(String text) {
        BigDecimal d = new BigDecimal(text.trim());
        if ((long) d.precision() - d.scale() > JsonIn.MAX_WHOLE_DIGITS || d.scale() > JsonIn.MAX_DECIMALS) return null;
        return d;
    }
}
