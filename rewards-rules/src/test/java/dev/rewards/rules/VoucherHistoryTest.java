package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * V3, V6 over a member's history: with a voucher store, accounts keep use limits and gift balances from
 * one purchase to the next, a whole refund gives the uses back, and simulations count what a real
 * history would let through.
 */
class VoucherHistoryTest {
    private static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .vouchers(VoucherPolicy.of(
                    VoucherCampaign.withCode("welcome", "WELCOME", Benefit.PercentOff.of("10")).restrictedBy(new Restriction.UsesPerMember(1)),
                    VoucherCampaign.withCodes("gift-card", CodePattern.standard("GIFT"), new Benefit.StoredValue(Money.of("25.00", "EUR"))),
                    VoucherCampaign.withCode("first", "FIRST", Benefit.PercentOff.of("20")).restrictedBy(new Restriction.FirstOrderOnly())))
            .build();

    private final InMemoryVoucherStore store = new InMemoryVoucherStore();
    private final Accounts accounts = new Accounts(Rewards.compile(SHOP), store);
    private MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-01T09:00:00Z"), Optional.empty());

    private AccountResult buy(String id, String day, String amount, String... codes) {
        Transaction tx = Transaction.builder(id, "ana", Instant.parse(day + "T10:00:00Z")).currency("EUR")
                .line("1", "beans", amount, 1, "beans").build().withVouchers(codes);
        AccountResult r = accounts.purchase(ana, tx);
        ana = r.account();
        return r;
    }

    @Test
    void a_once_per_member_code_is_accepted_once_and_again_after_that_order_is_refunded_in_full() {
        AccountResult first = buy("t-1", "2026-02-01", "30.00", "WELCOME");
        AccountResult second = buy("t-2", "2026-02-02", "30.00", "WELCOME");
        ana = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-02-03T10:00:00Z"))).account();
        AccountResult third = buy("t-3", "2026-02-04", "30.00", "WELCOME");

        assertThat(first.outcome().orElseThrow().discount()).isEqualTo(Money.of("3.00", "EUR"));
        assertThat(second.outcome().orElseThrow().voucher("WELCOME").orElseThrow().reasons()).extracting(r -> r.code())
                .containsExactly(ReasonCode.MEMBER_LIMIT_REACHED);
        assertThat(second.outcome().orElseThrow().discount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(third.outcome().orElseThrow().discount()).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void a_gift_card_is_drawn_down_over_purchases_and_refilled_by_a_whole_refund() {
        store.issue(List.of(IssuedVoucher.giftCard("GIFT-7KQ2-M9XD-4", "gift-card", Money.of("25.00", "EUR"))));

        AccountResult first = buy("t-1", "2026-02-01", "15.00", "GIFT-7KQ2-M9XD-4");
        AccountResult second = buy("t-2", "2026-02-02", "15.00", "GIFT-7KQ2-M9XD-4");
        ana = accounts.refund(ana, Refund.whole("r-2", "ana", "t-2", Instant.parse("2026-02-03T10:00:00Z"))).account();

        assertThat(first.outcome().orElseThrow().paidWithVouchers()).isEqualTo(Money.of("15.00", "EUR"));
        assertThat(second.outcome().orElseThrow().paidWithVouchers()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(second.outcome().orElseThrow().toPay()).isEqualTo(Money.of("5.00", "EUR"));
        assertThat(store.snapshot("ana", List.of("GIFT-7KQ2-M9XD-4")).status("GIFT-7KQ2-M9XD-4").orElseThrow().balance())
                .contains(Money.of("10.00", "EUR"));
    }

    @Test
    void a_first_order_code_is_welcome_again_once_the_only_earlier_order_was_refunded_in_full() {
        buy("t-1", "2026-02-01", "30.00");
        AccountResult refused = buy("t-2", "2026-02-02", "30.00", "FIRST");
        ana = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-02-03T10:00:00Z"))).account();
        ana = accounts.refund(ana, Refund.whole("r-2", "ana", "t-2", Instant.parse("2026-02-03T11:00:00Z"))).account();
        AccountResult accepted = buy("t-3", "2026-02-04", "30.00", "FIRST");

        assertThat(refused.outcome().orElseThrow().voucher("FIRST").orElseThrow().reasons()).extracting(r -> r.code())
                .containsExactly(ReasonCode.NOT_FIRST_PURCHASE);
        assertThat(accepted.outcome().orElseThrow().discount()).isEqualTo(Money.of("6.00", "EUR"));
    }

    @Test
    void the_same_purchase_applied_twice_redeems_once() {
        buy("t-1", "2026-02-01", "30.00", "WELCOME");
        AccountResult again = accounts.purchase(ana, Transaction.builder("t-1", "ana", Instant.parse("2026-02-01T10:00:00Z"))
                .currency("EUR").line("1", "beans", "30.00", 1, "beans").build().withVouchers("WELCOME"));

        assertThat(again.duplicate()).isTrue();
        assertThat(store.snapshot("ana", List.of()).usesByMember("welcome")).isEqualTo(1);
    }

    @Test
    void a_simulation_lets_a_once_per_member_code_through_once_per_member() {
        Simulation sim = new Simulation(SimulationTest.BREWHOUSE);
        SyntheticHistory h = SyntheticHistory.ofMonths(SimulationTest.BREWHOUSE, 20, 4_000, 5, SimulationTest.START, 12);
        sim.enrol(h.members(), SimulationTest.START);
        while (h.hasNext()) sim.apply(h.next());

        Figures.Campaign spring = sim.figures().campaigns().get("spring-beans");
        assertThat(spring.presented()).isGreaterThan(20);
        assertThat(spring.applied()).isPositive().isLessThanOrEqualTo(20);
    }

    @Test
    void a_simulation_reports_the_redemption_rate_of_issued_codes_as_redeemed_over_issued() {
        Program program = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCodes("thanks", CodePattern.standard("THX"), Benefit.PercentOff.of("10"))
                        .restrictedBy(new Restriction.UsesPerCode(1))))
                .build();
        Simulation sim = new Simulation(program);
        List<IssuedVoucher> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) codes.add(IssuedVoucher.bearer("THX-CODE-" + i, "thanks"));
        sim.issue(codes);
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        // four codes used, one of them twice (refused the second time), and one order with a code refunded in full
        String[] presented = {"THX-CODE-0", "THX-CODE-1", "THX-CODE-2", "THX-CODE-3", "THX-CODE-3", "THX-CODE-4"};
        for (int i = 0; i < presented.length; i++) {
            sim.apply(new Operation.Purchase(Transaction.builder("t-" + i, "m-" + i, t.plusSeconds(3600L * i)).currency("EUR")
                    .line("1", "beans", "20.00", 1, "beans").build().withVouchers(presented[i])));
        }
        sim.apply(new Operation.Return(Refund.whole("r-1", "m-5", "t-5", t.plusSeconds(3600L * 10))));

        Figures.Campaign thanks = sim.figures().campaigns().get("thanks");
        assertThat(thanks.issued()).isEqualTo(10);
        assertThat(thanks.presented()).isEqualTo(6);
        assertThat(thanks.applied()).isEqualTo(5);
        assertThat(thanks.redeemed()).isEqualTo(4);
        assertThat(thanks.rate()).isEqualTo(0.4);
    }
}
