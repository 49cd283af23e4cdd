package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * D8: a campaign's total budget in money and in redemptions, across members. Evaluation reads what is
 * used from the store's snapshot; the store enforces it exactly once when it redeems (the races are in
 * the store contract, on every store).
 */
class CampaignBudgetsTest {
    static final VoucherCampaign TEN_OFF = VoucherCampaign.automatic("launch", new Benefit.AmountOff(Money.of("10.00", "EUR")))
            .restrictedBy(CampaignBudget.of(Money.of("25.00", "EUR"), 100));
    static final VoucherCampaign THREE_ONLY = VoucherCampaign.withCode("first3", "FIRST3", Benefit.PercentOff.of("20"))
            .restrictedBy(CampaignBudget.redemptions(3));

    static Program shop(VoucherCampaign... campaigns) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(campaigns)).build();
    }

    static Transaction order(String id, String member, String amount, String... codes) {
        return Transaction.builder(id, member, Instant.parse("2026-05-04T10:00:00Z")).currency("EUR")
                .line("1", "beans", amount, 1, "beans").build().withVouchers(codes);
    }

    static VoucherSnapshot used(String campaign, long redemptions, String spent) {
        return new VoucherSnapshot(Map.of(), Map.of(), Map.of(campaign, new CampaignUsage(campaign, redemptions, Optional.of(Money.of(spent, "EUR")))));
    }

    @Test
    void a_discount_that_no_longer_fits_in_the_money_budget_is_not_given_and_says_what_is_left() {
        var compiled = Rewards.compile(shop(TEN_OFF));

        Outcome fits = compiled.evaluate(Fixtures.member(), order("t-1", "m-1", "40.00"), used("launch", 1, "15.00"));
        Outcome over = compiled.evaluate(Fixtures.member(), order("t-1", "m-1", "40.00"), used("launch", 2, "20.00"));
        Outcome spent = compiled.evaluate(Fixtures.member(), order("t-1", "m-1", "40.00"), used("launch", 3, "25.00"));

        assertThat(fits.campaign("launch").orElseThrow().amount()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(over.campaign("launch").orElseThrow().reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.BUDGET_EXHAUSTED);
            assertThat(why.message()).isEqualTo("would give 10.00 EUR; 5.00 EUR is left of the campaign's budget of 25.00 EUR");
        });
        assertThat(over.discount()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(over.points()).isEqualTo(40);
        assertThat(spent.campaign("launch").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("the campaign's budget of 25.00 EUR is spent");
        // a smaller order still fits what is left
        Outcome small = compiled.evaluate(Fixtures.member(), order("t-1", "m-1", "4.00"), used("launch", 2, "20.00"));
        assertThat(small.campaign("launch").orElseThrow().amount()).isEqualTo(Money.of("4.00", "EUR"));
    }

    @Test
    void the_first_three_redemptions_across_members_get_it_and_a_refund_frees_a_place() {
        InMemoryVoucherStore store = new InMemoryVoucherStore();
        Accounts accounts = new Accounts(Rewards.compile(shop(THREE_ONLY)), store);
        AccountResult last = null;
        for (int i = 1; i <= 4; i++) {
            MemberAccount m = accounts.open("m-" + i, Instant.parse("2026-01-01T09:00:00Z"), Optional.empty());
            last = accounts.purchase(m, order("t-" + i, "m-" + i, "50.00", "FIRST3"));
            if (i <= 3) assertThat(last.outcome().orElseThrow().discount()).isEqualTo(Money.of("10.00", "EUR"));
        }
        VoucherResult fourth = last.outcome().orElseThrow().voucher("FIRST3").orElseThrow();
        assertThat(fourth.reasons()).extracting(Reason::code, Reason::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.BUDGET_EXHAUSTED, "the campaign's 3 redemptions are used up"));
        assertThat(store.campaignUsage("first3").redemptions()).isEqualTo(3);
        assertThat(THREE_ONLY.budget().orElseThrow().redemptionsLeft(store.campaignUsage("first3"))).hasValue(0);

        MemberAccount first = accounts.open("m-1", Instant.parse("2026-01-01T09:00:00Z"), Optional.empty());
        first = accounts.purchase(first, order("t-1", "m-1", "50.00", "FIRST3")).account();
        accounts.refund(first, Refund.whole("r-1", "m-1", "t-1", Instant.parse("2026-05-05T10:00:00Z")));
        assertThat(store.campaignUsage("first3")).isEqualTo(new CampaignUsage("first3", 2, Optional.of(Money.of("20.00", "EUR"))));
        MemberAccount fifth = accounts.open("m-5", Instant.parse("2026-01-01T09:00:00Z"), Optional.empty());
        assertThat(accounts.purchase(fifth, order("t-5", "m-5", "50.00", "FIRST3")).outcome().orElseThrow().discount())
                .isEqualTo(Money.of("10.00", "EUR"));
    }

    @Test
    void best_for_the_customer_never_picks_an_offer_its_budget_cannot_cover() {
        VoucherCampaign big = VoucherCampaign.automatic("big", new Benefit.AmountOff(Money.of("30.00", "EUR"))).exclusive()
                .restrictedBy(CampaignBudget.of(Money.of("100.00", "EUR")));
        VoucherCampaign small = VoucherCampaign.automatic("small", Benefit.PercentOff.of("10"));
        var compiled = Rewards.compile(shop(big, small));

        Outcome o = compiled.evaluate(Fixtures.member(), order("t-1", "m-1", "60.00"), used("big", 4, "80.00"));

        assertThat(o.appliedVouchers()).extracting(VoucherResult::label).containsExactly("small");
        assertThat(o.campaign("big").orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.BUDGET_EXHAUSTED);
    }

    @Test
    void a_budget_is_checked_when_the_program_is_built_and_reads_back_from_json_with_terms() {
        assertThatThrownBy(() -> new CampaignBudget(Optional.empty(), java.util.OptionalLong.empty())).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("give an amount, a number of redemptions, or both");
        assertThatThrownBy(() -> VoucherCampaign.withCode("gift", "GIFT", new Benefit.StoredValue(Money.of("25.00", "EUR")))
                .restrictedBy(CampaignBudget.redemptions(10))).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("a budget limits the discounts a campaign gives");
        assertThatThrownBy(() -> RewardsJson.readProgram("""
                {"id": "shop", "currency": "EUR", "timeZone": "UTC", "earnRules": [],
                 "vouchers": {"campaigns": [{"id": "c", "automatic": true, "benefit": {"type": "percentOff", "percent": "5"},
                   "restrictions": {"budget": {"amount": "-1.00", "redemptions": 0, "per": "day"}}}]}}
                """)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.vouchers.campaigns[0].restrictions.budget.per: unknown field 'per'");

        Program p = shop(TEN_OFF, THREE_ONLY.stacking(Stacking.COMBINABLE));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("while the campaign's budget lasts (25.00 EUR of discounts in all, 100 redemptions in all;"
                + " an order it cannot cover in full does not get it)");
    }

    @Test
    void a_simulated_year_gives_a_budgeted_promotion_no_more_than_its_budget() {
        Program program = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.automatic("launch", Benefit.PercentOff.of("10"))
                        .restrictedBy(CampaignBudget.of(Money.of("150.00", "EUR"), 400)))).build();
        dev.rewards.simulation.Simulation sim = new dev.rewards.simulation.Simulation(program);
        var history = dev.rewards.simulation.SyntheticHistory.ofMonths(program, 50, 3_000, 7, SimulationTest.START, 12);
        sim.enrol(history.members(), SimulationTest.START);
        while (history.hasNext()) sim.apply(history.next());

        // what stands after refunds gave theirs back: never over the budget, and the budget nearly used
        CampaignUsage used = sim.campaignUsage("launch");
        assertThat(used.spent().orElseThrow().compareTo(Money.of("150.00", "EUR"))).isLessThanOrEqualTo(0);
        assertThat(used.spent().orElseThrow().compareTo(Money.of("140.00", "EUR"))).isGreaterThan(0);
        assertThat(used.redemptions()).isLessThanOrEqualTo(400);
        var launch = sim.figures().campaigns().get("launch");
        assertThat(launch.applied()).isLessThan(launch.presented());
        assertThat(launch.amount().compareTo(used.spent().orElseThrow())).isGreaterThanOrEqualTo(0);
    }
}
