package dev.rewards.bench;

import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;

/**
 * The 20-rule benchmark program written by hand in plain Java, as a team would without a library:
 * the practical speed limit. Same arithmetic (exact, in cents), same results in points, cashback and
 * tier; no explanations, no validation, no other program.
 */
final class HandCodedBaseline {
    record Result(long points, long cashbackCents, boolean upgraded) {
    }

    private HandCodedBaseline() {
    }

    static Result evaluate(MemberState member, Transaction tx) {
        boolean gold = member.tier().map("gold"::equals).orElse(false);
        // points x 200 per cent: a x2 category multiplies by 2, gold by 3/2
        long scaled = 0;
        long eligibleCents = 0;
        long totalCents = 0;
        for (Line line : tx.lines()) {
            long cents = line.unitPrice().amount().movePointRight(2).longValueExact() * line.quantity();
            totalCents += cents;
            if (line.categories().contains("gift-cards")) continue;
            eligibleCents += cents;
            int category = -1;
            for (String c : line.categories()) {
                if (c.startsWith("cat-")) {
                    int n = Integer.parseInt(c, 4, c.length(), 10);
                    if (n < 13) category = n;
                }
            }
            scaled += cents * (category >= 0 ? 2 : 1) * (gold ? 3 : 2);
        }
        long points = scaled / 200;
        if (member.lifetimePurchases() == 0) points += 50;
        if (totalCents >= 4000) points += 25;
        points = Math.min(points, 1000);
        long cashback = totalCents / 100;                              // 1% for everyone, rounded down
        if (gold) cashback += Math.min(totalCents * 3 / 100, 200);    // 3% for gold, capped at 2.00
        long before = member.qualifyingSpend().amount().movePointRight(2).longValueExact();
        boolean upgraded = !gold && before + totalCents >= 25000;
        return new Result(points, cashback, upgraded);
    }
}
