package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.PointsConversion;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.program.TierMetric;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.Tier;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * L9 over random baskets, codes, stacking settings, balances and partial refunds: points paid at
 * checkout never pay more than the items left to pay, their allocation adds up to their value, the
 * account is charged exactly what the outcome says, and once every unit is back the member holds every
 * point paid again and the qualifying spend is what it was before the purchase. Points are conserved
 * throughout (held = earned - redeemed - expired - reversed).
 */
class PointsAtCheckoutPropertiesTest {
    static Program shop(Stacking stacking, boolean earns) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("member", "0"))
                .vouchers(VoucherPolicy.of(
                        VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10")),
                        VoucherCampaign.withCode("five", "FIVE", new Benefit.AmountOff(Money.of("5.00", "EUR"))).stacking(Stacking.EXCLUSIVE_IN_LEVEL)))
                .accounts(AccountPolicy.NONE.withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 100, Money.of("60.00", "EUR"))
                        .atCheckout(stacking).paidWithPointsEarns(earns)))
                .build();
    }

    /** How many examples paid with points: the generator must reach both sides. */
    static final java.util.concurrent.atomic.AtomicInteger APPLIED = new java.util.concurrent.atomic.AtomicInteger();

    static final Stacking[] STACKINGS = {Stacking.COMBINABLE, Stacking.EXCLUSIVE, Stacking.EXCLUSIVE_IN_LEVEL};

    @Test
    void points_paid_are_bounded_charged_once_and_given_back_in_full() {
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Accounts accounts = new Accounts(Rewards.compile(shop(STACKINGS[r.nextInt(3)], r.nextBoolean())));
            Instant t = Instant.parse("2026-03-02T10:00:00Z");
            MemberAccount a = accounts.open("ana", t.minusSeconds(86_400), Optional.empty());
            a = accounts.purchase(a, Transaction.builder("t-0", "ana", t.minusSeconds(3_600)).currency("EUR")
                    .line("0", "stock", (20 + r.nextInt(8000)) + ".00", 1, "gear").build()).account();
            BigDecimal spendBefore = accounts.stateAt(a, t).qualifyingSpend().amount();
            long heldBefore = a.available(t);

            TransactionBuilder b = Transaction.builder("t-1", "ana", t).currency("EUR").payWithPoints(100 * (1 + r.nextInt(80)));
            int lines = 1 + r.nextInt(4);
            for (int l = 1; l <= lines; l++) b.line(String.valueOf(l), "sku-" + l, (1 + r.nextInt(3000)) / 100 + "." + String.format("%02d", r.nextInt(100)), 1 + r.nextInt(3), "c");
            Transaction tx = b.build();
            if (r.nextBoolean()) tx = tx.withVouchers(r.nextBoolean() ? "TEN" : "FIVE");
            if (r.nextInt(4) == 0) tx = tx.withVouchers("TEN", "FIVE");

            AccountResult paid = accounts.purchase(a, tx);
            Outcome o = paid.outcome().orElseThrow();
            VoucherResult points = o.pointsPayment().orElseThrow();
            assertThat(o.toPay().amount()).isNotNegative();
            if (points.applied()) {
                APPLIED.incrementAndGet();
                assertThat(o.pointsRedeemed()).isEqualTo(tx.payWithPoints());
                assertThat(points.amount()).isEqualTo(Money.of(BigDecimal.valueOf(tx.payWithPoints()).movePointLeft(2).setScale(2).toPlainString(), "EUR"));
                assertThat(points.allocation().stream().map(Allocation::amount).reduce(Money.zero(o.toPay().currency()), Money::plus))
                        .isEqualTo(points.amount());
                assertThat(heldBefore).isGreaterThanOrEqualTo(tx.payWithPoints());
            } else {
                assertThat(o.pointsRedeemed()).isZero();
                assertThat(points.reasons()).isNotEmpty();
            }
            a = paid.account();
            assertThat(a.total(LedgerEntry.Kind.REDEEMED)).isEqualTo(o.pointsRedeemed());
            conserved(a, t);

            int step = 0;
            for (var line : tx.lines()) {
                int left = line.quantity();
                while (left > 0) {
                    int units = 1 + r.nextInt(left);
                    a = accounts.refund(a, new Refund("r-" + step++, "ana", "t-1", t.plusSeconds(60 + step), Map.of(line.id(), units))).account();
                    left -= units;
                    conserved(a, t.plusSeconds(60 + step));
                }
            }
            long returned = a.ledger().stream().filter(e -> e.group().equals("returned")).mapToLong(LedgerEntry::points).sum();
            assertThat(returned).isEqualTo(o.pointsRedeemed());
            assertThat(accounts.stateAt(a, t.plusSeconds(3_600)).qualifyingSpend().amount()).isEqualByComparingTo(spendBefore);
        });
        assertThat(APPLIED.get()).as("examples where the points paid").isPositive();
    }

    private static void conserved(MemberAccount a, Instant at) {
        long held = a.lots().stream().mapToLong(l -> l.remaining()).sum() - a.debt();
        assertThat(held).isEqualTo(a.total(LedgerEntry.Kind.EARNED) - a.total(LedgerEntry.Kind.REDEEMED)
                - a.total(LedgerEntry.Kind.EXPIRED) - a.total(LedgerEntry.Kind.REVERSED));
        assertThat(a.lots()).allMatch(l -> l.remaining() >= 0 && l.remaining() <= l.points());
    }
}
