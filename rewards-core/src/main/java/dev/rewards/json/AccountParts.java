package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.PointsLot;
import dev.rewards.account.StoreCredit;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A member account's JSON in parts, for stores that write what changed (A3): a small head (identity,
 * tier, clock, badges, counts) and one JSON object per lot, ledger entry, qualifying record, purchase
 * and applied id. {@link #assemble} gives back exactly the account {@link RewardsJson#write} would
 * have described. Stateless; thread-safe.
 */
public final class AccountParts {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AccountParts() {
    }

    /** The account without its lots, ledger, qualifying records, purchases and ids. */
    public static String head(MemberAccount a) {
        return RewardsJson.compact(AccountJson.write(a, false));
    }

    public static String lot(PointsLot l) {
        return RewardsJson.compact(lotNode(l));
    }

    public static String ledger(LedgerEntry e) {
        return RewardsJson.compact(ledgerNode(e));
    }

    public static String qualifying(MemberAccount.Qualifying q) {
        return RewardsJson.compact(qualifyingNode(q));
    }

    /** A movement of the account's cashback ({@link dev.rewards.account.StoreCredit.Entry}). */
    public static String credit(StoreCredit.Entry e) {
        return RewardsJson.compact(creditNode(e));
    }

    /** A purchase with its id ({@code id} beside the purchase's fields). */
    public static String purchase(String id, MemberAccount.Purchase p) {
        return RewardsJson.compact(purchaseNode(p).put("id", id));
    }

    /** An applied operation's id and when it was applied. */
    public static String applied(String id, Instant at) {
        return RewardsJson.compact(F.objectNode().put("id", id).put("at", at.toString()));
    }

    /**
     * The account from a head and its parts, each list in its order. A head that still holds its
     * collections (a whole account, as stores wrote before parts) is read as it is, with the parts added.
     */
    public static MemberAccount assemble(String head, List<String> lots, List<String> ledger, List<String> qualifying,
                                         List<String> purchases, List<String> applied) {
        return assemble(head, lots, ledger, qualifying, purchases, applied, List.of());
    }

    /** The account from a head and its parts, with the movements of its cashback ({@code credit}). */
    public static MemberAccount assemble(String head, List<String> lots, List<String> ledger, List<String> qualifying,
                                         List<String> purchases, List<String> applied, List<String> credit) {
        ObjectNode o = (ObjectNode) RewardsJson.tree(head, InvalidInputException::new);
        if (!credit.isEmpty()) {
            ObjectNode c = o.has("credit") ? (ObjectNode) o.get("credit") : o.putObject("credit").put("balance", "0").put("owed", "0");
            addAll(c.withArray("ledger"), credit);
        }
        addAll(o.withArray("lots"), lots);
        addAll(o.withArray("ledger"), ledger);
        addAll(o.withArray("qualifying"), qualifying);
        ObjectNode p = o.has("purchases") ? (ObjectNode) o.get("purchases") : o.putObject("purchases");
        for (String json : purchases) {
            ObjectNode n = (ObjectNode) RewardsJson.tree(json, InvalidInputException::new);
            p.set(n.remove("id").asText(), n);
        }
        JsonNode ids = o.get("processed");
        ObjectNode processed = ids instanceof ObjectNode on ? on : F.objectNode();
        if (ids instanceof ArrayNode list) list.forEach(id -> processed.put(id.asText(), o.get("clock").asText()));
        for (String json : applied) {
            JsonNode n = RewardsJson.tree(json, InvalidInputException::new);
            processed.put(n.get("id").asText(), n.get("at").asText());
        }
        o.set("processed", processed);
        return AccountJson.read(o);
    }

    private static void addAll(ArrayNode to, List<String> parts) {
        for (String json : parts) to.add(RewardsJson.tree(json, InvalidInputException::new));
    }

    static ObjectNode lotNode(PointsLot l) {
        ObjectNode n = F.objectNode().put("source", l.source()).put("group", l.group()).put("earnedAt", l.earnedAt().toString())
                .put("points", l.points()).put("remaining", l.remaining()).put("confirmAt", l.confirmAt().toString());
        l.expiresAt().ifPresent(e -> n.put("expiresAt", e.toString()));
        if (l.noticed()) n.put("noticed", true);
        return n;
    }

    static ObjectNode ledgerNode(LedgerEntry e) {
        return F.objectNode().put("at", e.at().toString()).put("kind", e.kind().name()).put("points", e.points()).put("source", e.source())
                .put("group", e.group());
    }

    static ObjectNode creditNode(StoreCredit.Entry e) {
        ObjectNode n = F.objectNode().put("at", e.at().toString()).put("kind", e.kind().name()).put("amount", e.amount().toPlainString())
                .put("source", e.source());
        if (!e.rule().isEmpty()) n.put("rule", e.rule());
        return n;
    }

    static ObjectNode qualifyingNode(MemberAccount.Qualifying x) {
        return F.objectNode().put("at", x.at().toString()).put("spend", x.spend().toPlainString()).put("points", x.points())
                .put("purchases", x.purchases());
    }

    static ObjectNode purchaseNode(MemberAccount.Purchase p) {
        ObjectNode n = F.objectNode().put("at", p.at().toString()).put("credited", p.credited()).put("reversed", p.reversed());
        if (p.paidReferral()) n.put("paidReferral", true);
        ObjectNode lines = n.putObject("lines");
        new TreeMap<>(p.lines()).forEach((lid, l) -> {
            ObjectNode line = lines.putObject(lid).put("quantity", l.quantity()).put("unitPrice", l.unitPrice().toPlainString())
                    .put("points", l.points()).put("refunded", l.refunded());
            if (l.credit().signum() != 0) line.put("credit", l.credit().toPlainString());
            if (l.cash().signum() != 0) line.put("cash", l.cash().toPlainString());
            if (l.paidPoints() != 0) line.put("paidPoints", l.paidPoints());
            if (!l.counted().equals(l.unitPrice().multiply(java.math.BigDecimal.valueOf(l.quantity())))) {
                line.put("counted", l.counted().toPlainString());
            }
        });
        return n;
    }

    static void putAll(ObjectNode o, Map<String, MemberAccount.Purchase> purchases) {
        ObjectNode out = o.putObject("purchases");
        new TreeMap<>(purchases).forEach((id, p) -> out.set(id, purchaseNode(p)));
    }
}
