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

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
