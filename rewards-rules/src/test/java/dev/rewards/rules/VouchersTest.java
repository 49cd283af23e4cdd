package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.newMember;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.ConflictPolicy;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.Blackout;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** V1 kinds, V4 validation, V5 restrictions, V7 stacking and order of application. */
class VouchersTest {

    static Program shop(VoucherPolicy vouchers) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "300.00"))
                .vouchers(vouchers).build();
    }

    static CompiledProgram shopWith(VoucherCampaign... campaigns) {
        return Rewards.compile(shop(VoucherPolicy.of(campaigns)));
    }

    static Transaction basket(String... codes) {
        return purchase().line("1", "beans", "20.00", 1, "beans").line("2", "mug", "10.00", 1, "merch").build().withVouchers(codes);
    }

    @Nested
    class Kinds {
        @Test
        void ten_percent_off_is_allocated_over_the_lines_and_points_are_earned_on_the_price_paid() {
            Outcome o = shopWith(VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10"))).evaluate(member(), basket("ten"));

            VoucherResult ten = o.voucher("TEN").orElseThrow();
            assertThat(ten.applied()).isTrue();
            assertThat(ten.amount()).isEqualTo(eur("3.00"));
            assertThat(ten.allocation()).containsExactly(new Allocation("1", eur("2.00")), new Allocation("2", eur("1.00")));
            assertThat(o.discount()).isEqualTo(eur("3.00"));
            assertThat(o.toPay()).isEqualTo(eur("27.00"));
            assertThat(o.points()).isEqualTo(27);
        }

        @Test
        void points_on_the_list_price_when_the_program_says_so() {
            CompiledProgram p = Rewards.compile(shop(VoucherPolicy.of(VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10")))
                    .withEarnOn(EarnBasis.LIST_PRICE)));

            assertThat(p.evaluate(member(), basket("TEN")).points()).isEqualTo(30);
        }

        @Test
        void a_percentage_stops_at_its_maximum() {
            Outcome o = shopWith(VoucherCampaign.withCode("half", "HALF", Benefit.PercentOff.of("50").withMaximum(eur("5.00"))))
                    .evaluate(member(), basket("HALF"));

            assertThat(o.voucher("HALF").orElseThrow().amount()).isEqualTo(eur("5.00"));
            assertThat(o.voucher("HALF").orElseThrow().summary()).isEqualTo("50% off: 5.00 EUR on lines 1, 2 (the maximum)");
        }

        @Test
        void a_fixed_amount_larger_than_the_eligible_items_is_capped_at_what_they_cost() {
            Outcome o = shopWith(VoucherCampaign.withCode("fifty", "FIFTY", new Benefit.AmountOff(eur("50.00")))
                    .restrictedBy(new Restriction.Items(LineScope.categories("merch")))).evaluate(member(), basket("FIFTY"));

            VoucherResult v = o.voucher("FIFTY").orElseThrow();
            assertThat(v.amount()).isEqualTo(eur("10.00"));
            assertThat(v.allocation()).containsExactly(new Allocation("2", eur("10.00")));
            assertThat(v.summary()).contains("capped at what the eligible items cost");
        }

        @Test
        void a_free_item_takes_its_price_off_its_line() {
            Outcome o = shopWith(VoucherCampaign.withCode("mug", "FREEMUG", new Benefit.FreeItem("mug", 1))).evaluate(member(), basket("FREEMUG"));

            assertThat(o.voucher("FREEMUG").orElseThrow().allocation()).containsExactly(new Allocation("2", eur("10.00")));
        }

        @Test
        void a_free_item_not_in_the_basket_is_rejected() {
            Outcome o = shopWith(VoucherCampaign.withCode("tote", "TOTE", new Benefit.FreeItem("tote-bag", 1))).evaluate(member(), basket("TOTE"));

            assertThat(o.voucher("TOTE").orElseThrow().hasReason(ReasonCode.ITEM_NOT_IN_BASKET)).isTrue();
        }

        @Test
        void free_shipping_takes_the_shipping_and_needs_some() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("ship", "SHIPFREE", new Benefit.FreeShipping()));
            Transaction shipped = purchase().line("1", "beans", "20.00", 1, "beans").shipping(eur("4.95")).build().withVouchers("SHIPFREE");

            Outcome o = p.evaluate(member(), shipped);
            assertThat(o.voucher("SHIPFREE").orElseThrow().shipping()).isEqualTo(eur("4.95"));
            assertThat(o.toPay()).isEqualTo(eur("20.00"));
            assertThat(o.points()).isEqualTo(20);
            assertThat(p.evaluate(member(), basket("SHIPFREE")).voucher("SHIPFREE").orElseThrow().hasReason(ReasonCode.NO_SHIPPING)).isTrue();
        }

        @Test
        void a_gift_voucher_pays_what_is_left_keeps_its_balance_and_does_not_lower_points() {
            CompiledProgram p = shopWith(VoucherCampaign.withCodes("gift", CodePattern.standard("GIFT"),
                    new Benefit.StoredValue(eur("50.00"))));
            VoucherSnapshot store = VoucherSnapshot.of(List.of(new VoucherStatus("GIFT-AAAA-BBBB-CCCC-D", Optional.of("gift"),
                    Optional.empty(), 1, Optional.of(eur("12.50")))), Map.of());

            Outcome o = p.evaluate(member(), basket("GIFT-AAAA-BBBB-CCCC-D"), store);

            VoucherResult gift = o.voucher("gift-aaaa-bbbb-cccc-d").orElseThrow();
            assertThat(gift.amount()).isEqualTo(eur("12.50"));
            assertThat(gift.balanceAfter()).contains(eur("0.00"));
            assertThat(o.paidWithVouchers()).isEqualTo(eur("12.50"));
            assertThat(o.toPay()).isEqualTo(eur("17.50"));
            assertThat(o.points()).isEqualTo(30);
        }

        @Test
        void a_gift_voucher_holding_another_currency_is_not_applicable_and_the_purchase_is_still_decided() {
            CompiledProgram p = shopWith(VoucherCampaign.withCodes("gift", CodePattern.standard("GIFT"),
                    new Benefit.StoredValue(eur("50.00"))));
            VoucherSnapshot store = VoucherSnapshot.of(List.of(new VoucherStatus("GIFT-AAAA-BBBB-CCCC-D", Optional.of("gift"),
                    Optional.empty(), 1, Optional.of(Money.of("25.00", "USD")))), Map.of());

            Outcome o = p.evaluate(member(), basket("GIFT-AAAA-BBBB-CCCC-D"), store);

            VoucherResult gift = o.voucher("GIFT-AAAA-BBBB-CCCC-D").orElseThrow();
            assertThat(gift.applied()).isFalse();
            assertThat(gift.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.CURRENCY_MISMATCH);
            assertThat(gift.reasons().get(0).message()).isEqualTo("the gift voucher holds 25.00 USD, not EUR, the currency of the basket");
            assertThat(o.toPay()).isEqualTo(eur("30.00"));
            assertThat(o.points()).isEqualTo(30);
        }

        @Test
        void an_empty_gift_voucher_is_rejected() {
            CompiledProgram p = shopWith(VoucherCampaign.withCodes("gift", CodePattern.standard("GIFT"),
                    new Benefit.StoredValue(eur("50.00"))));
            VoucherSnapshot store = VoucherSnapshot.of(List.of(new VoucherStatus("GIFT-1", Optional.of("gift"), Optional.empty(), 3,
                    Optional.of(eur("0.00")))), Map.of());

            assertThat(p.evaluate(member(), basket("GIFT-1"), store).voucher("GIFT-1").orElseThrow().hasReason(ReasonCode.BALANCE_EMPTY)).isTrue();
        }

        @Test
        void a_reward_voucher_is_granted_without_a_discount() {
            Outcome o = shopWith(VoucherCampaign.withCode("tasting", "TASTING", new Benefit.Reward("a coffee tasting for two")))
                    .evaluate(member(), basket("TASTING"));

            assertThat(o.voucher("TASTING").orElseThrow().reward()).contains("a coffee tasting for two");
            assertThat(o.discount()).isEqualTo(eur("0.00"));
        }

        @Test
        void an_unknown_code_is_rejected_and_never_shown_in_full() {
            Outcome o = shopWith(VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10"))).evaluate(member(), basket("NOPE-12345"));

            VoucherResult v = o.voucher("NOPE-12345").orElseThrow();
            assertThat(v.hasReason(ReasonCode.UNKNOWN_CODE)).isTrue();
            assertThat(v.summary()).doesNotContain("NOPE-12345").contains("****-***45");
            assertThat(o.explain()).doesNotContain("NOPE-12345");
            assertThat(basket("NOPE-12345").toString()).doesNotContain("NOPE-12345");
        }

        @Test
        void a_voucher_issued_to_another_member_is_rejected() {
            CompiledProgram p = shopWith(VoucherCampaign.withCodes("personal", CodePattern.standard("P"),
                    new Benefit.AmountOff(eur("5.00"))));
            VoucherSnapshot store = VoucherSnapshot.of(List.of(new VoucherStatus("P-1", Optional.of("personal"), Optional.of("m-2"), 0,
                    Optional.empty())), Map.of());

            assertThat(p.evaluate(member(), basket("P-1"), store).voucher("P-1").orElseThrow().hasReason(ReasonCode.NOT_ISSUED_TO_MEMBER)).isTrue();
        }
    }

    @Nested
    class Restrictions {
        final LocalDateTime march = LocalDateTime.of(2026, 3, 1, 0, 0);
        final LocalDateTime april = LocalDateTime.of(2026, 4, 1, 0, 0);
        final CompiledProgram march_only = shopWith(VoucherCampaign.withCode("spring", "SPRING", Benefit.PercentOff.of("10"))
                .restrictedBy(Restriction.Validity.between(march, april)));

        Optional<VoucherResult> at(CompiledProgram p, Instant instant, String code) {
            return p.evaluate(member(), purchase(instant).line("1", "beans", "20.00", 1, "beans").build().withVouchers(code)).voucher(code);
        }

        @Test
        void a_voucher_is_valid_from_the_first_instant_of_its_window_in_the_program_time_zone() {
            assertThat(at(march_only, Instant.parse("2026-02-28T22:59:59Z"), "SPRING").orElseThrow().reason(ReasonCode.NOT_YET_VALID))
                    .hasValueSatisfying(r -> assertThat(r.message()).isEqualTo("the voucher is valid from 2026-03-01T00:00"));
            assertThat(at(march_only, Instant.parse("2026-02-28T23:00:00Z"), "SPRING").orElseThrow().applied()).isTrue();
        }

        @Test
        void a_voucher_expires_at_the_end_of_its_window_after_the_clocks_moved_forward() {
            // Amsterdam is on summer time (UTC+2) by 31 March: midnight is 22:00 UTC
            assertThat(at(march_only, Instant.parse("2026-03-31T21:59:59.999Z"), "SPRING").orElseThrow().applied()).isTrue();
            assertThat(at(march_only, Instant.parse("2026-03-31T22:00:00Z"), "SPRING").orElseThrow().hasReason(ReasonCode.EXPIRED)).isTrue();
        }

        @Test
        void the_minimum_spend_counts_eligible_lines_only_and_says_how_much_more() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("beans5", "BEANS5", new Benefit.AmountOff(eur("5.00")))
                    .restrictedBy(new Restriction.Items(LineScope.categories("beans")), new Restriction.MinimumSpend(eur("32.00"))));

            VoucherResult short_ = p.evaluate(member(), basket("BEANS5")).voucher("BEANS5").orElseThrow();
            assertThat(short_.reason(ReasonCode.BELOW_MINIMUM_SPEND)).hasValueSatisfying(r -> {
                assertThat(r.message()).startsWith("spend 12.00 EUR more on eligible items");
                assertThat(r.shortfall().orElseThrow().amount()).isEqualByComparingTo("12.00");
            });
            Transaction exactly = purchase().line("1", "beans", "32.00", 1, "beans").build().withVouchers("BEANS5");
            assertThat(p.evaluate(member(), exactly).voucher("BEANS5").orElseThrow().applied()).isTrue();
        }

        @Test
        void excluded_categories_and_skus_are_neither_discounted_nor_counted() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("nomerch", "NOMERCH", Benefit.PercentOff.of("50"))
                    .restrictedBy(new Restriction.Items(LineScope.ALL.withExcludeCategories(Set.of("merch")).withExcludeSkus(Set.of("beans")))));

            assertThat(p.evaluate(member(), basket("NOMERCH")).voucher("NOMERCH").orElseThrow().hasReason(ReasonCode.NO_ELIGIBLE_LINES)).isTrue();
        }

        @Test
        void stores_channels_and_vendors_each_say_no_on_their_own() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("local", "LOCAL", Benefit.PercentOff.of("10"))
                    .restrictedBy(new Restriction.Stores(Set.of("utrecht-1")), new Restriction.Channels(Set.of("app")),
                            new Restriction.Vendors(Set.of("roastery"))));
            Transaction t = purchase().store("amsterdam-1").channel("web").line("1", "beans", "20.00", 1, "beans").build().withVouchers("LOCAL");

            VoucherResult v = p.evaluate(member(), t).voucher("LOCAL").orElseThrow();
            assertThat(v.reasons()).extracting(r -> r.code())
                    .containsExactlyInAnyOrder(ReasonCode.STORE_NOT_ELIGIBLE, ReasonCode.CHANNEL_NOT_ELIGIBLE, ReasonCode.VENDOR_NOT_ELIGIBLE);

            Transaction right = Transaction.builder("t-2", "m-1", Fixtures.TUESDAY_MORNING).currency("EUR").store("utrecht-1").channel("app")
                    .line(Line.of("1", "beans", eur("20.00"), 1, "beans").soldBy("roastery"))
                    .line(Line.of("2", "mug", eur("10.00"), 1, "merch").soldBy("potter")).build().withVouchers("LOCAL");
            assertThat(p.evaluate(member(), right).voucher("LOCAL").orElseThrow().allocation()).containsExactly(new Allocation("1", eur("2.00")));
        }

        @Test
        void a_blackout_is_read_in_store_local_time_across_the_daylight_saving_change() {
            // 29 March 2026: Amsterdam jumps from 02:00 to 03:00; the blackout starts at 03:00 store time
            VoucherCampaign c = VoucherCampaign.withCode("night", "NIGHT", Benefit.PercentOff.of("10"))
                    .restrictedBy(Blackout.between(LocalDateTime.of(2026, 3, 29, 3, 0), LocalDateTime.of(2026, 3, 30, 0, 0)));
            CompiledProgram p = Rewards.compile(shop(VoucherPolicy.of(c).withStoreTimeZones(Map.of("nyc-1", ZoneId.of("America/New_York")))));

            assertThat(at(p, Instant.parse("2026-03-29T00:59:59Z"), "NIGHT").orElseThrow().applied()).isTrue();
            VoucherResult blacked = at(p, Instant.parse("2026-03-29T01:00:00Z"), "NIGHT").orElseThrow();
            assertThat(blacked.reason(ReasonCode.BLACKOUT)).hasValueSatisfying(r -> assertThat(r.message()).contains("2026-03-29T03:00"));
            // the same instant in New York is 21:00 on 28 March: outside the blackout
            Transaction inNewYork = purchase(Instant.parse("2026-03-29T01:00:00Z")).store("nyc-1").line("1", "beans", "20.00", 1, "beans").build()
                    .withVouchers("NIGHT");
            assertThat(p.evaluate(member(), inNewYork).voucher("NIGHT").orElseThrow().applied()).isTrue();
        }

        @Test
        void recurring_blackouts_by_day_and_by_hours_past_midnight() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("weekday", "WEEKDAY", Benefit.PercentOff.of("10"))
                    .restrictedBy(Blackout.on(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                            Blackout.hours(LocalTime.of(22, 0), LocalTime.of(6, 0))));

            assertThat(at(p, Instant.parse("2026-03-07T12:00:00Z"), "WEEKDAY").orElseThrow().hasReason(ReasonCode.BLACKOUT)).isTrue();
            assertThat(at(p, Instant.parse("2026-03-03T20:59:59Z"), "WEEKDAY").orElseThrow().applied()).isTrue();
            assertThat(at(p, Instant.parse("2026-03-03T21:00:00Z"), "WEEKDAY").orElseThrow().hasReason(ReasonCode.BLACKOUT)).isTrue();
            assertThat(at(p, Instant.parse("2026-03-04T04:59:59Z"), "WEEKDAY").orElseThrow().hasReason(ReasonCode.BLACKOUT)).isTrue();
            assertThat(at(p, Instant.parse("2026-03-04T05:00:00Z"), "WEEKDAY").orElseThrow().applied()).isTrue();
        }

        @Test
        void usage_limits_per_code_and_per_member_read_the_store_snapshot() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("once", "ONCE", Benefit.PercentOff.of("10"))
                    .restrictedBy(new Restriction.UsesPerCode(100), new Restriction.UsesPerMember(1)));
            VoucherSnapshot usedUp = VoucherSnapshot.of(List.of(new VoucherStatus("ONCE", Optional.empty(), Optional.empty(), 100,
                    Optional.empty())), Map.of("once", 1));

            assertThat(p.evaluate(member(), basket("ONCE"), usedUp).voucher("ONCE").orElseThrow().reasons()).extracting(r -> r.code())
                    .containsExactly(ReasonCode.CODE_USED_UP, ReasonCode.MEMBER_LIMIT_REACHED);
            assertThat(p.evaluate(member(), basket("ONCE")).voucher("ONCE").orElseThrow().applied()).isTrue();
        }

        @Test
        void first_order_only_and_tier_eligibility() {
            CompiledProgram p = shopWith(VoucherCampaign.withCode("welcome", "WELCOME", Benefit.PercentOff.of("10"))
                    .restrictedBy(new Restriction.FirstOrderOnly(), new Restriction.Tiers(Set.of("gold"))));

            assertThat(p.evaluate(member(), basket("WELCOME")).voucher("WELCOME").orElseThrow().reasons()).extracting(r -> r.code())
                    .containsExactly(ReasonCode.NOT_FIRST_PURCHASE, ReasonCode.TIER_NOT_ELIGIBLE);
            assertThat(p.evaluate(newMember().withTier("gold"), basket("WELCOME")).voucher("WELCOME").orElseThrow().applied()).isTrue();
        }
    }

    @Nested
    class Stacking {
        final VoucherCampaign fiveOff = VoucherCampaign.withCode("five", "FIVE", new Benefit.AmountOff(eur("5.00"))).priority(10);
        final VoucherCampaign tenPercent = VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10")).priority(20);
        final VoucherCampaign halfExclusive = VoucherCampaign.withCode("half", "HALF", Benefit.PercentOff.of("50")).priority(30).exclusive();

        @Test
        void combinable_discounts_apply_in_priority_order_each_on_the_price_left() {
            Outcome o = shopWith(tenPercent, fiveOff).evaluate(member(), basket("TEN", "FIVE"));

            assertThat(o.appliedVouchers()).extracting(VoucherResult::campaignId).containsExactly(Optional.of("five"), Optional.of("ten"));
            assertThat(o.voucher("TEN").orElseThrow().amount()).isEqualTo(eur("2.50"));
            assertThat(o.discount()).isEqualTo(eur("7.50"));
        }

        @Test
        void best_for_the_customer_picks_the_exclusive_discount_when_it_is_worth_more() {
            Outcome o = shopWith(fiveOff, tenPercent, halfExclusive).evaluate(member(), basket("FIVE", "TEN", "HALF"));

            assertThat(o.discount()).isEqualTo(eur("15.00"));
            assertThat(o.voucher("FIVE").orElseThrow().reason(ReasonCode.NOT_COMBINABLE))
                    .hasValueSatisfying(r -> assertThat(r.message()).isEqualTo("**** is exclusive and was chosen as best for the customer"));
        }

        @Test
        void priority_keeps_the_first_discount_in_order_even_when_another_is_worth_more() {
            CompiledProgram p = Rewards.compile(shop(VoucherPolicy.of(fiveOff, tenPercent, halfExclusive).withConflicts(ConflictPolicy.PRIORITY)));

            Outcome o = p.evaluate(member(), basket("FIVE", "TEN", "HALF"));

            assertThat(o.discount()).isEqualTo(eur("7.50"));
            assertThat(o.voucher("HALF").orElseThrow().hasReason(ReasonCode.NOT_COMBINABLE)).isTrue();
        }

        @Test
        void an_automatic_promotion_applies_without_a_code_and_stacks_like_any_discount() {
            VoucherCampaign autumn = VoucherCampaign.automatic("autumn", new Benefit.AmountOff(eur("2.00")))
                    .restrictedBy(new Restriction.MinimumSpend(eur("25.00"))).priority(5);
            Outcome o = shopWith(autumn, tenPercent).evaluate(member(), basket("TEN"));

            assertThat(o.campaign("autumn").orElseThrow().amount()).isEqualTo(eur("2.00"));
            assertThat(o.voucher("TEN").orElseThrow().amount()).isEqualTo(eur("2.80"));
            assertThat(shopWith(autumn).evaluate(member(), purchase().line("1", "mug", "10.00", 1).build()).campaign("autumn").orElseThrow()
                    .hasReason(ReasonCode.BELOW_MINIMUM_SPEND)).isTrue();
        }

        @Test
        void a_second_discount_with_nothing_left_to_take_is_rejected_and_the_price_never_goes_negative() {
            VoucherCampaign all = VoucherCampaign.withCode("all", "ALL", new Benefit.AmountOff(eur("100.00"))).priority(1);
            Outcome o = shopWith(all, fiveOff).evaluate(member(), basket("ALL", "FIVE"));

            assertThat(o.toPay()).isEqualTo(eur("0.00"));
            assertThat(o.voucher("FIVE").orElseThrow().hasReason(ReasonCode.NOTHING_LEFT)).isTrue();
            assertThat(o.points()).isZero();
        }
    }

    @Test
    void the_explanation_lists_every_voucher_with_what_it_did() {
        Outcome o = shopWith(VoucherCampaign.withCode("ten", "TEN10", Benefit.PercentOff.of("10"))).evaluate(member(), basket("TEN10", "BOGUS-1"));

        assertThat(o.explain()).contains("Vouchers:", "[applied]     ***10 (ten): 10% off: 3.00 EUR on lines 1, 2", "[rejected]    *****-1");
        assertThat(Money.of("0.00", "EUR")).isEqualTo(o.paidWithVouchers());
    }

    /** T3, C2: a tier's discount percentage is applied at checkout, as a promotion that stacks with vouchers. */
    @Nested
    class TierDiscount {
        final CompiledProgram club = Rewards.compile(Program.builder().id("club").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"),
                        Tier.of("gold", "300.00").withDiscountPercent("10"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCode("five", "FIVE", new Benefit.AmountOff(eur("5.00")))))
                .build());
        final dev.rewards.transaction.MemberState gold = member().withTier("gold");

        @Test
        void a_gold_member_pays_ten_percent_less_and_earns_on_what_they_pay() {
            Outcome o = club.evaluate(gold, basket());

            assertThat(o.discount()).isEqualTo(eur("3.00"));
            assertThat(o.toPay()).isEqualTo(eur("27.00"));
            assertThat(o.points()).isEqualTo(27);
            assertThat(o.campaign("tier-discount-gold")).hasValueSatisfying(v -> {
                assertThat(v.applied()).isTrue();
                assertThat(v.summary()).isEqualTo("10% off: 3.00 EUR on lines 1, 2");
            });
        }

        @Test
        void the_tier_discount_applies_first_and_a_voucher_takes_its_amount_from_what_is_left() {
            Outcome o = club.evaluate(gold, basket("five"));

            assertThat(o.discount()).isEqualTo(eur("8.00"));
            assertThat(o.toPay()).isEqualTo(eur("22.00"));
        }

        @Test
        void green_members_and_non_members_get_no_tier_discount() {
            Outcome green = club.evaluate(member(), basket());
            Outcome guest = club.evaluate(dev.rewards.transaction.MemberState.guest("m-1", Fixtures.EUR).withTier("gold"), basket());

            assertThat(green.discount()).isEqualTo(eur("0.00"));
            assertThat(green.vouchers()).isEmpty();
            assertThat(guest.discount()).isEqualTo(eur("0.00"));
        }
    }

    /** V6: re-evaluating an order that already holds its vouchers' uses gives the same outcome. */
    @Test
    void evaluating_a_placed_order_again_accepts_the_code_whose_last_use_it_holds() {
        CompiledProgram shop = shopWith(VoucherCampaign.withCodes("welcome", CodePattern.standard("WELCOME"), Benefit.PercentOff.of("10"))
                .restrictedBy(new Restriction.UsesPerCode(1)));
        dev.rewards.voucher.store.InMemoryVoucherStore store = new dev.rewards.voucher.store.InMemoryVoucherStore();
        store.issue(List.of(dev.rewards.voucher.store.IssuedVoucher.to("m-1", "WELCOME-7KQ2", "welcome")));
        Transaction order = basket("WELCOME-7KQ2");
        Outcome placed = shop.evaluate(member(), order, store.snapshot("m-1", order.id(), order.vouchers()));
        store.redeem(dev.rewards.voucher.store.Redemption.of(shop.program(), placed));

        Outcome again = shop.evaluate(member(), order, store.snapshot("m-1", order.id(), order.vouchers()));
        Transaction another = purchase().line("1", "beans", "20.00", 1, "beans").build().withVouchers("WELCOME-7KQ2");
        Outcome secondOrder = shop.evaluate(member(), new Transaction("t-2", another.memberId(), another.at(), another.channel(),
                another.store(), another.currency(), another.lines(), another.shipping(), another.vouchers()),
                store.snapshot("m-1", "t-2", another.vouchers()));

        assertThat(placed.discount()).isEqualTo(eur("3.00"));
        assertThat(again).isEqualTo(placed);
        assertThat(secondOrder.voucher("WELCOME-7KQ2").orElseThrow().reasons()).extracting(r -> r.code())
                .containsExactly(ReasonCode.CODE_USED_UP);
    }

    @Test
    void a_once_per_member_code_is_refused_to_a_guest_whose_uses_nobody_counts() {
        CompiledProgram shop = shopWith(VoucherCampaign.withCode("welcome", "WELCOME", Benefit.PercentOff.of("10"))
                .restrictedBy(new Restriction.UsesPerMember(1)));

        Outcome guest = shop.evaluate(dev.rewards.transaction.MemberState.guest("m-1", Fixtures.EUR), basket("WELCOME"));

        assertThat(guest.voucher("WELCOME").orElseThrow().reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.NOT_A_MEMBER);
            assertThat(r.message()).isEqualTo("the voucher is limited to 1 use per member; the customer is not enrolled");
        });
        assertThat(shop.evaluate(member(), basket("WELCOME")).discount()).isEqualTo(eur("3.00"));
    }

    /** Issue 12: a fixed amount off each unit, dearest first, up to a number of units, never below what a unit costs. */
    @Test
    void two_euros_off_each_bag_of_beans_up_to_three_bags_dearest_first() {
        Benefit.AmountOffEach each = new Benefit.AmountOffEach(eur("2.00"), 3);
        CompiledProgram shop = shopWith(VoucherCampaign.withCode("bags", "BAGS", each).restrictedBy(new Restriction.Items(LineScope.categories("beans"))));
        Transaction tx = purchase().line("1", "house-blend", "8.00", 2, "beans").line("2", "ethiopia", "12.00", 2, "beans")
                .line("3", "mug", "10.00", 1, "merch").line("4", "sample", "0.50", 1, "beans").build().withVouchers("BAGS");

        Outcome o = shop.evaluate(member(), tx);

        VoucherResult bags = o.voucher("BAGS").orElseThrow();
        assertThat(bags.amount()).isEqualTo(eur("6.00"));
        assertThat(bags.allocation()).containsExactly(new Allocation("1", eur("2.00")), new Allocation("2", eur("4.00")));
        assertThat(bags.summary()).isEqualTo("2.00 EUR off each item (up to 3): 6.00 EUR on lines 1, 2");
        Program program = shop.program();
        assertThat(dev.rewards.json.RewardsJson.readProgram(dev.rewards.json.RewardsJson.write(program))).isEqualTo(program);
        assertThat(dev.rewards.terms.Terms.markdown(program)).contains("2.00 EUR off each item, up to 3 items");

        Outcome sampleOnly = shopWith(VoucherCampaign.withCode("each", "EACH", new Benefit.AmountOffEach(eur("2.00"), 0)))
                .evaluate(member(), purchase().line("1", "sample", "0.50", 1, "beans").build().withVouchers("EACH"));
        assertThat(sampleOnly.discount()).isEqualTo(eur("0.50"));
    }
}
