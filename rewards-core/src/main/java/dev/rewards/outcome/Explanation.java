package dev.rewards.outcome;

import static dev.rewards.internal.Text.printable;

import dev.rewards.reason.Shortfall;
import java.util.stream.Collectors;

/** Renders an {@link Outcome} as plain text for people: support staff, policy owners, the CLI. */
final class Explanation {
    private Explanation() {
    }

    static String render(Outcome o) {
        StringBuilder out = new StringBuilder();
        out.append("Transaction ").append(printable(o.transactionId())).append(", member ").append(printable(o.memberId()))
                .append(", program ").append(o.programId()).append(" v").append(o.programVersion()).append('\n');
        o.conversion().ifPresent(c -> out.append("  Currency: ").append(c.merchandise()).append(" converted at ").append(c.rate().toPlainString())
                .append(" ").append(c.to().getCurrencyCode()).append(" per ").append(c.from().getCurrencyCode()).append(", each price rounded ")
                .append(c.rounding().name()).append(c.source().map(s -> " (" + printable(s) + ")").orElse("")).append('\n'));
        out.append("  Points:   ").append(o.points()).append('\n');
        out.append("  Cashback: ").append(o.cashback()).append('\n');
        TierStatus t = o.tier();
        out.append("  Tier:     ").append(t.before().orElse("(none)"));
        if (t.upgraded()) out.append(" -> ").append(t.after().orElse("(none)")).append(" (upgrade)");
        t.nextTier().ifPresent(next -> out.append("; ").append(t.toNextTier().map(Shortfall::toString).orElse("?"))
                .append(" more to reach ").append(next));
        t.toKeepTier().ifPresent(keep -> out.append("; ").append(keep).append(" more by ").append(t.keepBy().orElseThrow()).append(" to keep ")
                .append(t.after().orElse("the tier")));
        out.append('\n');
        if (!o.vouchers().isEmpty()) {
            out.append("  Discount: ").append(o.discount()).append(", paid with vouchers: ").append(o.paidWithVouchers())
                    .append(", to pay: ").append(o.toPay())
                    .append(o.pointsRedeemed() > 0 ? " (" + o.pointsRedeemed() + " points paid " + o.pointsPayment().orElseThrow().amount() + ")" : "")
                    .append('\n');
            out.append("  Vouchers:\n");
            for (VoucherResult v : o.vouchers()) {
                out.append("    ").append(v.applied() ? "[applied]     " : "[rejected]    ").append(v.label())
                        .append(v.campaignId().filter(c -> v.code().isPresent()).map(c -> " (" + c + ")").orElse(""))
                        .append(": ").append(printable(v.summary())).append('\n');
            }
        }
        out.append("  Rules:\n");
        for (Verdict v : o.verdicts()) {
            out.append("    ").append(v.applied() ? "[applied]     " : "[not applied] ").append(v.ruleId())
                    .append(" (").append(v.kind().jsonName()).append("): ").append(printable(v.summary()));
            if (!v.lines().isEmpty()) out.append(" [lines ").append(printable(String.join(", ", v.lines()))).append(']');
            out.append('\n');
            if (v.reasons().size() > 1 || (v.applied() && !v.reasons().isEmpty())) {
                out.append(v.reasons().stream().map(r -> "        - " + printable(r.toString())).collect(Collectors.joining("\n"))).append('\n');
            }
        }
        return out.toString();
    }
}
