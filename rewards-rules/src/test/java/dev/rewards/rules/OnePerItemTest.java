package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static dev.rewards.rules.Fixtures.member;
import static dev.rewards.rules.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.LineScope;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import org.junit.jupiter.api.Test;

/** Issue 12, levels: offers marked one per item never stack on the same line; each line gets the best of them. */
class OnePerItemTest {
    static final VoucherCampaign TWENTY_PERCENT = VoucherCampaign.automatic("twenty", Benefit.PercentOff.of("20")).priority(1)
            .stacking(Stacking.ONE_PER_ITEM);
    static final VoucherCampaign FIVE_OFF_BEANS = VoucherCampaign.automatic("five-beans", new Benefit.AmountOffEach(eur("5.00"), 0)).priority(2)
            .stacking(Stacking.ONE_PER_ITEM).restrictedBy(new Restriction.Items(LineScope.categories("beans")));
    static final VoucherCampaign ONE_PER_LINE = VoucherCampaign.automatic("one-per-line", new Benefit.AmountOffEachLine(eur("1.00"))).priority(3)
            .stacking(Stacking.ONE_PER_ITEM);
    static final VoucherCampaign PENNY = VoucherCampaign.automatic("penny", new Benefit.AmountOff(eur("0.50"))).priority(4);

    static Outcome basket(VoucherCampaign... campaigns) {
        Program p = VouchersTest.shop(VoucherPolicy.of(campaigns));
        return Rewards.compile(p).evaluate(member(), purchase().line("1", "beans", "20.00", 1, "beans").line("2", "mug", "10.00", 1, "merch").build());
    }

    @Test
    void each_line_gets_the_best_of_the_one_per_item_offers() {
        Outcome o = basket(TWENTY_PERCENT, FIVE_OFF_BEANS, ONE_PER_LINE, PENNY);

        assertThat(o.campaign("five-beans").orElseThrow().allocation()).containsExactly(new Allocation("1", eur("5.00")));
        assertThat(o.campaign("twenty").orElseThrow().allocation()).containsExactly(new Allocation("2", eur("2.00")));
        assertThat(o.campaign("one-per-line").orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_COMBINABLE);
        assertThat(o.campaign("penny").orElseThrow().applied()).isTrue();
        assertThat(o.discount()).isEqualTo(eur("7.50"));
    }

    @Test
    void combinable_offers_would_have_stacked_on_the_beans() {
        Outcome o = basket(TWENTY_PERCENT.stacking(Stacking.COMBINABLE), FIVE_OFF_BEANS.stacking(Stacking.COMBINABLE));

        assertThat(o.discount()).isEqualTo(eur("11.00"));
    }

    @Test
    void one_per_item_reads_back_from_json_and_is_in_the_terms() {
        Program p = VouchersTest.shop(VoucherPolicy.of(TWENTY_PERCENT, FIVE_OFF_BEANS));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("an item gets only the best of the offers marked one per item");
    }
}
