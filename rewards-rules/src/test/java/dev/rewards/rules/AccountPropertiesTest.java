package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.json.AuditRecord;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * P5, P7, A2 invariants over generated histories of one member (seeded; see {@link Properties}):
 * purchases, reviews, refunds, redemptions and the passing of time, in random order.
 */
class AccountPropertiesTest {
    static final Program FORFEITING = YearInTheLifeTest.CAFE;
    static final Program OWING = owing(FORFEITING);

    /** The same program, version 2, letting refunds leave a balance owing (negativeBalance ALLOW). */
    static Program owing(Program p) {
        return new Program(p.id(), 2, p.currency(), p.timeZone(), p.pointsRounding(), p.multiplierStacking(), p.earnRules(), p.tiering(),
                p.caps(), p.cashbackRules(), p.customRules(), p.vouchers(), p.accounts().withNegativeBalance(AccountPolicy.NegativeBalance.ALLOW));
    }
    static final Accounts[] ENGINES = {new Accounts(Rewards.compile(FORFEITING)), new Accounts(Rewards.compile(OWING))};
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    /** A random history: each operation a little after the one before. */
    static List<Operation> history(long seed, int length) {
        Random r = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        List<Transaction> bought = new ArrayList<>();
        Instant t = START.plusSeconds(60);
        for (int i = 0; i < length; i++) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(24 * 20)));
            int kind = r.nextInt(11);
            if (kind < 4 || bought.isEmpty()) {
                Transaction tx = Transaction.builder("t-" + i, "ana", t).currency("EUR")
                        .line("1", "beans", (5 + r.nextInt(200)) + "." + (10 + r.nextInt(90)), 1 + r.nextInt(3), "beans")
                        .line("2", "cake", (1 + r.nextInt(9)) + ".50", 1 + r.nextInt(2), "food").build();
                bought.add(tx);
                ops.add(new Operation.Purchase(tx));
            } else if (kind < 6) {
                ops.add(new Operation.Event(MemberEvent.of("e-" + i, "ana", t, r.nextBoolean() ? "review" : "signup")));
            } else if (kind < 8) {
                Transaction tx = bought.get(r.nextInt(bought.size()));
                Map<String, Integer> lines = r.nextBoolean() ? Map.of() : Map.of("1", 1);
                ops.add(new Operation.Return(new Refund("r-" + i, "ana", tx.id(), t, lines)));
            } else if (kind < 9) {
                ops.add(new Operation.RedeemPoints("x-" + i, "ana", t, 500 + 100L * r.nextInt(10), Money.of("50.00", "EUR")));
            } else if (kind < 10) {
                ops.add(new Operation.Advance("ana", t.plus(Duration.ofDays(r.nextInt(200)))));
            } else {
                // E5: goodwill or a correction by hand, points and store credit either way, sometimes more than the member holds
                Optional<Money> credit = r.nextBoolean() ? Optional.empty() : Optional.of(Money.of((r.nextInt(2001) - 1000) / 100 + ".00", "EUR"))
                        .filter(m -> m.amount().signum() != 0);
                long points = r.nextInt(1201) - 600;
                ops.add(new Operation.Adjust("a-" + i, "ana", t, points == 0 && credit.isEmpty() ? 1 : points, credit, "service", "agent-" + r.nextInt(3)));
            }
        }
        return ops;
    }

    @Test
    void the_balance_always_equals_earned_less_redeemed_expired_and_reversed_and_never_goes_negative_unless_allowed() {
        Properties.check().forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, which) -> {
            Accounts accounts = ENGINES[which];
            MemberAccount a = accounts.open("ana", START, Optional.empty());
            for (Operation op : history(seed, 40)) {
                a = accounts.apply(a, op).account();
                long held = a.lots().stream().mapToLong(l -> l.remaining()).sum() - a.debt();
                assertThat(held).isEqualTo(a.total(LedgerEntry.Kind.EARNED) - a.total(LedgerEntry.Kind.REDEEMED)
                        - a.total(LedgerEntry.Kind.EXPIRED) - a.total(LedgerEntry.Kind.REVERSED));
                assertThat(a.lots()).allMatch(l -> l.remaining() >= 0 && l.remaining() <= l.points());
                if (which == 0) assertThat(a.available(a.clock())).isNotNegative();
                if (which == 0) assertThat(a.credit().balance()).isNotNegative();
                var c = a.credit();
                assertThat(c.pendingTotal().add(c.balance()).subtract(c.owed())).isEqualByComparingTo(c.total(dev.rewards.account.StoreCredit.Entry.Kind.EARNED)
                        .subtract(c.total(dev.rewards.account.StoreCredit.Entry.Kind.REVERSED)).subtract(c.total(dev.rewards.account.StoreCredit.Entry.Kind.SPENT))
                        .subtract(c.total(dev.rewards.account.StoreCredit.Entry.Kind.PAID_OUT)));
            }
        });
    }

    @Test
    void the_histories_reach_adjustments_by_hand_both_ways_and_refusals() {
        Accounts accounts = ENGINES[0];
        MemberAccount a = accounts.open("ana", START, Optional.empty());
        List<AccountResult> adjusted = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            for (Operation op : history(seed, 60)) {
                AccountResult r = accounts.apply(a, op);
                if (op instanceof Operation.Adjust) adjusted.add(r);
                a = r.account();
            }
        }
        assertThat(adjusted).anyMatch(r -> r.events().stream().anyMatch(e -> e.points() > 0))
                .anyMatch(r -> r.events().stream().anyMatch(e -> e.points() < 0))
                .anyMatch(r -> r.events().stream().anyMatch(e -> e.type() == dev.rewards.account.AccountEvent.Type.CREDIT_ADJUSTED))
                .anyMatch(r -> !r.rejected().isEmpty());
    }

    @Test
    void caps_per_period_are_never_exceeded() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            MemberAccount a = ENGINES[0].open("ana", START, Optional.empty());
            // every entry the ledger ever held: an account folds entries older than its history days into "earlier" ones
            Set<LedgerEntry> seen = new HashSet<>();
            for (Operation op : history(seed, 40)) {
                a = ENGINES[0].apply(a, op).account();
                seen.addAll(a.ledger());
            }
            Map<String, Long> reviewsByMonth = new HashMap<>();
            Map<String, Long> allByDay = new HashMap<>();
            for (LedgerEntry e : seen) {
                // bonuses and adjustments by hand (E5) are outside the caps
                if (e.kind() != LedgerEntry.Kind.EARNED || e.group().equals("bonus") || e.group().equals("adjustment") || e.source().equals("earlier")) {
                    continue;
                }
                ZonedDateTime local = ZonedDateTime.ofInstant(e.at(), amsterdam);
                allByDay.merge(local.toLocalDate().toString(), e.points(), Long::sum);
                if (e.group().equals("review")) reviewsByMonth.merge(local.getYear() + "-" + local.getMonthValue(), e.points(), Long::sum);
            }
            assertThat(reviewsByMonth.values()).allMatch(p -> p <= 40);
            assertThat(allByDay.values()).allMatch(p -> p <= 1000);
        });
    }

    @Test
    void every_decision_replays_exactly_and_applying_it_twice_changes_nothing() {
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Accounts accounts = ENGINES[1];
            MemberAccount a = accounts.open("ana", START, Optional.empty());
            for (Operation op : history(seed, 25)) {
                AuditRecord.Audited audited = AuditRecord.of(accounts, a, op);
                assertThat(audited.record().replaysOn(accounts)).as("replay of %s", op).isTrue();
                AccountResult twice = accounts.apply(audited.result().account(), op);
                if (!(op instanceof Operation.Advance) && audited.result().applied()) assertThat(twice.duplicate()).isTrue();
                assertThat(twice.account()).isEqualTo(audited.result().account());
                a = audited.result().account();
            }
        });
    }
}
