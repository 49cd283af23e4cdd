package dev.rewards.rules;

import static dev.rewards.testing.Generators.lines;
import static dev.rewards.testing.Generators.transaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.transaction.LineScope;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** V1, V4, V7, D1-D4 invariants over generated baskets and discounts, every shape stacked with others (seeded; see {@link Properties}). */
class VoucherPropertiesTest {
    static final CompiledProgram STACKED = Rewards.compile(VouchersTest.shop(VoucherPolicy.of(
            VoucherCampaign.withCode("pct", "PCT", Benefit.PercentOff.of("33.3")).priority(1),
            VoucherCampaign.withCode("fixed", "FIXED", new Benefit.AmountOff(Money.of("7.77", "EUR"))).priority(2)
                    .restrictedBy(new Restriction.Items(LineScope.categories("beans", "drinks"))),
            VoucherCampaign.withCode("big", "BIG", new Benefit.AmountOff(Money.of("500.00", "EUR"))).priority(3).exclusive(),
            VoucherCampaign.automatic("auto", Benefit.PercentOff.of("5")).priority(0),
            // D1-D4 shapes, stacked with the others
            VoucherCampaign.withCode("cheap", "CHEAP", Benefit.UnitsOff.cheapestFree(1)).priority(4).stacking(dev.rewards.voucher.Stacking.ONE_PER_ITEM),
            VoucherCampaign.withCode("dear", "DEAR", new Benefit.UnitsOff(2, Benefit.Pick.DEAREST, java.util.Optional.empty(),
                    java.util.Optional.of(Money.of("4.00", "EUR")))).priority(5).stacking(dev.rewards.voucher.Stacking.ONE_PER_ITEM),
            VoucherCampaign.withCode("b2g1", "B2G1", Benefit.BuyXGetY.free(2, 1)).priority(6)
                    .restrictedBy(new Restriction.Items(LineScope.categories("beans", "drinks"))),
            VoucherCampaign.withCode("bundle", "BUNDLE", new Benefit.BundlePrice(3, Money.of("10.00", "EUR"), 0)).priority(7),
            VoucherCampaign.withCode("each", "EACHLINE", new Benefit.AmountOffEachLine(Money.of("1.50", "EUR"))).priority(8)
                    .stacking(dev.rewards.voucher.Stacking.ONE_PER_ITEM))));

    static final List<List<String>> CODE_SETS = List.of(List.of(), List.of("PCT"), List.of("FIXED"), List.of("PCT", "FIXED"),
            List.of("BIG"), List.of("PCT", "FIXED", "BIG"), List.of("CHEAP"), List.of("DEAR", "PCT"), List.of("B2G1"),
            List.of("BUNDLE", "EACHLINE"), List.of("CHEAP", "B2G1", "BUNDLE", "DEAR", "EACHLINE", "PCT", "FIXED"));

    @Test
    void allocations_sum_to_each_discount_and_no_line_is_discounted_below_zero() {
        Properties.check().forAll(lines(6), integers().between(0, CODE_SETS.size() - 1)).checkAssert((lines, set) -> {
            Transaction tx = transaction(lines).withVouchers(CODE_SETS.get(set).toArray(String[]::new));
            Outcome o = STACKED.evaluate(Fixtures.member(), tx);

            Map<String, BigDecimal> left = new HashMap<>();
            for (Line l : tx.lines()) left.put(l.id(), l.amount().amount());
            Money total = Money.zero(tx.currency());
            for (VoucherResult v : o.appliedVouchers()) {
                Money sum = v.allocation().stream().map(Allocation::amount).reduce(Money.zero(tx.currency()), Money::plus);
                assertThat(sum.plus(v.shipping())).isEqualTo(v.amount());
                for (Allocation a : v.allocation()) {
                    assertThat(a.amount().isPositive()).isTrue();
                    left.merge(a.lineId(), a.amount().amount().negate(), BigDecimal::add);
                }
                total = total.plus(v.amount());
            }
            assertThat(left.values()).allMatch(b -> b.signum() >= 0);
            assertThat(o.discount()).isEqualTo(total);
            assertThat(o.toPay().isNegative()).isFalse();
            assertThat(o.toPay()).isEqualTo(tx.merchandiseTotal().plus(tx.shipping()).minus(total));
        });
    }

    @Test
    void no_discount_exceeds_what_it_applies_to() {
        Properties.check().forAll(lines(6), integers().between(1, CODE_SETS.size() - 1)).checkAssert((lines, set) -> {
            Transaction tx = transaction(lines).withVouchers(CODE_SETS.get(set).toArray(String[]::new));
            Outcome o = STACKED.evaluate(Fixtures.member(), tx);

            o.voucher("FIXED").filter(VoucherResult::applied).ifPresent(v -> {
                Money eligible = tx.lines().stream().filter(l -> l.categories().contains("beans") || l.categories().contains("drinks"))
                        .map(Line::amount).reduce(Money.zero(tx.currency()), Money::plus);
                assertThat(v.amount().compareTo(eligible)).isLessThanOrEqualTo(0);
                assertThat(v.amount().compareTo(Money.of("7.77", "EUR"))).isLessThanOrEqualTo(0);
            });
            assertThat(o.discount().compareTo(tx.merchandiseTotal())).isLessThanOrEqualTo(0);
        });
    }

    @Test
    void the_same_basket_and_codes_give_the_same_outcome_whatever_the_line_order() {
        Properties.check().forAll(lines(6), integers().between(0, CODE_SETS.size() - 1)).checkAssert((lines, set) -> {
            String[] codes = CODE_SETS.get(set).toArray(String[]::new);
            List<Line> reversed = new ArrayList<>(lines);
            Collections.reverse(reversed);
            Outcome a = STACKED.evaluate(Fixtures.member(), transaction(lines).withVouchers(codes));
            Outcome b = STACKED.evaluate(Fixtures.member(), transaction(reversed).withVouchers(codes));
            assertThat(b.vouchers()).isEqualTo(a.vouchers());
            assertThat(b.points()).isEqualTo(a.points());
        });
    }
}
