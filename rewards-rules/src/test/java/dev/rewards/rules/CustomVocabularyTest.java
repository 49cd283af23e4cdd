package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.CustomRule;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.ProgramBuilder;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Custom rules as a first-class extension: with the facts of dev.rewards.rules.api a custom rule
 * grants points and cashback, discounts lines and closes built-in rules, each with a verdict, under
 * the same caps as built-in rules, and beside vouchers without changing what they give.
 */
class CustomVocabularyTest {
    private static final String HEADER = """
            package dev.rewards.custom;
            import dev.rewards.rules.api.*;
            import dev.rewards.transaction.Line;
            import dev.rewards.transaction.Transaction;
            import java.math.BigDecimal;
            """;

    private static ProgramBuilder cafe() {
        return Program.builder().id("cafe").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .earnRule(Multiplier.of("double-beans", "2").withScope(LineScope.categories("beans")));
    }

    private static CustomRule custom(String id, String when, String then) {
        return new CustomRule(id, "", HEADER + "rule \"" + id + "\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n");
    }

    private static Transaction beansAndBun() {
        return purchase().line("1", "ethiopia-beans", "20.00", 1, "beans").line("2", "cinnamon-bun", "5.00", 2, "pastry").build();
    }

    @Test
    void custom_drl_beside_vouchers_changes_nothing_the_vouchers_give_and_adds_its_grant() {
        VoucherPolicy tenOff = VoucherPolicy.of(VoucherCampaign.withCode("ten", "TEN", Benefit.PercentOff.of("10")));
        Program plain = cafe().vouchers(tenOff).build();
        Program withCustom = cafe().vouchers(tenOff)
                .customRule(custom("beans-week", "Line( sku == \"ethiopia-beans\" )", "insert(new PointsGrant(\"beans-week\", 15, \"beans week\"));"))
                .build();
        Transaction tx = beansAndBun().withVouchers("TEN");

        Outcome without = Rewards.compile(plain).evaluate(member(), tx);
        Outcome with = Rewards.compile(withCustom).evaluate(member(), tx);

        assertThat(without.discount()).isEqualTo(eur("3.00"));
        assertThat(with.discount()).isEqualTo(without.discount());
        assertThat(with.vouchers()).isEqualTo(without.vouchers());
        assertThat(with.toPay()).isEqualTo(without.toPay());
        assertThat(with.verdicts().subList(0, 2)).isEqualTo(without.verdicts());
        assertThat(with.points()).isEqualTo(without.points() + 15);
        assertThat(with.explain()).contains("beans week (+15): 15 points");
    }

    @Test
    void a_custom_rule_pays_cashback_shown_on_its_verdict() {
        Program program = cafe().cashbackRule(CashbackRule.of("cashback", "2"))
                .customRule(custom("review-week", "Transaction( )", "insert(new CashbackGrant(\"review-week\", new BigDecimal(\"1.50\"), \"review week\"));"))
                .build();

        Outcome o = Rewards.compile(program).evaluate(member(), beansAndBun());

        assertThat(o.cashback()).isEqualTo(eur("2.10"));
        Verdict review = o.verdict("review-week").orElseThrow();
        assertThat(review.applied()).isTrue();
        assertThat(review.cashback()).contains(eur("1.50"));
        assertThat(review.summary()).isEqualTo("review week (1.50 EUR cashback)");
    }

    @Test
    void a_custom_discount_lowers_the_price_paid_and_the_points_earned_on_it_and_never_takes_a_line_below_zero() {
        Program program = cafe()
                .customRule(custom("bun-deal", "$l : Line( sku == \"cinnamon-bun\" )",
                        "insert(new LineDiscount(\"bun-deal\", $l.id(), new BigDecimal(\"3.00\"), \"second bun half price\"));"))
                .customRule(custom("too-much", "$l : Line( sku == \"ethiopia-beans\" )",
                        "insert(new LineDiscount(\"too-much\", $l.id(), new BigDecimal(\"99.00\"), \"free beans\"));"))
                .build();

        Outcome o = Rewards.compile(program).evaluate(member(), beansAndBun());

        assertThat(o.discount()).isEqualTo(eur("23.00"));
        assertThat(o.toPay()).isEqualTo(eur("7.00"));
        assertThat(o.pointsFrom("base")).isEqualTo(7);
        assertThat(o.pointsFrom("double-beans")).isZero();
        assertThat(o.verdict("bun-deal").orElseThrow().summary()).isEqualTo("second bun half price (3.00 EUR off line 2)");
        assertThat(o.verdict("bun-deal").orElseThrow().lines()).containsExactly("2");
        assertThat(o.verdict("too-much").orElseThrow().summary())
                .isEqualTo("free beans (20.00 EUR off line 1, limited to what was left of 99.00 EUR)");
    }

    @Test
    void a_custom_rule_closes_a_built_in_rule_with_a_reason_of_its_own() {
        Program program = cafe()
                .customRule(custom("no-double-on-sale", "Transaction( channel.orElse(\"\") == \"web\" )",
                        "insert(new RuleClosure(\"no-double-on-sale\", \"double-beans\", \"beans on the web sale earn single points\"));"))
                .build();
        CompiledProgram cafe = Rewards.compile(program);

        Outcome web = cafe.evaluate(member(), purchase().channel("web").line("1", "ethiopia-beans", "20.00", 1, "beans").build());
        Outcome shop = cafe.evaluate(member(), purchase().channel("pos").line("1", "ethiopia-beans", "20.00", 1, "beans").build());

        assertThat(web.points()).isEqualTo(20);
        Verdict doubled = web.verdict("double-beans").orElseThrow();
        assertThat(doubled.applied()).isFalse();
        assertThat(doubled.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.CLOSED_BY_RULE);
            assertThat(r.message()).isEqualTo("beans on the web sale earn single points (custom rule no-double-on-sale)");
        });
        assertThat(web.verdict("no-double-on-sale").orElseThrow().summary())
                .isEqualTo("closed double-beans: beans on the web sale earn single points");
        assertThat(shop.points()).isEqualTo(40);
        assertThat(shop.verdict("no-double-on-sale").orElseThrow().hasReason(ReasonCode.CONDITIONS_NOT_MET)).isTrue();
    }

    @Test
    void a_custom_rule_that_another_one_closed_gives_nothing_whatever_the_order_of_firing() {
        Program program = cafe()
                .customRule(custom("jackpot", "Transaction( )", "insert(new PointsGrant(\"jackpot\", 1000, \"jackpot\"));"))
                .customRule(custom("no-jackpot-on-web", "Transaction( )",
                        "insert(new RuleClosure(\"no-jackpot-on-web\", \"jackpot\", \"no jackpot today\"));"))
                .build();

        Outcome o = Rewards.compile(program).evaluate(member(), beansAndBun());

        assertThat(o.pointsFrom("jackpot")).isZero();
        assertThat(o.points()).isEqualTo(50);
        assertThat(o.verdict("jackpot").orElseThrow().hasReason(ReasonCode.CLOSED_BY_RULE)).isTrue();
    }

    @Test
    void custom_points_count_under_the_caps_like_built_in_points() {
        Program program = cafe().cap(new PointsCap("max-50", 50))
                .customRule(custom("jackpot", "Transaction( )", "insert(new PointsGrant(\"jackpot\", 1000, \"jackpot\"));"))
                .build();

        Outcome o = Rewards.compile(program).evaluate(member(), beansAndBun());

        assertThat(o.points()).isEqualTo(50);
        assertThat(o.pointsFrom("max-50")).isEqualTo(-(40 + 10 + 1000 - 50));
    }

    @Test
    void a_fact_for_a_rule_the_program_does_not_have_is_an_error_naming_it() {
        Program program = cafe()
                .customRule(custom("closer", "Transaction( )", "insert(new RuleClosure(\"closer\", \"no-such-rule\", \"gone\"));"))
                .build();

        assertThatThrownBy(() -> Rewards.compile(program).evaluate(member(), beansAndBun()))
                .isInstanceOfSatisfying(dev.rewards.InvalidProgramException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.customRules");
                            assertThat(p.message()).contains("closed rule 'no-such-rule', which program cafe v1 does not have")
                                    .endsWith("(transaction t-1)");
                        }));
    }

    @Test
    void a_custom_consequence_that_throws_is_an_invalid_program_naming_the_custom_rule_and_the_transaction() {
        Program program = cafe().customRule(custom("buggy", "Transaction( )", "String s = null; s.length();")).build();

        assertThatThrownBy(() -> Rewards.compile(program).evaluate(member(), beansAndBun()))
                .isInstanceOfSatisfying(dev.rewards.InvalidProgramException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.customRules[0] (buggy)");
                            assertThat(p.message()).startsWith("DRL rule \"buggy\" failed on transaction t-1: java.lang.NullPointerException");
                        }));
    }

    @Test
    void a_non_member_gets_nothing_from_custom_rules_either() {
        Program program = cafe()
                .customRule(custom("gift", "Transaction( )", "insert(new CashbackGrant(\"gift\", new BigDecimal(\"1.00\"), \"gift\"));"))
                .build();

        Outcome o = Rewards.compile(program).evaluate(dev.rewards.transaction.MemberState.enrolled("m-1", Fixtures.TUESDAY_MORNING.plusSeconds(1), Fixtures.EUR), beansAndBun());

        assertThat(o.cashback()).isEqualTo(eur("0.00"));
        assertThat(o.verdicts()).extracting(Verdict::applied).containsOnly(false);
        assertThat(List.of(o.verdict("gift").orElseThrow().reasons().get(0).code())).containsExactly(ReasonCode.NOT_A_MEMBER);
    }
}
