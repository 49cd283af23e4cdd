package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * D1-D4, shapes of discount that shops run every week (from peers' public tests: Saleor's and
 * Vendure's "cheapest item free", Solidus' and Medusa's buy X get Y, Shopify-style "any 3 for 10"):
 * each with its boundaries, its explanation and its terms.
 */
class DiscountShapesTest {

    static Program shop(VoucherCampaign campaign) {
        return VouchersTest.shop(VoucherPolicy.of(campaign));
    }

    static Outcome evaluate(Benefit benefit, TransactionBuilder basket) {
        return Rewards.compile(shop(VoucherCampaign.automatic("deal", benefit))).evaluate(member(), basket.build());
    }

    static VoucherResult deal(Outcome o) {
        return o.campaign("deal").orElseThrow();
    }

    static TransactionBuilder shirts(String... prices) {
        TransactionBuilder b = purchase();
        for (int i = 0; i < prices.length; i++) b.line("s" + (i + 1), "shirt-" + (i + 1), prices[i], 1, "shirts");
        return b;
    }

    @Nested
    class PerLine {
        @Test
        void a_fixed_amount_comes_off_every_eligible_line_but_never_more_than_the_line() {
            Outcome o = evaluate(new Benefit.AmountOffEachLine(eur("1.00")),
                    purchase().line("1", "beans", "20.00", 2, "beans").line("2", "sticker", "0.60", 1, "merch"));

            assertThat(deal(o).allocation()).containsExactly(new Allocation("1", eur("1.00")), new Allocation("2", eur("0.60")));
            assertThat(deal(o).summary()).isEqualTo("1.00 EUR off each line: 1.60 EUR on lines 1, 2");
        }
    }

    @Nested
    class EachUpTo {
        @Test
        void two_off_each_up_to_two_of_each_item_and_five_in_all() {
            Outcome o = evaluate(new Benefit.AmountOffEach(eur("2.00"), 5, 2), purchase().line("1", "beans", "20.00", 4, "beans")
                    .line("2", "tea", "8.00", 3, "tea").line("3", "cocoa", "6.00", 1, "cocoa"));

            // dearest first: 2 beans, 2 tea, 1 cocoa
            assertThat(deal(o).allocation()).containsExactly(new Allocation("1", eur("4.00")), new Allocation("2", eur("4.00")),
                    new Allocation("3", eur("2.00")));
            assertThat(deal(o).summary()).startsWith("2.00 EUR off each item (up to 2 of each) (up to 5)");
            Program p = shop(VoucherCampaign.automatic("deal", new Benefit.AmountOffEach(eur("2.00"), 5, 2)));
            assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
            assertThat(Terms.markdown(p)).contains("2.00 EUR off each item, up to 2 of each, up to 5 items");
        }
    }

    @Nested
    class CheapestOrDearestUnits {
        @Test
        void the_cheapest_item_is_free_once_per_order_whatever_the_order_of_the_lines() {
            Outcome o = evaluate(Benefit.UnitsOff.cheapestFree(1), shirts("20.00", "10.00", "15.00"));
            Outcome reordered = evaluate(Benefit.UnitsOff.cheapestFree(1), purchase().line("s3", "shirt-3", "15.00", 1, "shirts")
                    .line("s1", "shirt-1", "20.00", 1, "shirts").line("s2", "shirt-2", "10.00", 1, "shirts"));

            assertThat(deal(o).allocation()).containsExactly(new Allocation("s2", eur("10.00")));
            assertThat(deal(reordered).allocation()).isEqualTo(deal(o).allocation());
            assertThat(deal(o).summary()).isEqualTo("the cheapest item free: 10.00 EUR on line s2");
        }

        @Test
        void half_off_the_two_dearest_units_counts_units_within_a_line() {
            Outcome o = evaluate(new Benefit.UnitsOff(2, Benefit.Pick.DEAREST, Optional.of(new BigDecimal("50")), Optional.empty()),
                    purchase().line("1", "shirt", "20.00", 3, "shirts").line("2", "cap", "30.00", 1, "hats"));

            assertThat(deal(o).allocation()).containsExactly(new Allocation("1", eur("10.00")), new Allocation("2", eur("15.00")));
        }

        @Test
        void an_amount_off_each_of_the_cheapest_units_never_takes_a_unit_below_zero() {
            Outcome o = evaluate(new Benefit.UnitsOff(2, Benefit.Pick.CHEAPEST, Optional.empty(), Optional.of(eur("3.00"))),
                    purchase().line("1", "pin", "2.00", 1, "merch").line("2", "mug", "9.00", 5, "merch"));

            assertThat(deal(o).allocation()).containsExactly(new Allocation("1", eur("2.00")), new Allocation("2", eur("3.00")));
        }
    }

    @Nested
    class BuyXGetY {
        @Test
        void three_for_two_makes_the_cheapest_of_every_three_free() {
            Benefit.BuyXGetY threeForTwo = Benefit.BuyXGetY.free(2, 1);

            assertThat(deal(evaluate(threeForTwo, shirts("20.00", "10.00", "15.00"))).allocation()).containsExactly(new Allocation("s2", eur("10.00")));
            assertThat(deal(evaluate(threeForTwo, shirts("20.00", "10.00", "15.00", "12.00", "30.00"))).amount()).isEqualTo(eur("10.00"));
            assertThat(deal(evaluate(threeForTwo, shirts("20.00", "10.00", "15.00", "12.00", "30.00", "18.00"))).amount()).isEqualTo(eur("22.00"));
            assertThat(deal(evaluate(threeForTwo.atMost(1), shirts("20.00", "10.00", "15.00", "12.00", "30.00", "18.00"))).amount())
                    .isEqualTo(eur("10.00"));
            assertThat(deal(evaluate(threeForTwo, purchase().line("1", "beans", "19.50", 3, "beans"))).amount()).isEqualTo(eur("19.50"));
        }

        @Test
        void too_few_items_says_how_many_more_to_add() {
            VoucherResult r = deal(evaluate(Benefit.BuyXGetY.free(2, 1), shirts("20.00", "10.00")));

            assertThat(r.applied()).isFalse();
            assertThat(r.reasons()).singleElement().satisfies(why -> {
                assertThat(why.code()).isEqualTo(ReasonCode.TOO_FEW_ITEMS);
                assertThat(why.message()).isEqualTo("buy 2, get 1: the basket has 2 eligible items, add 1 more");
                assertThat(why.shortfall().orElseThrow().toString()).isEqualTo("1 items");
            });
        }

        @Test
        void buying_shirts_gets_socks_free_the_cheapest_socks_first_and_never_more_than_the_basket_holds() {
            Benefit.BuyXGetY socks = Benefit.BuyXGetY.free(2, 1).getting(LineScope.categories("socks"));
            TransactionBuilder twoShirts = purchase().line("1", "shirt", "25.00", 2, "shirts").line("2", "socks", "5.00", 3, "socks")
                    .line("3", "wool-socks", "9.00", 1, "socks");
            TransactionBuilder fourShirts = purchase().line("1", "shirt", "25.00", 4, "shirts").line("2", "socks", "5.00", 1, "socks");

            assertThat(deal(evaluate(socks, twoShirts)).allocation()).containsExactly(new Allocation("2", eur("5.00")));
            assertThat(deal(evaluate(socks, fourShirts)).allocation()).containsExactly(new Allocation("2", eur("5.00")));
            assertThat(deal(evaluate(socks, purchase().line("1", "shirt", "25.00", 2, "shirts"))).reasons()).extracting(r -> r.code())
                    .containsExactly(ReasonCode.ITEM_NOT_IN_BASKET);
        }

        @Test
        void buy_one_get_one_half_price_discounts_the_cheaper() {
            Benefit.BuyXGetY bogoHalf = new Benefit.BuyXGetY(1, 1, Optional.of(new BigDecimal("50")), Optional.empty(), 0, Optional.empty());

            VoucherResult r = deal(evaluate(bogoHalf, shirts("30.00", "20.00")));
            assertThat(r.allocation()).containsExactly(new Allocation("s2", eur("10.00")));
            assertThat(r.summary()).isEqualTo("buy 1, get 1 at 50% off: 10.00 EUR on line s2");
        }
    }

    @Nested
    class Bundles {
        @Test
        void any_three_for_ten_bundles_the_dearest_units_and_spreads_the_saving_over_them() {
            Benefit.BundlePrice anyThree = new Benefit.BundlePrice(3, eur("10.00"), 0);

            VoucherResult r = deal(evaluate(anyThree, purchase().line("a", "a", "5.00", 1, "snacks").line("b", "b", "4.00", 1, "snacks")
                    .line("c", "c", "3.00", 1, "snacks").line("d", "d", "2.00", 1, "snacks")));
            assertThat(r.amount()).isEqualTo(eur("2.00"));
            assertThat(r.allocation()).extracting(Allocation::lineId).containsExactly("a", "b", "c");
            assertThat(deal(evaluate(anyThree, purchase().line("a", "a", "5.00", 6, "snacks"))).amount()).isEqualTo(eur("10.00"));
            assertThat(deal(evaluate(new Benefit.BundlePrice(3, eur("10.00"), 1), purchase().line("a", "a", "5.00", 6, "snacks"))).amount())
                    .isEqualTo(eur("5.00"));
        }

        @Test
        void a_bundle_that_would_cost_more_than_its_items_gives_nothing() {
            VoucherResult r = deal(evaluate(new Benefit.BundlePrice(3, eur("10.00"), 0), purchase().line("a", "a", "3.00", 3, "snacks")));

            assertThat(r.applied()).isFalse();
            assertThat(r.amount()).isEqualTo(eur("0.00"));
        }

        @Test
        void a_million_units_are_priced_without_counting_them_one_by_one() {
            VoucherResult r = deal(evaluate(new Benefit.BundlePrice(3, eur("10.00"), 0), purchase().line("a", "a", "5.00", 1_000_000, "snacks")));

            assertThat(r.amount()).isEqualTo(eur("1666665.00"));
        }
    }

    @Test
    void each_shape_reads_back_from_json_and_is_written_in_the_terms() {
        Benefit[] shapes = {new Benefit.AmountOffEachLine(eur("1.00")), Benefit.UnitsOff.cheapestFree(1),
                Benefit.BuyXGetY.free(2, 1).atMost(2).getting(LineScope.categories("socks")), new Benefit.BundlePrice(3, eur("10.00"), 0),
                new Benefit.UnitsOff(2, Benefit.Pick.DEAREST, Optional.empty(), Optional.of(eur("2.50")))};
        String[] terms = {"1.00 EUR off each line", "the cheapest item free, once per order",
                "buy 2, get 1 of socks free, up to 2 times per order", "any 3 items for 10.00 EUR",
                "2.50 EUR off each of the most expensive 2 items, once per order"};
        for (int i = 0; i < shapes.length; i++) {
            Program p = shop(VoucherCampaign.automatic("deal", shapes[i]).restrictedBy(new Restriction.MinimumSpend(eur("1.00"))));
            assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
            assertThat(Terms.markdown(p)).contains(terms[i]);
        }
    }

    @Test
    void a_shape_with_both_a_percentage_and_an_amount_is_refused_with_its_path() {
        assertThatThrownBy(() -> new Benefit.UnitsOff(1, Benefit.Pick.CHEAPEST, Optional.of(BigDecimal.TEN), Optional.of(eur("1.00"))))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("percent: give either percent or an amount, and only one");
        com.fasterxml.jackson.databind.node.ObjectNode program = (com.fasterxml.jackson.databind.node.ObjectNode) RewardsJson.parse(
                RewardsJson.write(shop(VoucherCampaign.automatic("deal", Benefit.BuyXGetY.free(2, 1)))));
        ((com.fasterxml.jackson.databind.node.ObjectNode) program.at("/vouchers/campaigns/0/benefit")).put("buy", 0).put("amountEach", "1.00");
        assertThatThrownBy(() -> RewardsJson.readProgram(program.toString())).hasMessageContaining("$.vouchers.campaigns[0].benefit.buy")
                .hasMessageContaining("$.vouchers.campaigns[0].benefit.percent");
    }
}
