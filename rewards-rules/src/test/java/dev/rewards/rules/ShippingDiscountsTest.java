package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.ShipTo;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import org.junit.jupiter.api.Test;

/**
 * Shipping-level discounts (V1, issue 12): a percentage or an amount off shipping, never below zero,
 * limited to destinations; an order amount that may or may not reach the shipping.
 */
class ShippingDiscountsTest {
    static Outcome evaluate(VoucherCampaign campaign, TransactionBuilder basket) {
        return Rewards.compile(VouchersTest.shop(VoucherPolicy.of(campaign))).evaluate(member(), basket.build());
    }

    static TransactionBuilder order(String shipping) {
        return purchase().line("1", "beans", "20.00", 1, "beans").shipping(eur(shipping));
    }

    @Test
    void half_off_shipping_and_an_amount_off_shipping_never_below_zero() {
        Outcome half = evaluate(VoucherCampaign.automatic("half", Benefit.ShippingOff.percent("50")), order("4.95"));
        Outcome five = evaluate(VoucherCampaign.automatic("five", Benefit.ShippingOff.amount(eur("5.00"))), order("3.95"));

        assertThat(half.campaign("half").orElseThrow().shipping()).isEqualTo(eur("2.48"));
        assertThat(half.toPay()).isEqualTo(eur("22.47"));
        assertThat(five.campaign("five").orElseThrow().shipping()).isEqualTo(eur("3.95"));
        assertThat(five.toPay()).isEqualTo(eur("20.00"));
        assertThat(five.points()).isEqualTo(20);
    }

    @Test
    void an_order_without_shipping_has_nothing_to_discount() {
        VoucherResult r = evaluate(VoucherCampaign.automatic("half", Benefit.ShippingOff.percent("50")), order("0.00")).campaign("half").orElseThrow();

        assertThat(r.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_SHIPPING);
    }

    @Test
    void free_shipping_within_the_benelux_only() {
        VoucherCampaign benelux = VoucherCampaign.automatic("benelux", new Benefit.FreeShipping()).restrictedBy(ShipTo.of("NL", "BE", "LU"));

        assertThat(evaluate(benelux, order("4.95").shipTo("BE")).campaign("benelux").orElseThrow().applied()).isTrue();
        VoucherResult germany = evaluate(benelux, order("4.95").shipTo("DE")).campaign("benelux").orElseThrow();
        assertThat(germany.reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.DESTINATION_NOT_ELIGIBLE);
            assertThat(why.message()).isEqualTo("for orders shipped to BE, LU, NL, not DE");
        });
        assertThat(evaluate(benelux, order("4.95")).campaign("benelux").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("for orders shipped to BE, LU, NL, not an order without a destination");
    }

    @Test
    void an_order_amount_reaches_the_shipping_only_when_the_campaign_says_so() {
        Benefit.AmountOff thirty = new Benefit.AmountOff(eur("30.00"));

        Outcome linesOnly = evaluate(VoucherCampaign.automatic("thirty", thirty), order("4.95"));
        Outcome reaching = evaluate(VoucherCampaign.automatic("thirty", thirty.reachingShipping()), order("4.95"));

        assertThat(linesOnly.discount()).isEqualTo(eur("20.00"));
        assertThat(linesOnly.toPay()).isEqualTo(eur("4.95"));
        assertThat(reaching.discount()).isEqualTo(eur("24.95"));
        assertThat(reaching.campaign("thirty").orElseThrow().shipping()).isEqualTo(eur("4.95"));
        assertThat(reaching.toPay()).isEqualTo(eur("0.00"));
    }

    @Test
    void shipping_campaigns_and_destinations_read_back_from_json_and_are_in_the_terms() {
        Program p = VouchersTest.shop(VoucherPolicy.of(
                VoucherCampaign.automatic("half", Benefit.ShippingOff.percent("50")).restrictedBy(ShipTo.of("NL")),
                VoucherCampaign.automatic("thirty", new Benefit.AmountOff(eur("30.00")).reachingShipping()).priority(2)));

        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("50% off shipping; for orders shipped to NL")
                .contains("30.00 EUR off (what the items cannot take comes off the shipping)");
        var tx = order("4.95").shipTo("NL").build();
        assertThat(RewardsJson.readTransaction(RewardsJson.write(tx))).isEqualTo(tx);
    }
}
