package dev.rewards.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.transaction.LineScope;
import dev.rewards.voucher.Benefit;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Reads and writes a voucher campaign's {@code benefit} (V1, D1-D4): one JSON shape per
 * {@link Benefit} kind, the writer through the compiler-checked {@link Benefit.Cases}.
 */
final class BenefitJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String TYPES = "[percentOff, amountOff, amountOffEach, amountOffEachLine, unitsOff, buyXGetY, bundlePrice, freeItem,"
            + " freeShipping, shippingOff, storedValue, reward]";

    private BenefitJson() {
    }

    static Benefit read(JsonIn in, Currency currency) {
        String type = in.string("type");
        if (type == null) {
            if (!in.has("type")) in.problem(in.at("type"), Messages.required());
            return null;
        }
        switch (type) {
            case "percentOff" -> {
                in.allowOnly("type", "percent", "maximum");
                BigDecimal percent = in.decimal("percent");
                Optional<Money> max = Optional.ofNullable(ProgramJson.money(in, "maximum", currency));
                return in.build(() -> new Benefit.PercentOff(percent, max));
            }
            case "amountOff" -> {
                in.allowOnly("type", "amount", "reachesShipping");
                Money amount = ProgramJson.money(in, "amount", currency);
                Boolean shipping = in.bool("reachesShipping", false);
                return shipping == null ? null : in.build(() -> new Benefit.AmountOff(amount, shipping));
            }
            case "shippingOff" -> {
                in.allowOnly("type", "percent", "amount");
                Optional<BigDecimal> percent = Optional.ofNullable(in.decimal("percent"));
                Optional<Money> amount = Optional.ofNullable(ProgramJson.money(in, "amount", currency));
                return in.build(() -> new Benefit.ShippingOff(percent, amount));
            }
            case "amountOffEach" -> {
                in.allowOnly("type", "amount", "maxUnits", "maxUnitsPerLine");
                Money amount = ProgramJson.money(in, "amount", currency);
                Integer maxUnits = in.count("maxUnits", 0);
                Integer perLine = in.count("maxUnitsPerLine", 0);
                return maxUnits == null || perLine == null ? null : in.build(() -> new Benefit.AmountOffEach(amount, maxUnits, perLine));
            }
            case "amountOffEachLine" -> {
                in.allowOnly("type", "amount");
                Money amount = ProgramJson.money(in, "amount", currency);
                return in.build(() -> new Benefit.AmountOffEachLine(amount));
            }
            case "unitsOff" -> {
                in.allowOnly("type", "units", "pick", "percent", "amountEach");
                Integer units = in.count("units", 1);
                Benefit.Pick pick = in.enumValue("pick", Benefit.Pick.class, Benefit.Pick.CHEAPEST);
                Optional<BigDecimal> percent = Optional.ofNullable(in.decimal("percent"));
                Optional<Money> each = Optional.ofNullable(ProgramJson.money(in, "amountEach", currency));
                return units == null ? null : in.build(() -> new Benefit.UnitsOff(units, pick, percent, each));
            }
            case "buyXGetY" -> {
                in.allowOnly("type", "buy", "get", "percent", "amountEach", "maxTimes", "getItems");
                Integer buy = in.count("buy", 0);
                Integer get = in.count("get", 0);
                Optional<BigDecimal> percent = Optional.ofNullable(in.decimal("percent"));
                Optional<Money> each = Optional.ofNullable(ProgramJson.money(in, "amountEach", currency));
                Integer times = in.count("maxTimes", 0);
                Optional<LineScope> getItems = in.object("getItems").map(ProgramJson::scope);
                return buy == null || get == null || times == null ? null
                        : in.build(() -> new Benefit.BuyXGetY(buy, get, percent, each, times, getItems));
            }
            case "bundlePrice" -> {
                in.allowOnly("type", "units", "price", "maxTimes");
                Integer units = in.count("units", 0);
                Money price = ProgramJson.money(in, "price", currency);
                Integer times = in.count("maxTimes", 0);
                return units == null || times == null ? null : in.build(() -> new Benefit.BundlePrice(units, price, times));
            }
            case "freeItem" -> {
                in.allowOnly("type", "sku", "quantity");
                String sku = in.string("sku");
                Integer quantity = in.count("quantity", 1);
                return quantity == null ? null : in.build(() -> new Benefit.FreeItem(sku, quantity));
            }
            case "freeShipping" -> {
                in.allowOnly("type");
                return new Benefit.FreeShipping();
            }
            case "storedValue" -> {
                in.allowOnly("type", "value");
                Money value = ProgramJson.money(in, "value", currency);
                return in.build(() -> new Benefit.StoredValue(value));
            }
            case "reward" -> {
                in.allowOnly("type", "description");
                String description = in.string("description");
                return in.build(() -> new Benefit.Reward(description));
            }
            default -> {
                in.problem(in.at("type"), Messages.unknownKind(type, TYPES));
                return null;
            }
        }
    }

    static ObjectNode write(Benefit b) {
        ObjectNode n = F.objectNode().put("type", b.type());
        return b.accept(new Benefit.Cases<ObjectNode>() {
            @Override
            public ObjectNode percentOff(Benefit.PercentOff p) {
                n.put("percent", p.percent().toPlainString());
                p.maximum().ifPresent(m -> n.put("maximum", m.amount().toPlainString()));
                return n;
            }

            @Override
            public ObjectNode amountOff(Benefit.AmountOff a) {
                n.put("amount", a.amount().amount().toPlainString());
                return a.reachesShipping() ? n.put("reachesShipping", true) : n;
            }

            @Override
            public ObjectNode shippingOff(Benefit.ShippingOff s) {
                s.percent().ifPresent(p -> n.put("percent", p.toPlainString()));
                s.amount().ifPresent(a -> n.put("amount", a.amount().toPlainString()));
                return n;
            }

            @Override
            public ObjectNode amountOffEach(Benefit.AmountOffEach a) {
                n.put("amount", a.amount().amount().toPlainString());
                if (a.maxUnitsPerLine() > 0) n.put("maxUnitsPerLine", a.maxUnitsPerLine());
                return a.maxUnits() > 0 ? n.put("maxUnits", a.maxUnits()) : n;
            }

            @Override
            public ObjectNode amountOffEachLine(Benefit.AmountOffEachLine a) {
                return n.put("amount", a.amount().amount().toPlainString());
            }

            @Override
            public ObjectNode unitsOff(Benefit.UnitsOff u) {
                n.put("units", u.units()).put("pick", u.pick().name());
                return percentOrAmount(n, u.percent(), u.amountEach());
            }

            @Override
            public ObjectNode buyXGetY(Benefit.BuyXGetY b) {
                n.put("buy", b.buy()).put("get", b.get());
                percentOrAmount(n, b.percent(), b.amountEach());
                if (b.maxTimes() > 0) n.put("maxTimes", b.maxTimes());
                b.getItems().ifPresent(scope -> n.set("getItems", ProgramJson.writeScope(scope)));
                return n;
            }

            @Override
            public ObjectNode bundlePrice(Benefit.BundlePrice b) {
                n.put("units", b.units()).put("price", b.price().amount().toPlainString());
                return b.maxTimes() > 0 ? n.put("maxTimes", b.maxTimes()) : n;
            }

            @Override
            public ObjectNode freeItem(Benefit.FreeItem f) {
                return n.put("sku", f.sku()).put("quantity", f.quantity());
            }

            @Override
            public ObjectNode freeShipping(Benefit.FreeShipping f) {
                return n;
            }

            @Override
            public ObjectNode storedValue(Benefit.StoredValue v) {
                return n.put("value", v.value().amount().toPlainString());
            }

            @Override
            public ObjectNode reward(Benefit.Reward r) {
                return n.put("description", r.description());
            }
        });
    }

    private static ObjectNode percentOrAmount(ObjectNode n, Optional<BigDecimal> percent, Optional<Money> amountEach) {
        percent.ifPresent(p -> n.put("percent", p.toPlainString()));
        amountEach.ifPresent(a -> n.put("amountEach", a.amount().toPlainString()));
        return n;
    }
}
