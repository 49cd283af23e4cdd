package dev.rewards.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.reason.Reason;
import dev.rewards.reason.Shortfall;
import dev.rewards.outcome.TierStatus;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;

/** Writes {@link Outcome}s: every figure, entry and verdict, amounts as exact decimal strings. */
final class OutcomeJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private OutcomeJson() {
    }

    static ObjectNode write(Outcome o) {
        ObjectNode n = F.objectNode();
        n.put("transactionId", o.transactionId());
        n.put("memberId", o.memberId());
        n.put("programId", o.programId());
        n.put("programVersion", o.programVersion());
        n.put("member", o.member());
        n.put("points", o.points());
        n.put("currency", o.cashback().currency().getCurrencyCode());
        n.put("cashback", o.cashback().amount().toPlainString());
        n.put("qualifyingSpend", o.qualifyingSpend().amount().toPlainString());
        o.conversion().ifPresent(c -> {
            // M5: how the basket came into the program's currency
            ObjectNode cn = n.putObject("conversion").put("from", c.from().getCurrencyCode()).put("to", c.to().getCurrencyCode())
                    .put("rate", c.rate().toPlainString()).put("rounding", c.rounding().name())
                    .put("merchandise", c.merchandise().amount().toPlainString());
            c.source().ifPresent(src -> cn.put("source", src));
        });
        if (!o.vouchers().isEmpty()) {
            n.put("discount", o.discount().amount().toPlainString());
            n.put("paidWithVouchers", o.paidWithVouchers().amount().toPlainString());
            n.put("toPay", o.toPay().amount().toPlainString());
            if (o.pointsRedeemed() > 0) n.put("pointsRedeemed", o.pointsRedeemed());
            ArrayNode vouchers = n.putArray("vouchers");
            for (VoucherResult v : o.vouchers()) vouchers.add(VoucherJson.result(v));
        }
        ArrayNode entries = n.putArray("entries");
        for (PointsEntry e : o.entries()) {
            ObjectNode en = entries.addObject().put("ruleId", e.ruleId());
            e.lineId().ifPresent(l -> en.put("lineId", l));
            en.put("points", e.points());
        }
        TierStatus t = o.tier();
        ObjectNode tier = n.putObject("tier");
        t.before().ifPresent(b -> tier.put("before", b));
        t.after().ifPresent(a -> tier.put("after", a));
        tier.put("upgraded", t.upgraded());
        tier.put("metric", t.metric().name());
        tier.put("qualifyingTotal", t.qualifyingTotal().toPlainString());
        t.nextTier().ifPresent(next -> tier.put("nextTier", next));
        t.toNextTier().ifPresent(s -> tier.set("toNextTier", shortfall(s)));
        t.toKeepTier().ifPresent(s -> tier.set("toKeepTier", shortfall(s)));
        t.keepBy().ifPresent(d -> tier.put("keepBy", d.toString()));
        ArrayNode verdicts = n.putArray("verdicts");
        for (Verdict v : o.verdicts()) {
            ObjectNode vn = verdicts.addObject();
            vn.put("ruleId", v.ruleId());
            vn.put("kind", v.kind().jsonName());
            vn.put("applied", v.applied());
            vn.put("points", v.points());
            v.cashback().ifPresent(c -> vn.put("cashback", c.amount().toPlainString()));
            if (!v.lines().isEmpty()) ProgramJson.strings(vn.putArray("lines"), v.lines());
            if (!v.reasons().isEmpty()) {
                ArrayNode reasons = vn.putArray("reasons");
                for (Reason r : v.reasons()) {
                    ObjectNode rn = reasons.addObject().put("code", r.code().name()).put("message", r.message());
                    r.shortfall().ifPresent(s -> rn.set("shortfall", shortfall(s)));
                }
            }
            vn.put("summary", v.summary());
        }
        return n;
    }

    private static ObjectNode shortfall(Shortfall s) {
        return F.objectNode().put("amount", s.amount().toPlainString()).put("unit", s.unit());
    }
}
