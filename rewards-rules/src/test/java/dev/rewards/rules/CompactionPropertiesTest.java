package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountCodec;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A4: compacting an account changes no later decision. Two copies of one member take the same history
 * in time order; one is compacted after every operation as the simulator compacts (a month and a day of
 * ledger, 90 days of purchases): closed challenge and review periods dropped, earlier years'
 * qualifying records folded (the bundled programme qualifies by calendar year). Every operation's
 * events (points and amounts by type and instant) and refusals, and at the end the points, tier,
 * badges and store credit, are the same.
 */
class CompactionPropertiesTest {
    private static final Program[] PROGRAMS = {SimulationTest.BREWHOUSE, YearInTheLifeTest.CAFE};
    private static final Accounts[] ENGINES = {new Accounts(Rewards.compile(PROGRAMS[0])), new Accounts(Rewards.compile(PROGRAMS[1]))};
    private static final Duration KEEP_LEDGER = Duration.ofDays(32);
    private static final Duration KEEP_PURCHASES = Duration.ofDays(90);

    @Test
    void a_compacted_account_decides_every_later_operation_as_the_whole_one() {
        Properties.check().withExamples(80).forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, which) -> {
            Accounts accounts = ENGINES[which];
            MemberAccount whole = accounts.open("ana", SimulationTest.START, Optional.empty());
            MemberAccount compacted = whole;
            for (Operation op : history(seed, 90)) {
                AccountResult w = accounts.apply(whole, op);
                AccountResult c = accounts.apply(compacted, op);
                assertThat(totals(c.events())).as("%s", op).isEqualTo(totals(w.events()));
                assertThat(c.rejected()).as("%s", op).isEqualTo(w.rejected());
                whole = w.account();
                compacted = accounts.compact(c.account(), op.at().minus(KEEP_LEDGER), op.at().minus(KEEP_PURCHASES));
                assertThat(AccountCodec.decode(AccountCodec.encode(compacted))).isEqualTo(compacted);
            }
            Instant end = whole.clock().plus(Duration.ofDays(400));
            MemberAccount w = accounts.advance(whole, end).account();
            MemberAccount c = accounts.advance(compacted, end).account();
            assertThat(c.available(end)).isEqualTo(w.available(end));
            assertThat(c.pending(end)).isEqualTo(w.pending(end));
            assertThat(c.tier()).isEqualTo(w.tier());
            assertThat(c.badges().size()).isEqualTo(w.badges().size());
            assertThat(c.credit().balance()).isEqualByComparingTo(w.credit().balance());
            assertThat(c.challengeProgress().size()).isLessThanOrEqualTo(w.challengeProgress().size());
            assertThat(c.qualifying().size()).isLessThanOrEqualTo(w.qualifying().size());
        });
    }

    @Test
    void the_histories_reach_closed_periods_and_earlier_years() {
        Accounts accounts = ENGINES[0];
        MemberAccount whole = accounts.open("ana", SimulationTest.START, Optional.empty());
        MemberAccount compacted = whole;
        for (Operation op : history(7, 90)) {
            whole = accounts.apply(whole, op).account();
            compacted = accounts.compact(accounts.apply(compacted, op).account(), op.at().minus(KEEP_LEDGER), op.at().minus(KEEP_PURCHASES));
        }
        assertThat(whole.clock()).isAfter(SimulationTest.START.plus(Duration.ofDays(500)));
        assertThat(compacted.challengeProgress()).hasSizeLessThan(whole.challengeProgress().size()).hasSizeLessThanOrEqualTo(2);
        assertThat(compacted.qualifying().stream().filter(q -> q.purchases() > 1)).as("an earlier year folded").isNotEmpty();
    }

    /**
     * Events by type and instant, their points and amounts summed: compaction merges confirmed lots that
     * expire together (their purchases are gone), so one expiry notice may stand for several lots' points.
     */
    private static final java.util.Set<AccountEvent.Type> MERGED_LOTS = java.util.EnumSet.of(AccountEvent.Type.POINTS_EXPIRING_SOON,
            AccountEvent.Type.POINTS_EXPIRED);

    private static Map<String, String> totals(List<AccountEvent> events) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (AccountEvent e : events) {
            String key = e.type() + " " + e.at() + (MERGED_LOTS.contains(e.type()) ? "" : " " + e.detail().orElse(""));
            out.merge(key, e.points() + " " + e.amount().map(Money::toString).orElse(""), (x, y) -> {
                String[] a = x.split(" ", 2);
                String[] b = y.split(" ", 2);
                return (Long.parseLong(a[0]) + Long.parseLong(b[0])) + " " + a[1] + b[1];
            });
        }
        return out;
    }

    /** Purchases (some refunded within 90 days), reviews, redemptions and quiet spells, in time order, over about two years. */
    private static List<Operation> history(long seed, int length) {
        Random r = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        List<Transaction> bought = new ArrayList<>();
        Instant t = SimulationTest.START.plusSeconds(60);
        for (int i = 0; i < length; i++) {
            t = t.plus(Duration.ofMinutes(30 + r.nextInt(60 * 24 * 16)));
            int kind = r.nextInt(10);
            Instant at = t;
            List<Transaction> recent = bought.stream().filter(b -> b.at().isAfter(at.minus(KEEP_PURCHASES).plus(Duration.ofDays(1)))).toList();
            if (kind < 5 || recent.isEmpty()) {
                Transaction tx = Transaction.builder("t-" + i, "ana", t).currency("EUR")
                        .line("1", "beans", (5 + r.nextInt(60)) + "." + (10 + r.nextInt(90)), 1 + r.nextInt(3), "beans")
                        .line("2", "cake", (1 + r.nextInt(9)) + ".50", 1 + r.nextInt(2), "food").build();
                bought.add(tx);
                ops.add(new Operation.Purchase(tx));
            } else if (kind < 7) {
                ops.add(new Operation.Event(MemberEvent.of("e-" + i, "ana", t, "review")));
            } else if (kind < 8) {
                Transaction tx = recent.get(r.nextInt(recent.size()));
                ops.add(new Operation.Return(new Refund("r-" + i, "ana", tx.id(), t, r.nextBoolean() ? Map.of() : Map.of("1", 1))));
            } else if (kind < 9) {
                ops.add(new Operation.RedeemPoints("x-" + i, "ana", t, 200 + 100L * r.nextInt(4), Money.of("2.00", "EUR")));
            } else {
                t = t.plus(Duration.ofDays(r.nextInt(60)));
                ops.add(new Operation.Advance("ana", t));
            }
        }
        return ops;
    }
}
