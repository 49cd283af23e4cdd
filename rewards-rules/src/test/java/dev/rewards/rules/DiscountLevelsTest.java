package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static dev.rewards.testing.Generators.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.DiscountLevel;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * D7: item, order and shipping discounts, each with its own combinability. A campaign exclusive in its
 * level keeps the other offers of that level out and still combines with the other levels.
 */
class DiscountLevelsTest {
    static final VoucherCampaign THREE_OFF_EACH_BEAN = VoucherCampaign.automatic("beans3", new Benefit.AmountOffEach(eur("3.00"), 0))
            .restrictedBy(new Restriction.Items(LineScope.categories("beans"))).stacking(Stacking.EXCLUSIVE_IN_LEVEL).priority(1);
    static final VoucherCampaign CHEAPEST_FREE = VoucherCampaign.automatic("cheapest", Benefit.UnitsOff.cheapestFree(1)).priority(2);
    static final VoucherCampaign TEN_PERCENT = VoucherCampaign.automatic("ten", Benefit.PercentOff.of("10")).priority(3);
    static final VoucherCampaign FREE_SHIPPING = VoucherCampaign.automatic("ship", new Benefit.FreeShipping()).priority(4);

    static Outcome evaluate(List<VoucherCampaign> campaigns) {
        Program p = VouchersTest.shop(VoucherPolicy.of(campaigns.toArray(VoucherCampaign[]::new)));
        return Rewards.compile(p).evaluate(member(), purchase().line("1", "beans", "12.00", 2, "beans").line("2", "mug", "5.00", 1, "merch")
                .shipping(eur("4.95")).build());
    }

    @Test
    void an_exclusive_item_offer_keeps_other_item_offers_out_but_combines_with_order_and_shipping_offers() {
        Outcome o = evaluate(List.of(THREE_OFF_EACH_BEAN, CHEAPEST_FREE, TEN_PERCENT, FREE_SHIPPING));

        assertThat(o.campaign("beans3").orElseThrow().amount()).isEqualTo(eur("6.00"));
        assertThat(o.campaign("cheapest").orElseThrow().reasons()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.NOT_COMBINABLE);
            assertThat(why.message()).isEqualTo("beans3 is exclusive among item discounts and was chosen as best for the customer");
        });
        // 10% of what the beans offer left (24.00 - 6.00 + 5.00), then the shipping
        assertThat(o.campaign("ten").orElseThrow().amount()).isEqualTo(eur("2.30"));
        assertThat(o.campaign("ship").orElseThrow().shipping()).isEqualTo(eur("4.95"));
        assertThat(o.toPay()).isEqualTo(eur("20.70"));
    }

    @Test
    void within_a_level_the_combinable_offers_together_win_when_they_give_more() {
        VoucherCampaign cheapestTwo = VoucherCampaign.automatic("two", Benefit.UnitsOff.cheapestFree(2)).priority(2);
        Outcome o = evaluate(List.of(THREE_OFF_EACH_BEAN, cheapestTwo, FREE_SHIPPING));

        // the two cheapest units (5.00 and 12.00) give 17.00, more than 3.00 off each bean
        assertThat(o.campaign("two").orElseThrow().amount()).isEqualTo(eur("17.00"));
        assertThat(o.campaign("beans3").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("beans3 is exclusive among item discounts; the item discounts two were chosen as best for the customer");
        assertThat(o.campaign("ship").orElseThrow().applied()).isTrue();
    }

    @Test
    void a_wholly_exclusive_offer_still_stands_alone_against_every_level() {
        VoucherCampaign half = VoucherCampaign.automatic("half", Benefit.PercentOff.of("50")).exclusive().priority(5);
        Outcome o = evaluate(List.of(THREE_OFF_EACH_BEAN, TEN_PERCENT, FREE_SHIPPING, half));

        assertThat(o.appliedVouchers()).extracting(VoucherResult::label).containsExactly("half");
        assertThat(o.campaign("ship").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("half is exclusive and was chosen as best for the customer");
    }

    @Test
    void a_percentage_on_a_category_can_be_an_item_discount() {
        VoucherCampaign beansPercent = VoucherCampaign.automatic("p20", Benefit.PercentOff.of("20")).priority(2)
                .restrictedBy(new Restriction.Items(LineScope.categories("beans"))).atLevel(DiscountLevel.ITEM);
        VoucherCampaign tenExclusiveOrder = TEN_PERCENT.stacking(Stacking.EXCLUSIVE_IN_LEVEL);

        Outcome asItem = evaluate(List.of(THREE_OFF_EACH_BEAN, beansPercent, tenExclusiveOrder));
        Outcome asOrder = evaluate(List.of(THREE_OFF_EACH_BEAN, beansPercent.atLevel(DiscountLevel.ORDER), tenExclusiveOrder));

        // as an item discount it competes with beans3 (6.00 against 4.80) and loses; ten stays beside beans3
        assertThat(asItem.appliedVouchers()).extracting(VoucherResult::label).containsExactly("beans3", "ten");
        // as an order discount it competes with TEN instead: 20% of the beans left (3.60) against 10% of all (2.30)
        assertThat(asOrder.appliedVouchers()).extracting(VoucherResult::label).containsExactly("beans3", "p20");
        assertThat(asOrder.campaign("ten").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("ten is exclusive among order discounts; the order discounts p20 were chosen as best for the customer");
    }

    @Test
    void priority_policy_takes_the_earliest_offer_in_each_level() {
        VoucherCampaign cheapestTwo = VoucherCampaign.automatic("two", Benefit.UnitsOff.cheapestFree(2)).priority(2);
        Program p = VouchersTest.shop(VoucherPolicy.of(THREE_OFF_EACH_BEAN, cheapestTwo, FREE_SHIPPING)
                .withConflicts(dev.rewards.voucher.ConflictPolicy.PRIORITY));
        Outcome o = Rewards.compile(p).evaluate(member(), purchase().line("1", "beans", "12.00", 2, "beans").line("2", "mug", "5.00", 1, "merch")
                .shipping(eur("4.95")).build());

        assertThat(o.appliedVouchers()).extracting(VoucherResult::label).containsExactly("beans3", "ship");
        assertThat(o.campaign("two").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("beans3 is exclusive among item discounts and was chosen by priority");
    }

    @Test
    void a_level_must_fit_the_benefit() {
        assertThatThrownBy(() -> TEN_PERCENT.atLevel(DiscountLevel.SHIPPING)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("level: a percentOff discount acts on items or the order, not on shipping");
        assertThatThrownBy(() -> FREE_SHIPPING.atLevel(DiscountLevel.ITEM)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("its level is SHIPPING");
        assertThatThrownBy(() -> VoucherCampaign.withCode("gift", "GIFT", new Benefit.StoredValue(eur("25.00"))).atLevel(DiscountLevel.ORDER))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("only a discount has a level");
    }

    @Test
    void levels_read_back_from_json_and_are_in_the_terms() {
        Program p = VouchersTest.shop(VoucherPolicy.of(THREE_OFF_EACH_BEAN, TEN_PERCENT.atLevel(DiscountLevel.ITEM).stacking(Stacking.EXCLUSIVE_IN_LEVEL),
                FREE_SHIPPING.stacking(Stacking.EXCLUSIVE_IN_LEVEL)));

        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(RewardsJson.write(p)).contains("\"level\" : \"ITEM\"").contains("\"stacking\" : \"EXCLUSIVE_IN_LEVEL\"");
        assertThat(Terms.markdown(p)).contains("Cannot be combined with other item offers; combines with offers on the order and on shipping.")
                .contains("Cannot be combined with other shipping offers; combines with item and order offers.");
    }

    // --- property: best for the customer is never worse than any combination the stacking allows ---

    static final List<VoucherCampaign> MIXED = List.of(
            VoucherCampaign.withCode("a", "CODEA", new Benefit.AmountOffEach(Money.of("1.50", "EUR"), 0)).stacking(Stacking.EXCLUSIVE_IN_LEVEL).priority(1),
            VoucherCampaign.withCode("b", "CODEB", Benefit.UnitsOff.cheapestFree(1)).stacking(Stacking.EXCLUSIVE_IN_LEVEL).priority(2),
            VoucherCampaign.withCode("c", "CODEC", new Benefit.AmountOffEachLine(Money.of("2.00", "EUR"))).priority(3),
            VoucherCampaign.withCode("d", "CODED", Benefit.PercentOff.of("15")).stacking(Stacking.EXCLUSIVE_IN_LEVEL).priority(4),
            VoucherCampaign.withCode("e", "CODEE", new Benefit.AmountOff(Money.of("6.00", "EUR"))).priority(5),
            VoucherCampaign.withCode("f", "CODEF", new Benefit.FreeShipping()).stacking(Stacking.EXCLUSIVE_IN_LEVEL).priority(6),
            VoucherCampaign.withCode("g", "CODEG", Benefit.ShippingOff.amount(Money.of("2.00", "EUR"))).priority(7),
            VoucherCampaign.withCode("h", "CODEH", Benefit.PercentOff.of("40")).exclusive().priority(8));
    static final CompiledProgram MIXED_PROGRAM = Rewards.compile(VouchersTest.shop(VoucherPolicy.of(MIXED.toArray(VoucherCampaign[]::new))));

    @Test
    void best_for_the_customer_is_never_worse_than_any_combination_the_stacking_allows() {
        Properties.check().forAll(lines(5), lists().of(integers().between(0, MIXED.size() - 1)).ofSizeBetween(1, 6))
                .checkAssert((lines, picks) -> {
                    List<String> codes = new ArrayList<>(new TreeSet<>(picks.stream().map(i -> MIXED.get(i).code().orElseThrow()).toList()));
                    Outcome all = MIXED_PROGRAM.evaluate(member(), basket(lines, codes));
                    for (List<String> subset : subsets(codes)) {
                        if (!allowed(subset)) continue;
                        Outcome alone = MIXED_PROGRAM.evaluate(member(), basket(lines, subset));
                        assertThat(all.discount().compareTo(alone.discount())).as("%s against %s", codes, subset).isGreaterThanOrEqualTo(0);
                    }
                    assertThat(allowed(all.appliedVouchers().stream().map(v -> v.code().orElseThrow()).toList())).isTrue();
                });
    }

    static Transaction basket(List<Line> lines, List<String> codes) {
        return new Transaction("t-1", "m-1", dev.rewards.testing.Generators.AT, Optional.of("web"), Optional.empty(),
                Fixtures.EUR, lines, Money.of("4.95", "EUR"), codes);
    }

    /** At most one wholly exclusive code and nothing beside it; at most one exclusive-in-level code alone in its level. */
    static boolean allowed(List<String> codes) {
        List<VoucherCampaign> cs = codes.stream().map(c -> MIXED.stream().filter(m -> m.code().orElseThrow().equals(c)).findFirst().orElseThrow()).toList();
        if (cs.stream().anyMatch(c -> c.stacking() == Stacking.EXCLUSIVE)) return cs.size() == 1;
        Map<DiscountLevel, List<VoucherCampaign>> byLevel = new EnumMap<>(DiscountLevel.class);
        for (VoucherCampaign c : cs) byLevel.computeIfAbsent(c.discountLevel(), l -> new ArrayList<>()).add(c);
        return byLevel.values().stream().allMatch(in -> in.size() == 1 || in.stream().noneMatch(c -> c.stacking() == Stacking.EXCLUSIVE_IN_LEVEL));
    }

    static List<List<String>> subsets(List<String> codes) {
        List<List<String>> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << codes.size()); mask++) {
            List<String> s = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) if ((mask & (1 << i)) != 0) s.add(codes.get(i));
            out.add(s);
        }
        return out;
    }
}
