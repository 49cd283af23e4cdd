package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.TransactionBuilder;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L4: whether shipping earns, a setting of a spend rule; what was paid for shipping, shared over the lines. */
class ShippingEarnsTest {
    static Program shop(SpendRule rule, VoucherCampaign... campaigns) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(rule).vouchers(VoucherPolicy.of(campaigns)).build();
    }

    static TransactionBuilder order() {
        return Fixtures.purchase().line("1", "beans", "30.00", 1, "beans").line("2", "mug", "10.00", 1, "merch").shipping(Money.of("4.95", "EUR"));
    }

    @Test
    void shipping_earns_only_when_the_rule_says_so_and_only_what_was_paid_for_it() {
        SpendRule base = SpendRule.of("base", 1, "1.00");
        Outcome lines = Rewards.compile(shop(base)).evaluate(Fixtures.member(), order().build());
        Outcome withShipping = Rewards.compile(shop(base.withShippingEarning())).evaluate(Fixtures.member(), order().build());
        Outcome freeShipping = Rewards.compile(shop(base.withShippingEarning(), VoucherCampaign.automatic("ship", new Benefit.FreeShipping())))
                .evaluate(Fixtures.member(), order().build());

        assertThat(lines.points()).isEqualTo(40);
        assertThat(withShipping.points()).isEqualTo(44);
        assertThat(withShipping.verdict("base").orElseThrow().summary()).isEqualTo("1 per 1.00 EUR on 40.00 EUR + 4.95 EUR shipping: 44 points");
        // 4.95 shared 3:1 over the lines: 3.71 and 1.24
        assertThat(withShipping.pointsOnLine("1") + withShipping.pointsOnLine("2")).isEqualTo(44);
        assertThat(freeShipping.points()).isEqualTo(40);
    }

    @Test
    void returning_an_item_takes_back_its_share_of_the_shipping_points() {
        Accounts accounts = new Accounts(Rewards.compile(shop(SpendRule.of("base", 10, "1.00").withShippingEarning())));
        Instant t = Instant.parse("2026-03-03T09:00:00Z");
        MemberAccount ana = accounts.open("m-1", t.minusSeconds(86_400), Optional.empty());
        ana = accounts.purchase(ana, order().build()).account();
        long before = ana.available(t.plusSeconds(86_400 * 30L)) + ana.pending(t.plusSeconds(86_400 * 30L));

        AccountResult back = accounts.refund(ana, new Refund("r-1", "m-1", "t-1", t.plusSeconds(3600), Map.of("2", 1)));

        // 449 points (10 per euro on 44.95); the mug's line earned 10 x (10.00 + 1.24) = 112
        assertThat(before).isEqualTo(449);
        assertThat(back.account().available(t.plusSeconds(86_400 * 30L)) + back.account().pending(t.plusSeconds(86_400 * 30L))).isEqualTo(449 - 112);
    }

    @Test
    void the_setting_reads_back_from_json_and_is_in_the_terms() {
        Program p = shop(SpendRule.of("base", 1, "1.00").withShippingEarning());
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("1 point for every 1.00 EUR spent, shipping included");
    }
}
