package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A3, P7: an account keeps the program's {@code historyDays} of history, not the member's whole life.
 * Older operations are refused as too late, so nothing can be applied twice; what decisions need
 * (caps, tier windows, lifetime totals, points still held) stays exact.
 */
class AccountHistoryTest {
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    static Program keeping(Program p, int days, QualificationWindow window) {
        return new Program(p.id(), p.version(), p.currency(), p.timeZone(), p.pointsRounding(), p.multiplierStacking(), p.earnRules(),
                new dev.rewards.program.Tiering(TierMetric.SPEND, window, p.tiering().tiers()), p.caps(), p.cashbackRules(),
                p.customRules(), p.vouchers(), p.accounts().withHistoryDays(days));
    }

    static Transaction buy(String id, Instant at, String amount) {
        return Transaction.builder(id, "ana", at).currency("EUR").line("1", "beans", amount, 1, "beans").build();
    }

    final Accounts cafe = new Accounts(Rewards.compile(keeping(YearInTheLifeTest.CAFE, 60, QualificationWindow.CALENDAR_YEAR)));

    @Test
    void an_operation_dated_before_the_history_the_account_keeps_is_refused_as_too_late_and_changes_nothing() {
        MemberAccount a = cafe.open("ana", START, Optional.empty());
        a = cafe.purchase(a, buy("t-1", START.plus(Duration.ofDays(100)), "30.00")).account();

        AccountResult late = cafe.purchase(a, buy("t-0", START.plus(Duration.ofDays(39)), "30.00"));

        assertThat(late.applied()).isFalse();
        assertThat(late.rejected()).extracting(Reason::code).containsExactly(ReasonCode.TOO_LATE);
        assertThat(late.rejected().get(0).message()).contains("transaction t-0", "60 days", "accounts.historyDays");
        assertThat(late.account()).isSameAs(a);
        assertThat(cafe.event(a, MemberEvent.of("e-0", "ana", START.plus(Duration.ofDays(39)), "review")).rejected())
                .extracting(Reason::code).containsExactly(ReasonCode.TOO_LATE);
        // within the history days, a late operation is still booked
        assertThat(cafe.purchase(a, buy("t-2", START.plus(Duration.ofDays(41)), "30.00")).applied()).isTrue();
    }

    @Test
    void a_purchase_older_than_the_history_days_can_no_longer_be_refunded_and_says_why() {
        MemberAccount a = cafe.open("ana", START, Optional.empty());
        a = cafe.purchase(a, buy("t-1", START.plusSeconds(60), "30.00")).account();
        a = cafe.purchase(a, buy("t-2", START.plus(Duration.ofDays(61)), "10.00")).account();

        AccountResult refund = cafe.refund(a, new Refund("r-1", "ana", "t-1", START.plus(Duration.ofDays(62)), Map.of()));

        assertThat(refund.rejected()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_PURCHASE);
        assertThat(refund.rejected().get(0).message()).contains("kept 60 days");
        assertThat(cafe.refund(a, new Refund("r-2", "ana", "t-2", START.plus(Duration.ofDays(62)), Map.of())).applied()).isTrue();
    }

    @Test
    void a_purchase_sent_again_after_its_id_was_forgotten_is_refused_not_paid_twice() {
        MemberAccount a = cafe.open("ana", START, Optional.empty());
        Transaction first = buy("t-1", START.plusSeconds(60), "30.00");
        a = cafe.purchase(a, first).account();
        a = cafe.advance(a, START.plus(Duration.ofDays(90))).account();
        assertThat(a.hasApplied("purchase", "t-1")).isFalse(); // forgotten ...

        AccountResult again = cafe.purchase(a, first);

        assertThat(again.applied()).isFalse(); // ... but refused, as it is older than the history kept
        assertThat(again.rejected()).extracting(Reason::code).containsExactly(ReasonCode.TOO_LATE);
    }

    @Test
    void three_years_of_daily_purchases_keep_only_the_history_days_and_the_balance_still_adds_up() {
        Accounts accounts = new Accounts(Rewards.compile(keeping(YearInTheLifeTest.CAFE, 30, QualificationWindow.LIFETIME)));
        MemberAccount a = accounts.open("ana", START, Optional.empty());
        long earned = 0;
        for (int day = 1; day <= 3 * 365; day++) {
            Instant at = START.plus(Duration.ofDays(day));
            AccountResult r = accounts.purchase(a, buy("t-" + day, at, "7.00"));
            earned += r.events().stream().filter(e -> e.type() == AccountEvent.Type.POINTS_EARNED).mapToLong(AccountEvent::points).sum();
            a = r.account();
            if (day % 50 == 0) a = accounts.event(a, MemberEvent.of("e-" + day, "ana", at.plusSeconds(1), "review")).account();
        }

        assertThat(a.purchases()).hasSizeLessThanOrEqualTo(31);
        assertThat(a.processed()).hasSizeLessThanOrEqualTo(32);
        // a month of earned and confirmed entries, and the folded ones: one per kind and ledger group (purchase, bonus, each event type)
        assertThat(a.ledger()).hasSizeLessThanOrEqualTo(140);
        assertThat(a.lots()).hasSizeLessThanOrEqualTo(400); // lots expire 12 months after earning, each on its own day
        assertThat(a.challengeProgress()).hasSizeLessThanOrEqualTo(14);
        assertThat(a.badges()).hasSizeLessThanOrEqualTo(2);
        long held = a.lots().stream().mapToLong(l -> l.remaining()).sum() - a.debt();
        assertThat(held).isEqualTo(a.total(LedgerEntry.Kind.EARNED) - a.total(LedgerEntry.Kind.REDEEMED)
                - a.total(LedgerEntry.Kind.EXPIRED) - a.total(LedgerEntry.Kind.REVERSED));
        assertThat(a.total(LedgerEntry.Kind.EARNED)).isGreaterThanOrEqualTo(earned);
        // the lifetime tier total still counts every purchase: 1,095 x 7.00
        assertThat(accounts.stateAt(a, a.clock()).qualifyingSpend()).isEqualTo(Money.of("7665.00", "EUR"));
        assertThat(accounts.stateAt(a, a.clock()).qualifyingPurchases()).isEqualTo(3 * 365);
        assertThat(RewardsJson.readAccount(RewardsJson.write(a))).isEqualTo(a);
    }

    /** In-order histories whose refunds stay within the history days: the same as keeping everything. */
    @Test
    void keeping_the_history_days_decides_exactly_as_keeping_everything() {
        for (QualificationWindow window : QualificationWindow.values()) {
            Accounts everything = new Accounts(Rewards.compile(keeping(YearInTheLifeTest.CAFE, AccountPolicy.MAX_HISTORY_DAYS, window)));
            Accounts month = new Accounts(Rewards.compile(keeping(YearInTheLifeTest.CAFE, 45, window)));
            Properties.check().forAll(longs().all()).checkAssert(seed -> {
                MemberAccount full = everything.open("ana", START, Optional.empty());
                MemberAccount kept = month.open("ana", START, Optional.empty());
                for (Operation op : inOrder(seed, 120)) {
                    AccountResult f = everything.apply(full, op);
                    AccountResult k = month.apply(kept, op);
                    assertThat(k.applied()).as("%s", op).isEqualTo(f.applied());
                    assertThat(k.rejected()).as("%s", op).isEqualTo(f.rejected());
                    assertThat(k.value()).isEqualTo(f.value());
                    assertThat(pointsByType(k)).as("%s", op).isEqualTo(pointsByType(f));
                    full = f.account();
                    kept = k.account();
                    assertThat(kept.available(kept.clock())).isEqualTo(full.available(full.clock()));
                    assertThat(kept.pending(kept.clock())).isEqualTo(full.pending(full.clock()));
                    assertThat(kept.tier()).isEqualTo(full.tier());
                    assertThat(month.stateAt(kept, kept.clock())).isEqualTo(everything.stateAt(full, full.clock()));
                    for (LedgerEntry.Kind kind : LedgerEntry.Kind.values()) assertThat(kept.total(kind)).isEqualTo(full.total(kind));
                }
            });
        }
    }

    private static Map<AccountEvent.Type, Long> pointsByType(AccountResult r) {
        Map<AccountEvent.Type, Long> out = new EnumMap<>(AccountEvent.Type.class);
        for (AccountEvent e : r.events()) out.merge(e.type(), e.points(), Long::sum);
        return out;
    }

    /** Purchases, reviews, redemptions and refunds of purchases at most 30 days old, each after the one before. */
    static List<Operation> inOrder(long seed, int length) {
        Random r = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        List<Transaction> bought = new ArrayList<>();
        Instant t = START.plusSeconds(60);
        for (int i = 0; i < length; i++) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(24 * 12)));
            int kind = r.nextInt(10);
            Instant now = t;
            List<Transaction> recent = bought.stream().filter(b -> b.at().isAfter(now.minus(Duration.ofDays(30)))).toList();
            if (kind < 5 || recent.isEmpty()) {
                Transaction tx = Transaction.builder("t-" + i, "ana", t).currency("EUR")
                        .line("1", "beans", (5 + r.nextInt(200)) + "." + (10 + r.nextInt(90)), 1 + r.nextInt(3), "beans")
                        .line("2", "cake", (1 + r.nextInt(9)) + ".50", 1 + r.nextInt(2), "food").build();
                bought.add(tx);
                ops.add(new Operation.Purchase(tx));
            } else if (kind < 7) {
                ops.add(new Operation.Event(MemberEvent.of("e-" + i, "ana", t, r.nextBoolean() ? "review" : "signup")));
            } else if (kind < 8) {
                Transaction tx = recent.get(r.nextInt(recent.size()));
                ops.add(new Operation.Return(new Refund("r-" + i, "ana", tx.id(), t, r.nextBoolean() ? Map.of() : Map.of("1", 1))));
            } else {
                ops.add(new Operation.RedeemPoints("x-" + i, "ana", t, 500 + 100L * r.nextInt(10), Money.of("50.00", "EUR")));
            }
        }
        return ops;
    }

    @Test
    void history_days_are_a_program_setting_checked_like_every_other() {
        String program = """
                {"id": "p", "currency": "EUR", "timeZone": "UTC", "earnRules": [{"kind": "spend", "id": "base", "points": 1, "per": "1.00"}],
                 "accounts": {"historyDays": 0}}""";
        assertThatThrownBy(() -> RewardsJson.readProgram(program)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("accounts.historyDays").hasMessageContaining("between 1 and 36500");
        Program p = RewardsJson.readProgram(program.replace("\"historyDays\": 0", "\"historyDays\": 90"));
        assertThat(p.accounts().historyDays()).isEqualTo(90);
        assertThat(RewardsJson.readProgram(RewardsJson.write(p)).accounts().historyDays()).isEqualTo(90);
        assertThat(RewardsJson.readProgram(program.replace(", \"historyDays\": 0", "").replace("\"historyDays\": 0", ""))
                .accounts().historyDays()).isEqualTo(AccountPolicy.DEFAULT_HISTORY_DAYS);
    }

    @Test
    void an_account_written_with_a_list_of_ids_reads_with_the_ids_kept_from_its_clock() {
        MemberAccount a = cafe.purchase(cafe.open("ana", START, Optional.empty()), buy("t-1", START.plusSeconds(60), "30.00")).account();
        String json = RewardsJson.write(a).replaceAll("\"processed\":\\{\"purchase:t-1\":\"[^\"]+\"}", "\"processed\":[\"purchase:t-1\"]");
        assertThat(json).contains("\"processed\":[\"purchase:t-1\"]");
        MemberAccount read = RewardsJson.readAccount(json);
        assertThat(read.processed()).containsEntry("purchase:t-1", a.clock());
        assertThat(cafe.purchase(read, buy("t-1", START.plusSeconds(60), "30.00")).duplicate()).isTrue();
    }
}
