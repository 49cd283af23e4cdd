package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.MoneyRounding;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * M1, M2: money rounding is a program setting where peers differ (a percentage per order or per line,
 * half up, half even or down; cashback rounding; where a split's leftover cent goes); the defaults are
 * what the library always did.
 */
class MoneyRoundingTest {
    static Outcome fifteenPercent(MoneyRounding rounding) {
        Program p = VouchersTest.shop(VoucherPolicy.of(VoucherCampaign.automatic("fifteen", Benefit.PercentOff.of("15"))).withRounding(rounding));
        return Rewards.compile(p).evaluate(member(), threePens().build());
    }

    static TransactionBuilder threePens() {
        return purchase().line("1", "pen-a", "3.33", 1, "office").line("2", "pen-b", "3.33", 1, "office").line("3", "pen-c", "3.33", 1, "office");
    }

    @Test
    void fifteen_percent_of_three_lines_of_3_33_per_order_per_line_and_rounded_down() {
        // 9.99 x 15% = 1.4985; each line 0.4995
        assertThat(fifteenPercent(MoneyRounding.DEFAULT).discount()).isEqualTo(eur("1.50"));
        assertThat(fifteenPercent(MoneyRounding.DEFAULT.withPercentOn(MoneyRounding.PercentOn.LINE)).discount()).isEqualTo(eur("1.50"));
        assertThat(fifteenPercent(MoneyRounding.DEFAULT.withPercentOn(MoneyRounding.PercentOn.LINE).withPercentMode(RoundingMode.DOWN)).discount())
                .isEqualTo(eur("1.47"));
        assertThat(fifteenPercent(MoneyRounding.DEFAULT.withPercentMode(RoundingMode.DOWN)).discount()).isEqualTo(eur("1.49"));
    }

    @Test
    void half_even_rounds_a_half_cent_to_the_even_cent() {
        // 12.50% of 0.20 = 0.025: half up gives 0.03, half even 0.02
        Program p = VouchersTest.shop(VoucherPolicy.of(VoucherCampaign.automatic("eighth", Benefit.PercentOff.of("12.5"))));
        TransactionBuilder sweet = purchase().line("1", "sweet", "0.20", 1, "snacks");
        assertThat(Rewards.compile(p).evaluate(member(), sweet.build()).discount()).isEqualTo(eur("0.03"));
        Program even = VouchersTest.shop(p.vouchers().withRounding(MoneyRounding.DEFAULT.withPercentMode(RoundingMode.HALF_EVEN)));
        assertThat(Rewards.compile(even).evaluate(member(), purchase().line("1", "sweet", "0.20", 1, "snacks").build()).discount())
                .isEqualTo(eur("0.02"));
    }

    @Test
    void the_leftover_cent_of_a_split_goes_where_the_program_says() {
        // 1.00 off three equal lines: 0.33 each and one cent left over
        for (var c : new Object[][] {{MoneyRounding.Leftover.LARGEST_REMAINDER, "1"}, {MoneyRounding.Leftover.FIRST_LINE, "1"},
                {MoneyRounding.Leftover.LAST_LINE, "3"}}) {
            Program p = VouchersTest.shop(VoucherPolicy.of(VoucherCampaign.automatic("euro", new Benefit.AmountOff(eur("1.00"))))
                    .withRounding(MoneyRounding.DEFAULT.withLeftover((MoneyRounding.Leftover) c[0])));
            Outcome o = Rewards.compile(p).evaluate(member(), threePens().build());
            assertThat(o.campaign("euro").orElseThrow().allocation()).as("%s", c[0])
                    .contains(new Allocation((String) c[1], eur("0.34"))).hasSize(3);
        }
    }

    @Test
    void cashback_rounds_down_unless_the_rule_says_otherwise() {
        Program down = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(CashbackRule.of("cashback", "2.5")).build();
        Program halfUp = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(CashbackRule.of("cashback", "2.5").withRounding(RoundingMode.HALF_UP)).build();
        // 2.5% of 9.90 = 0.2475
        assertThat(Rewards.compile(down).evaluate(member(), purchase().line("1", "a", "9.90", 1, "x").build()).cashback()).isEqualTo(eur("0.24"));
        assertThat(Rewards.compile(halfUp).evaluate(member(), purchase().line("1", "a", "9.90", 1, "x").build()).cashback()).isEqualTo(eur("0.25"));
        assertThat(Terms.markdown(halfUp)).contains("Rounded to the nearest cent (half up).");
        assertThat(RewardsJson.readProgram(RewardsJson.write(halfUp))).isEqualTo(halfUp);
    }

    @Test
    void a_rounding_setting_reads_back_from_json() {
        Program p = VouchersTest.shop(VoucherPolicy.of(VoucherCampaign.automatic("fifteen", Benefit.PercentOff.of("15")))
                .withRounding(new MoneyRounding(RoundingMode.HALF_EVEN, MoneyRounding.PercentOn.LINE, MoneyRounding.Leftover.LAST_LINE)));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
    }
}
