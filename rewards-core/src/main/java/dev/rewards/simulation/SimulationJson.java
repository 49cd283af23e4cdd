package dev.rewards.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@link PartialFigures} as JSON, to carry them between machines (A4): every count and sum, amounts as
 * strings, exactly as they are, so that a partial read back merges to the same figures.
 */
public final class SimulationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] COUNTS = {"members", "purchases", "events", "refunds", "redemptions", "issued", "redeemed", "expired",
        "reversed", "pointsHeld"};

    private SimulationJson() {
    }

    public static String write(PartialFigures p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("everyMember", p.everyMember);
        long[] counts = {p.members, p.purchases, p.events, p.refunds, p.redemptions, p.issued, p.redeemed, p.expired, p.reversed, p.pointsHeld};
        for (int i = 0; i < COUNTS.length; i++) o.put(COUNTS[i], counts[i]);
        o.put("spend", p.spend.toPlainString()).put("cashback", p.cashback.toPlainString()).put("cashbackHeld", p.cashbackHeld.toPlainString())
                .put("discounts", p.discounts.toPlainString()).put("paid", p.paid.toPlainString());
        ObjectNode rules = o.putObject("pointsByRule");
        p.pointsByRule.forEach(rules::put);
        ObjectNode cash = o.putObject("cashbackByRule");
        p.cashbackByRule.forEach((k, v) -> cash.put(k, v.toPlainString()));
        ObjectNode campaigns = o.putObject("campaigns");
        p.campaigns.forEach((k, v) -> campaigns.putObject(k).put("presented", v[0]).put("applied", v[1])
                .put("amount", p.campaignAmounts.getOrDefault(k, BigDecimal.ZERO).toPlainString()));
        ObjectNode funded = o.putObject("partnerPoints");
        p.partnerPoints.forEach((rule, by) -> by.forEach(funded.putObject(rule)::put));
        ObjectNode fundedMoney = o.putObject("partnerDiscounts");
        p.partnerDiscounts.forEach((c, by) -> {
            ObjectNode n = fundedMoney.putObject(c);
            by.forEach((f, m) -> n.put(f, m.toPlainString()));
        });
        ObjectNode months = o.putObject("tiersByMonth");
        p.tiersByMonth.forEach((m, tiers) -> {
            ObjectNode t = months.putObject(m);
            tiers.forEach(t::put);
        });
        ArrayNode members = o.putArray("memberPoints");
        p.pointsByMember.forEach((k, v) -> members.addObject().put("id", k).put("points", v)
                .put("spend", p.spendByMember.getOrDefault(k, BigDecimal.ZERO).toPlainString()));
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PartialFigures read(String json) {
        JsonNode o;
        try {
            o = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(new Problem("$", "not JSON: " + e.getOriginalMessage())));
        }
        if (o == null || !o.isObject() || !o.has("everyMember")) throw new InvalidInputException(List.of(new Problem("$", "not partial figures")));
        PartialFigures p = new PartialFigures(o.get("everyMember").asBoolean());
        long[] c = new long[COUNTS.length];
        for (int i = 0; i < COUNTS.length; i++) c[i] = o.path(COUNTS[i]).asLong();
        p.members = c[0];
        p.purchases = c[1];
        p.events = c[2];
        p.refunds = c[3];
        p.redemptions = c[4];
        p.issued = c[5];
        p.redeemed = c[6];
        p.expired = c[7];
        p.reversed = c[8];
        p.pointsHeld = c[9];
        p.spend = new BigDecimal(o.path("spend").asText("0"));
        p.cashback = new BigDecimal(o.path("cashback").asText("0"));
        p.cashbackHeld = new BigDecimal(o.path("cashbackHeld").asText("0"));
        p.discounts = new BigDecimal(o.path("discounts").asText("0"));
        p.paid = new BigDecimal(o.path("paid").asText("0"));
        o.path("pointsByRule").properties().forEach(e -> p.pointsByRule.put(e.getKey(), e.getValue().asLong()));
        o.path("cashbackByRule").properties().forEach(e -> p.cashbackByRule.put(e.getKey(), new BigDecimal(e.getValue().asText())));
        for (Map.Entry<String, JsonNode> e : o.path("campaigns").properties()) {
            p.campaigns.put(e.getKey(), new long[] {e.getValue().path("presented").asLong(), e.getValue().path("applied").asLong()});
            BigDecimal amount = new BigDecimal(e.getValue().path("amount").asText("0"));
            if (amount.signum() != 0) p.campaignAmounts.put(e.getKey(), amount);
        }
        o.path("partnerPoints").properties().forEach(r -> r.getValue().properties()
                .forEach(f -> p.partnerPoints.computeIfAbsent(r.getKey(), k -> new java.util.TreeMap<>()).put(f.getKey(), f.getValue().asLong())));
        o.path("partnerDiscounts").properties().forEach(d -> d.getValue().properties()
                .forEach(f -> p.partnerDiscounts.computeIfAbsent(d.getKey(), k -> new java.util.TreeMap<>()).put(f.getKey(), new BigDecimal(f.getValue().asText()))));
        o.path("tiersByMonth").properties().forEach(m -> {
            Map<String, Integer> tiers = new java.util.TreeMap<>();
            m.getValue().properties().forEach(t -> tiers.put(t.getKey(), t.getValue().asInt()));
            p.tiersByMonth.put(m.getKey(), tiers);
        });
        for (JsonNode m : o.path("memberPoints")) {
            p.pointsByMember.put(m.path("id").asText(), m.path("points").asLong());
            p.spendByMember.put(m.path("id").asText(), new BigDecimal(m.path("spend").asText("0")));
        }
        return p;
    }
}
