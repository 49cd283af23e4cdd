package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.ContainsItems;
import dev.rewards.voucher.MinimumQuantity;
import dev.rewards.voucher.NthOrder;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import org.junit.jupiter.api.Test;

/**
 * Q1, Q2, Q4: conditions separate from what is discounted ("10% off coffee when you buy a grinder"),
 * minimum quantities counted on eligible units, a member's nth order; each with its reason and distance.
 */
class CampaignConditionsTest {
    static Program shop(VoucherCampaign campaign) {
        return VouchersTest.shop(VoucherPolicy.of(campaign));
    }

    static VoucherResult deal(VoucherCampaign campaign, TransactionBuilder basket, MemberState member) {
        return Rewards.compile(shop(campaign)).evaluate(member, basket.build()).campaign(campaign.id()).orElseThrow();
    }

    static final VoucherCampaign COFFEE_WITH_A_GRINDER = VoucherCampaign.automatic("coffee-with-grinder", Benefit.PercentOff.of("10"))
            .restrictedBy(new Restriction.Items(LineScope.categories("beans")), ContainsItems.any(LineScope.categories("equipment")));

    @Test
    void the_condition_asks_for_a_grinder_but_only_the_coffee_is_discounted() {
        VoucherResult withGrinder = deal(COFFEE_WITH_A_GRINDER, purchase().line("1", "beans", "20.00", 1, "beans")
                .line("2", "grinder", "89.00", 1, "equipment"), member());

        assertThat(withGrinder.applied()).isTrue();
        assertThat(withGrinder.allocation()).containsExactly(new Allocation("1", eur("2.00")));
    }

    @Test
    void without_the_grinder_it_says_what_is_missing() {
        VoucherResult without = deal(COFFEE_WITH_A_GRINDER, purchase().line("1", "beans", "20.00", 1, "beans"), member());

        assertThat(without.reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.REQUIRED_ITEMS_MISSING);
            assertThat(why.message()).isEqualTo("the basket must hold 1 of equipment; it holds 0, add 1 more");
        });
    }

    @Test
    void a_minimum_quantity_counts_eligible_units_only() {
        VoucherCampaign threeBags = VoucherCampaign.automatic("three-bags", new Benefit.AmountOff(eur("5.00")))
                .restrictedBy(new Restriction.Items(LineScope.categories("beans")), MinimumQuantity.inBasket(3));

        VoucherResult two = deal(threeBags, purchase().line("1", "beans", "20.00", 2, "beans").line("2", "mug", "9.00", 4, "merch"), member());
        VoucherResult three = deal(threeBags, purchase().line("1", "beans", "20.00", 2, "beans").line("2", "decaf", "18.00", 1, "beans"), member());

        assertThat(two.reasons()).extracting(Reason::code).containsExactly(ReasonCode.BELOW_MINIMUM_QUANTITY);
        assertThat(two.reasons().get(0).message()).isEqualTo("buy at least 3 eligible items; the basket has 2, add 1 more");
        assertThat(two.reasons().get(0).shortfall().orElseThrow().toString()).isEqualTo("1 items");
        assertThat(three.applied()).isTrue();
    }

    @Test
    void a_minimum_per_line_discounts_only_the_lines_bought_in_that_quantity() {
        VoucherCampaign perLine = VoucherCampaign.automatic("multi-buy", Benefit.PercentOff.of("20")).restrictedBy(MinimumQuantity.perLine(3));

        VoucherResult r = deal(perLine, purchase().line("1", "beans", "10.00", 3, "beans").line("2", "mug", "9.00", 2, "merch"), member());
        VoucherResult none = deal(perLine, purchase().line("1", "beans", "10.00", 2, "beans"), member());

        assertThat(r.allocation()).containsExactly(new Allocation("1", eur("6.00")));
        assertThat(none.reasons()).extracting(Reason::code).contains(ReasonCode.BELOW_MINIMUM_QUANTITY);
    }

    @Test
    void the_third_order_of_a_member_and_never_a_guests() {
        VoucherCampaign third = VoucherCampaign.automatic("third-order", new Benefit.AmountOff(eur("5.00"))).restrictedBy(new NthOrder(3));
        java.util.function.Supplier<TransactionBuilder> basket = () -> purchase().line("1", "beans", "20.00", 1, "beans");

        assertThat(deal(third, basket.get(), Fixtures.newMember().withLifetimePurchases(2)).applied()).isTrue();
        assertThat(deal(third, basket.get(), Fixtures.newMember().withLifetimePurchases(3)).reasons()).extracting(Reason::message)
                .containsExactly("for a member's order number 3; this is order number 4");
        assertThat(deal(third, basket.get(), MemberState.guest("m-1", Fixtures.EUR)).reasons()).extracting(Reason::code)
                .contains(ReasonCode.NOT_NTH_ORDER);
    }

    @Test
    void conditions_read_back_from_json_and_are_written_in_the_terms() {
        Program p = shop(VoucherCampaign.automatic("combo", Benefit.PercentOff.of("10")).restrictedBy(
                new ContainsItems(LineScope.categories("equipment"), 2), MinimumQuantity.inBasket(3), MinimumQuantity.perLine(2), new NthOrder(1)));

        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("when the basket holds 2 of equipment", "when you buy at least 3 eligible items",
                "on items bought 2 or more at a time", "on a member's first order");
    }

    @Test
    void a_minimum_spend_read_after_earlier_discounts_sees_what_they_left() {
        VoucherCampaign tenOff = VoucherCampaign.automatic("ten-off", new Benefit.AmountOff(eur("10.00"))).priority(1);
        VoucherCampaign before = VoucherCampaign.automatic("five-off", new Benefit.AmountOff(eur("5.00"))).priority(2)
                .restrictedBy(new Restriction.MinimumSpend(eur("25.00")));
        VoucherCampaign after = VoucherCampaign.automatic("five-off", new Benefit.AmountOff(eur("5.00"))).priority(2)
                .restrictedBy(new Restriction.MinimumSpend(eur("25.00")).readAfterEarlierDiscounts());
        java.util.function.Supplier<TransactionBuilder> thirty = () -> purchase().line("1", "beans", "30.00", 1, "beans");

        var onList = Rewards.compile(VouchersTest.shop(VoucherPolicy.of(tenOff, before))).evaluate(member(), thirty.get().build());
        var onPaid = Rewards.compile(VouchersTest.shop(VoucherPolicy.of(tenOff, after))).evaluate(member(), thirty.get().build());

        assertThat(onList.discount()).isEqualTo(eur("15.00"));
        assertThat(onPaid.discount()).isEqualTo(eur("10.00"));
        assertThat(onPaid.campaign("five-off").orElseThrow().reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.BELOW_MINIMUM_SPEND);
            assertThat(why.message()).isEqualTo("spend 5.00 EUR more on eligible items (minimum 25.00 EUR after earlier discounts, eligible 20.00 EUR)");
        });
        Program p = VouchersTest.shop(VoucherPolicy.of(tenOff, after));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("minimum 25.00 EUR on eligible items after earlier discounts");
    }
}
