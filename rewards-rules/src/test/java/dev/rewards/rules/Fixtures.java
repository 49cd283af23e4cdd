package dev.rewards.rules;

import dev.rewards.money.Money;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.transaction.TransactionBuilder;
import java.time.Instant;
import java.util.Currency;

/** Shared test data: a member, and transactions on a known Tuesday in Amsterdam. */
final class Fixtures {
    static final Currency EUR = Currency.getInstance("EUR");
    /** Tuesday 2026-03-03, 10:00 in Amsterdam. */
    static final Instant TUESDAY_MORNING = Instant.parse("2026-03-03T09:00:00Z");
    static final Instant ENROLLED = Instant.parse("2026-01-10T12:00:00Z");

    private Fixtures() {
    }

    static MemberState member() {
        return MemberState.enrolled("m-1", ENROLLED, EUR).withLifetimePurchases(3);
    }

    static MemberState newMember() {
        return MemberState.enrolled("m-1", ENROLLED, EUR);
    }

    static TransactionBuilder purchase(Instant at) {
        return Transaction.builder("t-1", "m-1", at).currency("EUR");
    }

    static TransactionBuilder purchase() {
        return purchase(TUESDAY_MORNING);
    }

    /** A coffee chain: every rule kind but custom DRL. */
    static dev.rewards.program.Program coffeeProgram() {
        return dev.rewards.program.Program.builder().id("coffee").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(dev.rewards.program.SpendRule.of("base", 1, "1.00"))
                .earnRule(dev.rewards.program.Multiplier.of("double-beans", "2")
                        .withScope(dev.rewards.transaction.LineScope.categories("beans")))
                .earnRule(dev.rewards.program.FirstPurchaseBonus.of("welcome", 50))
                .earnRule(dev.rewards.program.BasketBonus.of("big-basket", 25, eur("40.00")))
                .tiering(dev.rewards.program.TierMetric.SPEND, dev.rewards.program.QualificationWindow.CALENDAR_YEAR,
                        dev.rewards.program.Tier.of("green", "0"),
                        dev.rewards.program.Tier.of("gold", "300.00").withEarnMultiplier("1.5"))
                .cap(new dev.rewards.program.PointsCap("max-500", 500))
                .cashbackRule(dev.rewards.program.CashbackRule.of("cashback", "2").withCapPerTransaction(eur("5.00")))
                .build();
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
