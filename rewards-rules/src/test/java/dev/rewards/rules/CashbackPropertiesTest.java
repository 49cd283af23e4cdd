package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.account.StoreCredit;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
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
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * C1, L10 invariants over generated histories (seeded; see {@link Properties}): purchases, partial and
 * whole refunds, store credit spent and time passing, under both negative-balance policies and with a
 * short history so the cashback ledger folds: store credit is conserved, never negative, never above
 * the cap per month, a purchase returned in full gives back exactly what it earned, and every account
 * reads back from JSON as it was; with promotions that make some items free, so cashback follows the
 * prices paid.
 */
class CashbackPropertiesTest {
    /** The cashback shop with promotions that make items free or cheaper, so cashback is shared on prices paid. */
    static final Program WITH_DEALS = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(dev.rewards.program.SpendRule.of("base", 1, "1.00")).cashbackRule(CashbackAccountTest.SHOP.cashbackRules().get(0))
            .vouchers(dev.rewards.voucher.VoucherPolicy.of(
                    dev.rewards.voucher.VoucherCampaign.automatic("socks-3-for-2", dev.rewards.voucher.Benefit.BuyXGetY.free(2, 1))
                            .restrictedBy(new dev.rewards.voucher.Restriction.Items(dev.rewards.transaction.LineScope.categories("socks"))),
                    dev.rewards.voucher.VoucherCampaign.automatic("ten-percent", dev.rewards.voucher.Benefit.PercentOff.of("10")).priority(200)))
            .accounts(CashbackAccountTest.SHOP.accounts()).build();
    static final Program FORFEITING = AccountHistoryTest.keeping(WITH_DEALS, 45, QualificationWindow.CALENDAR_YEAR);
    static final Program OWING = AccountPropertiesTest.owing(FORFEITING);
    static final Accounts[] ENGINES = {new Accounts(Rewards.compile(FORFEITING)), new Accounts(Rewards.compile(OWING))};
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    static List<Operation> history(long seed, int length) {
        Random r = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        List<Transaction> bought = new ArrayList<>();
        Instant t = START.plusSeconds(60);
        for (int i = 0; i < length; i++) {
            t = t.plus(Duration.ofHours(1 + r.nextInt(24 * 6)));
            int kind = r.nextInt(10);
            if (kind < 5 || bought.isEmpty()) {
                Transaction tx = Transaction.builder("t-" + i, "ana", t).currency("EUR")
                        .line("1", "shoes", (5 + r.nextInt(120)) + "." + (10 + r.nextInt(90)), 1 + r.nextInt(3), "shoes")
                        .line("2", "socks", (1 + r.nextInt(9)) + ".99", 1 + r.nextInt(4), "socks").build();
                bought.add(tx);
                ops.add(new Operation.Purchase(tx));
            } else if (kind < 8) {
                Transaction tx = bought.get(r.nextInt(bought.size()));
                Map<String, Integer> lines = r.nextBoolean() ? Map.of() : Map.of(r.nextBoolean() ? "1" : "2", 1);
                ops.add(new Operation.Return(new Refund("r-" + i, "ana", tx.id(), t, lines)));
            } else if (kind < 9) {
                ops.add(new Operation.SpendCredit("c-" + i, "ana", t, Money.of(BigDecimal.valueOf(1 + r.nextInt(800), 2), FORFEITING.currency())));
            } else {
                ops.add(new Operation.Advance("ana", t.plus(Duration.ofDays(r.nextInt(40)))));
            }
        }
        return ops;
    }

    @Test
    void store_credit_is_conserved_never_negative_and_reads_back_from_json_unchanged() {
        Properties.check().forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, which) -> {
            Accounts accounts = ENGINES[which];
            MemberAccount a = accounts.open("ana", START, Optional.empty());
            for (Operation op : history(seed, 50)) {
                AccountResult r = accounts.apply(a, op);
                a = r.account();
                CashbackAccountTest.assertConserved(a);
                if (which == 0) assertThat(a.credit().owed()).isZero();
                assertThat(RewardsJson.readAccount(RewardsJson.write(a))).isEqualTo(a);
                assertThat(accounts.apply(a, op).account()).as("applying %s twice", op.id()).isEqualTo(a);
            }
        });
    }

    @Test
    void the_cap_per_month_is_never_exceeded_and_a_whole_refund_gives_back_exactly_what_the_purchase_earned() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Accounts accounts = ENGINES[0];
            MemberAccount a = accounts.open("ana", START, Optional.empty());
            Set<StoreCredit.Entry> seen = new HashSet<>();
            for (Operation op : history(seed, 50)) {
                a = accounts.apply(a, op).account();
                seen.addAll(a.credit().ledger());
            }
            Map<String, BigDecimal> byMonth = new HashMap<>();
            Map<String, BigDecimal> earned = new HashMap<>();
            Map<String, BigDecimal> reversed = new HashMap<>();
            for (StoreCredit.Entry e : seen) {
                if (e.source().equals("earlier")) continue;
                if (e.kind() == StoreCredit.Entry.Kind.EARNED) {
                    ZonedDateTime local = ZonedDateTime.ofInstant(e.at(), amsterdam);
                    byMonth.merge(local.getYear() + "-" + local.getMonthValue(), e.amount(), BigDecimal::add);
                    earned.merge(e.source(), e.amount(), BigDecimal::add);
                }
                if (e.kind() == StoreCredit.Entry.Kind.REVERSED || e.kind() == StoreCredit.Entry.Kind.FORFEITED) {
                    reversed.merge(e.source(), e.amount(), BigDecimal::add);
                }
            }
            assertThat(byMonth.values()).allMatch(m -> m.compareTo(new BigDecimal("12.00")) <= 0);
            for (MemberAccount.Purchase p : a.purchases().values()) {
                String source = a.purchases().entrySet().stream().filter(e -> e.getValue() == p).findFirst().orElseThrow().getKey();
                BigDecimal back = reversed.getOrDefault("purchase:" + source, BigDecimal.ZERO);
                BigDecimal in = earned.getOrDefault("purchase:" + source, BigDecimal.ZERO);
                boolean whole = p.lines().values().stream().allMatch(l -> l.refunded() == l.quantity());
                if (whole) assertThat(back).as("purchase %s returned in full", source).isEqualByComparingTo(in);
                else assertThat(back).as("purchase %s partly returned", source).isLessThanOrEqualTo(in);
            }
        });
    }
}
