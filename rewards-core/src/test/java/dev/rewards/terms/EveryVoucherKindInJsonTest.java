package dev.rewards.terms;

import dev.rewards.json.RewardsJson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.LineScope;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.ContainsItems;
import dev.rewards.voucher.MinimumQuantity;
import dev.rewards.voucher.NthOrder;
import dev.rewards.voucher.Blackout;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.Segments;
import dev.rewards.voucher.ShipTo;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every kind of benefit and restriction the model permits reads back from JSON as it was written and
 * has its words in the terms: a kind added to the sealed families without its JSON or terms fails here
 * (the JSON reader dispatches on names, which the compiler cannot check).
 */
class EveryVoucherKindInJsonTest {
    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static final List<Benefit> BENEFITS = List.of(Benefit.PercentOff.of("10").withMaximum(eur("5.00")), new Benefit.AmountOff(eur("2.00")),
            new Benefit.AmountOff(eur("2.00")).reachingShipping(), new Benefit.AmountOffEach(eur("1.00"), 3, 1),
            new Benefit.AmountOffEachLine(eur("1.00")), Benefit.UnitsOff.cheapestFree(1),
            Benefit.BuyXGetY.free(2, 1).atMost(2).getting(LineScope.categories("socks")), new Benefit.BundlePrice(3, eur("10.00"), 1),
            new Benefit.FreeItem("mug", 1), new Benefit.FreeShipping(), Benefit.ShippingOff.percent("50"),
            new Benefit.StoredValue(eur("25.00")), new Benefit.Reward("a tasting"));

    static final List<Restriction> RESTRICTIONS = List.of(
            Restriction.Validity.between(LocalDateTime.parse("2026-03-01T00:00"), LocalDateTime.parse("2026-06-01T00:00")),
            new Restriction.MinimumSpend(eur("15.00")).readAfterEarlierDiscounts(), new Restriction.Items(LineScope.categories("beans")),
            new Restriction.Vendors(Set.of("roastery")), new Restriction.Stores(Set.of("amsterdam-1")), new Restriction.Channels(Set.of("app")),
            Blackout.on(DayOfWeek.SUNDAY), Restriction.Hours.between(LocalTime.of(7, 0), LocalTime.of(11, 0)),
            new Restriction.UsesPerCode(100), new Restriction.UsesPerMember(1), new Restriction.FirstOrderOnly(), new Restriction.Tiers(Set.of("gold")),
            ContainsItems.any(LineScope.categories("equipment")), MinimumQuantity.inBasket(3), new NthOrder(2), ShipTo.of("NL"),
            Segments.of("staff"), dev.rewards.voucher.CampaignBudget.of(eur("5000.00"), 1000));

    @Test
    void every_benefit_kind_reads_back_and_is_in_the_terms() {
        assertThat(BENEFITS.stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(
                Arrays.asList(Benefit.class.getPermittedSubclasses()));
        for (Benefit b : BENEFITS) {
            VoucherCampaign c = b instanceof Benefit.StoredValue ? VoucherCampaign.withCodes("deal", CodePattern.standard("GIFT"), b)
                    : VoucherCampaign.withCode("deal", "DEAL", b);
            Program p = program(c);
            assertThat(RewardsJson.readProgram(RewardsJson.write(p))).as(b.type()).isEqualTo(p);
            assertThat(Terms.markdown(p)).as(b.type()).contains("**deal**");
        }
    }

    @Test
    void every_restriction_kind_reads_back_and_is_in_the_terms() {
        assertThat(RESTRICTIONS.stream().map(Object::getClass).distinct()).containsExactlyInAnyOrderElementsOf(
                Arrays.asList(Restriction.class.getPermittedSubclasses()));
        for (Restriction r : RESTRICTIONS) {
            Program p = program(VoucherCampaign.withCode("deal", "DEAL", Benefit.PercentOff.of("10")).restrictedBy(r));
            assertThat(RewardsJson.readProgram(RewardsJson.write(p))).as("%s", r).isEqualTo(p);
            String terms = Terms.markdown(p);
            assertThat(terms.substring(terms.indexOf("**deal**"))).as("%s", r).contains(";");
        }
    }

    static Program program(VoucherCampaign campaign) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "300.00"))
                .vouchers(VoucherPolicy.of(campaign)).build();
    }
}
