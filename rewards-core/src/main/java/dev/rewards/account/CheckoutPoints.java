package dev.rewards.account;

import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L9, points paid at checkout as the accounts book them: charged once with the purchase, split over
 * its lines in proportion to the value each line got (whole points, largest remainder, ties by line
 * id, so the parts add up exactly), and given back by a refund line by line, pro rata to the units
 * returned and rounded down, the last unit back returning exactly the rest. Stateless.
 */
final class CheckoutPoints {
    private CheckoutPoints() {
    }

    /** The ledger source of the points a purchase paid with. */
    static String source(String transactionId) {
        return "checkout:" + transactionId;
    }

    /** Spends what the outcome paid with points (before anything is earned: it was held before the purchase). */
    static void charge(AccountWork w, Transaction tx, Outcome outcome) {
        if (outcome.pointsRedeemed() == 0) return;
        String value = outcome.pointsPayment().map(VoucherResult::amount).map(Object::toString).orElse("");
        w.spend(source(tx.id()), tx.at(), outcome.pointsRedeemed(), value + " off purchase " + tx.id());
    }

    /** The points each line paid, by line id; every line of the transaction present (0 for none). */
    static Map<String, Long> byLine(Transaction tx, Outcome outcome) {
        Map<String, Long> out = new TreeMap<>();
        for (Line l : tx.lines()) out.put(l.id(), 0L);
        long points = outcome.pointsRedeemed();
        if (points == 0) return out;
        List<Allocation> allocation = outcome.pointsPayment().orElseThrow().allocation();
        BigDecimal total = BigDecimal.ZERO;
        for (Allocation a : allocation) total = total.add(a.amount().amount());
        Map<String, BigInteger> rest = new HashMap<>();
        long given = 0;
        for (Allocation a : allocation) {
            // exact: points x (this line's value / the whole value), as a quotient and remainder in minor units
            BigInteger[] qr = BigInteger.valueOf(points).multiply(a.amount().amount().unscaledValue())
                    .divideAndRemainder(total.setScale(a.amount().amount().scale()).unscaledValue());
            out.put(a.lineId(), qr[0].longValueExact());
            rest.put(a.lineId(), qr[1]);
            given += qr[0].longValueExact();
        }
        List<String> order = new ArrayList<>(rest.keySet());
        order.sort((x, y) -> {
            int c = rest.get(y).compareTo(rest.get(x));
            return c != 0 ? c : x.compareTo(y);
        });
        for (int i = 0; i < points - given; i++) out.merge(order.get(i), 1L, Long::sum);
        return out;
    }

    /** What returning {@code units} more of a line gives back of the points it paid. */
    static long returned(MemberAccount.PurchasedLine line, int units) {
        long paid = line.paidPoints();
        if (paid == 0) return 0;
        return Math.floorDiv(paid * (line.refunded() + units), line.quantity()) - Math.floorDiv(paid * line.refunded(), line.quantity());
    }
}
