package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.Operation;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.TreeMap;

/** Reads and writes {@link Operation}s: the lines of a history file, the inputs of audit records (docs/accounts.md). */
final class OperationJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OperationJson() {
    }

    static ObjectNode write(Operation op) {
        return op.accept(new Operation.Cases<>() {
            @Override
            public ObjectNode purchase(Operation.Purchase p) {
                ObjectNode o = F.objectNode().put("kind", "purchase");
                o.setAll(InputJson.write(p.transaction()));
                return o;
            }

            @Override
            public ObjectNode event(Operation.Event e) {
                ObjectNode o = F.objectNode().put("kind", "event").put("id", e.event().id()).put("memberId", e.memberId())
                        .put("at", e.at().toString()).put("type", e.event().type());
                e.event().referralCode().ifPresent(c -> o.put("referralCode", c));
                e.event().product().ifPresent(p -> o.put("product", p));
                e.event().store().ifPresent(s -> o.put("store", s));
                e.event().channel().ifPresent(c -> o.put("channel", c));
                e.event().points().ifPresent(p -> o.put("points", p));
                return o;
            }

            @Override
            public ObjectNode refund(Operation.Return r) {
                ObjectNode o = F.objectNode().put("kind", "refund").put("id", r.id()).put("memberId", r.memberId())
                        .put("transactionId", r.refund().transactionId()).put("at", r.at().toString());
                if (!r.refund().isWhole()) {
                    ObjectNode lines = o.putObject("lines");
                    new TreeMap<>(r.refund().lines()).forEach(lines::put);
                }
                return o;
            }

            @Override
            public ObjectNode redeemPoints(Operation.RedeemPoints r) {
                return F.objectNode().put("kind", "redeemPoints").put("id", r.id()).put("memberId", r.memberId()).put("at", r.at().toString())
                        .put("points", r.points()).put("orderTotal", r.orderTotal().amount().toPlainString())
                        .put("currency", r.orderTotal().currency().getCurrencyCode());
            }

            @Override
            public ObjectNode redeemReward(Operation.RedeemReward r) {
                return F.objectNode().put("kind", "redeemReward").put("id", r.id()).put("memberId", r.memberId()).put("at", r.at().toString())
                        .put("rewardId", r.rewardId());
            }

            @Override
            public ObjectNode spendCredit(Operation.SpendCredit s) {
                return F.objectNode().put("kind", "spendCredit").put("id", s.id()).put("memberId", s.memberId()).put("at", s.at().toString())
                        .put("amount", s.amount().amount().toPlainString()).put("currency", s.amount().currency().getCurrencyCode());
            }

            @Override
            public ObjectNode assignTier(Operation.AssignTier a) {
                ObjectNode n = F.objectNode().put("kind", "assignTier").put("id", a.id()).put("memberId", a.memberId())
                        .put("at", a.at().toString()).put("tier", a.tier());
                a.protectedUntil().ifPresent(p -> n.put("protectedUntil", p.toString()));
                return n.put("reason", a.reason());
            }

            @Override
            public ObjectNode referred(Operation.Referred r) {
                return F.objectNode().put("kind", "referred").put("id", r.id()).put("memberId", r.memberId()).put("at", r.at().toString())
                        .put("referrerId", r.referrerId());
            }

            @Override
            public ObjectNode advance(Operation.Advance a) {
                return F.objectNode().put("kind", "advance").put("memberId", a.memberId()).put("at", a.at().toString());
            }

            @Override
            public ObjectNode adjust(Operation.Adjust a) {
                ObjectNode n = F.objectNode().put("kind", "adjust").put("id", a.id()).put("memberId", a.memberId()).put("at", a.at().toString());
                if (a.points() != 0) n.put("points", a.points());
                a.credit().ifPresent(c -> n.put("credit", c.amount().toPlainString()).put("currency", c.currency().getCurrencyCode()));
                return n.put("reason", a.reason()).put("actor", a.actor());
            }
        });
    }

    static Operation readOperation(JsonNode node) {
        List<Problem> problems = new ArrayList<>();
        JsonIn in = JsonIn.root(node, problems);
        if (!in.isObject("an operation object")) throw new InvalidInputException(problems);
        String kind = in.string("kind");
        if (kind == null) {
            if (!in.has("kind")) problems.add(new Problem("$.kind", "is required: purchase, event, refund, redeemPoints, redeemReward, spendCredit, assignTier, referred, adjust or advance"));
            throw new InvalidInputException(problems);
        }
        switch (kind) {
            case "purchase" -> {
                // a shallow copy without "kind" (reading never changes the members it shares with the caller's tree)
                ObjectNode copy = ((ObjectNode) node).objectNode();
                copy.setAll((ObjectNode) node);
                copy.remove("kind");
                return new Operation.Purchase(InputJson.readTransaction(copy));
            }
            case "event" -> {
                return new Operation.Event(AccountJson.readEvent(node));
            }
            case "refund" -> {
                return new Operation.Return(AccountJson.readRefund(node));
            }
            case "redeemPoints", "redeemReward", "spendCredit", "assignTier", "referred", "advance", "adjust" -> {
                if (kind.equals("adjust")) in.allowOnly("kind", "id", "memberId", "at", "points", "credit", "currency", "reason", "actor");
                else if (kind.equals("assignTier")) in.allowOnly("kind", "id", "memberId", "at", "tier", "protectedUntil", "reason");
                else if (kind.equals("referred")) in.allowOnly("kind", "id", "memberId", "at", "referrerId");
                else in.allowOnly("kind", "id", "memberId", "at", "points", "orderTotal", "currency", "rewardId", "amount");
                String id = in.string("id");
                String memberId = in.string("memberId");
                Instant at = in.parsed("at", dev.rewards.internal.IsoInstants::parse, AccountJson.INSTANT);
                if (!in.has("memberId")) problems.add(new Problem("$.memberId", "is required"));
                if (!in.has("at")) problems.add(new Problem("$.at", "is required"));
                if (!kind.equals("advance") && !in.has("id")) problems.add(new Problem("$.id", "is required"));
                Operation op = null;
                if (kind.equals("redeemPoints")) {
                    Long points = in.requiredInteger("points");
                    Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
                    if (!in.has("currency")) problems.add(new Problem("$.currency", "is required"));
                    Money total = ProgramJson.money(in, "orderTotal", currency == null ? ProgramJson.PLACEHOLDER : currency);
                    if (!in.has("orderTotal")) problems.add(new Problem("$.orderTotal", "is required"));
                    if (problems.isEmpty()) op = new Operation.RedeemPoints(id, memberId, at, points, total);
                } else if (kind.equals("spendCredit")) {
                    Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
                    if (!in.has("currency")) problems.add(new Problem("$.currency", "is required"));
                    Money amount = ProgramJson.money(in, "amount", currency == null ? ProgramJson.PLACEHOLDER : currency);
                    if (!in.has("amount")) problems.add(new Problem("$.amount", "is required"));
                    if (problems.isEmpty()) op = in.build(() -> new Operation.SpendCredit(id, memberId, at, amount));
                } else if (kind.equals("assignTier")) {
                    String tier = in.string("tier");
                    if (tier == null) problems.add(new Problem("$.tier", "is required"));
                    Instant until = in.parsed("protectedUntil", dev.rewards.internal.IsoInstants::parse, AccountJson.INSTANT);
                    String reason = in.string("reason");
                    if (problems.isEmpty()) op = in.build(() -> new Operation.AssignTier(id, memberId, at, tier, java.util.Optional.ofNullable(until), reason));
                } else if (kind.equals("referred")) {
                    String referrer = in.string("referrerId");
                    if (referrer == null) problems.add(new Problem("$.referrerId", "is required"));
                    if (problems.isEmpty()) op = in.build(() -> new Operation.Referred(id, memberId, at, referrer));
                } else if (kind.equals("adjust")) {
                    Long given = in.has("points") ? in.requiredInteger("points") : Long.valueOf(0);
                    long points = given == null ? 0 : given;
                    Currency currency = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
                    if (in.has("credit") && !in.has("currency")) problems.add(new Problem("$.currency", "is required with a credit"));
                    Money credit = in.has("credit") ? ProgramJson.money(in, "credit", currency == null ? ProgramJson.PLACEHOLDER : currency) : null;
                    String reason = in.string("reason");
                    String actor = in.string("actor");
                    if (problems.isEmpty()) op = in.build(() -> new Operation.Adjust(id, memberId, at, points, java.util.Optional.ofNullable(credit), reason, actor));
                } else if (kind.equals("redeemReward")) {
                    String reward = in.string("rewardId");
                    if (reward == null) problems.add(new Problem("$.rewardId", "is required"));
                    if (problems.isEmpty()) op = new Operation.RedeemReward(id, memberId, at, reward);
                } else if (problems.isEmpty()) {
                    op = new Operation.Advance(memberId, at);
                }
                if (!problems.isEmpty() || op == null) throw new InvalidInputException(problems);
                return op;
            }
            default -> {
                problems.add(new Problem("$.kind", Messages.unknownKind(kind, "[purchase, event, refund, redeemPoints, redeemReward, spendCredit, assignTier, referred, adjust, advance]")));
                throw new InvalidInputException(problems);
            }
        }
    }
}
