package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.PointsConversion;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L9: points paid at checkout are an order discount decided with the vouchers (after their discounts,
 * or instead of them when the program says so), the part of a line paid with points earns nothing
 * unless the program says it does, and the accounts charge the points once and give them back line by
 * line when goods come back.
 */
class PointsAtCheckoutTest {
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    /** 100 points = 1.00 EUR, from 500 points, at most 50.00 EUR an order. */
    static final PointsConversion CONVERSION = new PointsConversion(100, Money.of("1.00", "EUR"), 500, Money.of("50.00", "EUR"));
    static final VoucherCampaign TEN_PERCENT = VoucherCampaign.withCode("spring", "SPRING10", Benefit.PercentOff.of("10"));

    static Program shop(PointsConversion conversion, EarnBasis basis) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(TEN_PERCENT).withEarnOn(basis))
                .accounts(AccountPolicy.NONE.withConversion(conversion))
                .build();
    }

    static Transaction basket(String id, long points, String... codes) {
        return Transaction.builder(id, "ana", AT).currency("EUR")
                .line("1", "beans", "60.00", 1, "coffee").line("2", "mug", "40.00", 1, "gear")
                .payWithPoints(points).build().withVouchers(codes);
    }

    static MemberState ana(long spendable) {
        return MemberState.enrolled("ana", AT.minusSeconds(86_400), Currency.EUR).withSpendablePoints(spendable);
    }

    @Test
    void points_pay_after_the_voucher_and_what_they_pay_earns_nothing() {
        Outcome o = Rewards.compile(shop(CONVERSION, EarnBasis.PRICE_PAID)).evaluate(ana(5_000), basket("t-1", 2_000, "SPRING10"));

        assertThat(o.voucher("SPRING10").orElseThrow().amount()).isEqualTo(Money.of("10.00", "EUR"));
        VoucherResult points = o.pointsPayment().orElseThrow();
        assertThat(points.applied()).isTrue();
        assertThat(points.benefit()).isEqualTo("points");
        assertThat(points.amount()).isEqualTo(Money.of("20.00", "EUR"));
        // 20.00 over what the voucher left (54.00 and 36.00): 12.00 and 8.00
        assertThat(points.onLine("1")).isEqualTo(Money.of("12.00", "EUR"));
        assertThat(points.onLine("2")).isEqualTo(Money.of("8.00", "EUR"));
        assertThat(points.summary()).isEqualTo("2000 points paid 20.00 EUR on lines 1, 2");
        assertThat(o.pointsRedeemed()).isEqualTo(2_000);
        assertThat(o.discount()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(o.toPay()).isEqualTo(Money.of("70.00", "EUR"));
        assertThat(o.points()).as("1 point a euro on the 70.00 paid in money").isEqualTo(70);
        assertThat(o.qualifyingSpend()).isEqualTo(Money.of("70.00", "EUR"));
        assertThat(o.explain()).contains("2000 points paid 20.00 EUR");
        assertThat(o.applyTo(ana(5_000)).spendablePoints()).hasValue(3_000);
    }

    @Test
    void a_program_may_let_what_points_pay_earn() {
        CompiledProgram earns = Rewards.compile(shop(CONVERSION.paidWithPointsEarns(true), EarnBasis.PRICE_PAID));
        CompiledProgram listPrice = Rewards.compile(shop(CONVERSION, EarnBasis.LIST_PRICE));

        assertThat(earns.evaluate(ana(5_000), basket("t-1", 2_000, "SPRING10")).points()).as("90.00 after the voucher").isEqualTo(90);
        assertThat(listPrice.evaluate(ana(5_000), basket("t-1", 2_000, "SPRING10")).points())
                .as("list price 100.00 less the 20.00 paid with points").isEqualTo(80);
    }

    @Test
    void exclusive_points_compete_with_the_vouchers_and_the_better_one_applies() {
        CompiledProgram exclusive = Rewards.compile(shop(CONVERSION.atCheckout(Stacking.EXCLUSIVE), EarnBasis.PRICE_PAID));

        Outcome twenty = exclusive.evaluate(ana(5_000), basket("t-1", 2_000, "SPRING10"));
        Outcome five = exclusive.evaluate(ana(5_000), basket("t-2", 500, "SPRING10"));

        assertThat(twenty.pointsRedeemed()).isEqualTo(2_000);
        assertThat(twenty.voucher("SPRING10").orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_COMBINABLE);
        assertThat(five.pointsRedeemed()).as("10.00 off beats 5.00 of points: no points are spent").isZero();
        assertThat(five.pointsPayment().orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_COMBINABLE);
        assertThat(five.discount()).isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void points_worth_more_than_what_is_left_are_refused_with_the_most_that_fit() {
        Transaction small = Transaction.builder("t-1", "ana", AT).currency("EUR").line("1", "beans", "25.00", 1, "coffee")
                .payWithPoints(2_500).build().withVouchers("SPRING10");

        Outcome o = Rewards.compile(shop(CONVERSION, EarnBasis.PRICE_PAID)).evaluate(ana(5_000), small);

        assertThat(o.pointsRedeemed()).isZero();
        assertThat(o.pointsPayment().orElseThrow().reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.ABOVE_MAXIMUM_VALUE);
            assertThat(why.message()).isEqualTo("2500 points are worth 25.00 EUR, more than the 22.50 EUR the items cost after the "
                    + "discounts before them; pay at most 2250 points");
        });
        assertThat(o.toPay()).isEqualTo(Money.of("22.50", "EUR"));
    }

    @Test
    void every_reason_points_cannot_pay_is_given_at_once() {
        CompiledProgram blocks = Rewards.compile(shop(CONVERSION.inBlocksOf(500), EarnBasis.PRICE_PAID));

        Outcome o = blocks.evaluate(ana(300), basket("t-1", 450));
        Outcome guest = blocks.evaluate(MemberState.guest("ana", Currency.EUR), basket("t-2", 1_000));
        Outcome noConversion = Rewards.compile(Program.builder().id("shop").currency("EUR")
                        .timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00")).build())
                .evaluate(ana(5_000), basket("t-3", 1_000));

        assertThat(o.pointsPayment().orElseThrow().reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BELOW_MINIMUM_POINTS, ReasonCode.NOT_A_WHOLE_BLOCK, ReasonCode.NOT_ENOUGH_POINTS);
        assertThat(guest.pointsPayment().orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_A_MEMBER);
        assertThat(noConversion.pointsPayment().orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("the program converts no points to money");
        assertThat(o.toPay()).isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void the_account_charges_once_and_gives_back_line_by_line() {
        Program program = shop(CONVERSION, EarnBasis.PRICE_PAID);
        Accounts accounts = new Accounts(Rewards.compile(program));
        MemberAccount a = accounts.open("ana", AT.minusSeconds(86_400), Optional.empty());
        a = accounts.purchase(a, Transaction.builder("t-0", "ana", AT.minusSeconds(3_600)).currency("EUR")
                .line("1", "machine", "3000.00", 1, "gear").build()).account();
        assertThat(a.available(AT)).isEqualTo(3_000);

        AccountResult paid = accounts.purchase(a, basket("t-1", 2_000, "SPRING10"));
        AccountResult again = accounts.purchase(paid.account(), basket("t-1", 2_000, "SPRING10"));
        a = paid.account();

        assertThat(a.available(AT)).as("3000 - 2000 paid + 70 earned").isEqualTo(1_070);
        assertThat(again.duplicate()).isTrue();
        assertThat(again.account().available(AT)).isEqualTo(1_070);
        assertThat(a.purchases().get("t-1").lines().get("1").paidPoints()).as("2000 points over 12.00 and 8.00").isEqualTo(1_200);
        assertThat(a.purchases().get("t-1").lines().get("2").paidPoints()).isEqualTo(800);

        AccountResult mugBack = accounts.refund(a, new Refund("r-1", "ana", "t-1", AT.plusSeconds(60), Map.of("2", 1)));
        assertThat(mugBack.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_RETURNED).singleElement()
                .satisfies(e -> assertThat(e.points()).isEqualTo(800));
        AccountResult allBack = accounts.refund(mugBack.account(), Refund.whole("r-2", "ana", "t-1", AT.plusSeconds(120)));
        MemberAccount after = allBack.account();

        assertThat(after.available(AT.plusSeconds(120))).as("the 3000 from before, every point paid given back, what t-1 earned reversed")
                .isEqualTo(3_000);
        long held = after.available(AT.plusSeconds(120));
        assertThat(held).isEqualTo(after.total(LedgerEntry.Kind.EARNED) - after.total(LedgerEntry.Kind.REDEEMED)
                - after.total(LedgerEntry.Kind.EXPIRED) - after.total(LedgerEntry.Kind.REVERSED));
    }

    @Test
    void the_settings_are_in_json_terms_and_checked() {
        Program program = shop(CONVERSION.atCheckout(Stacking.EXCLUSIVE_IN_LEVEL).paidWithPointsEarns(true), EarnBasis.PRICE_PAID);
        Transaction tx = basket("t-1", 2_000, "SPRING10");

        assertThat(RewardsJson.readProgram(RewardsJson.write(program))).isEqualTo(program);
        assertThat(RewardsJson.readTransaction(RewardsJson.write(tx))).isEqualTo(tx);
        assertThat(RewardsJson.readMember(RewardsJson.write(ana(42)))).isEqualTo(ana(42));
        assertThat(Terms.markdown(program)).contains("Points paid at checkout cannot be combined with other order discounts")
                .contains("what you pay with points earns points too");
        assertThatThrownBy(() -> CONVERSION.atCheckout(Stacking.ONE_PER_ITEM)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("checkout");
        assertThatThrownBy(() -> Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCode(PointsConversion.CAMPAIGN_ID, "PTS", Benefit.PercentOff.of("5")))).build())
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("reserved");
    }

    /** Currencies used here. */
    static final class Currency {
        static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");
    }
}
