package dev.rewards.rules;

import dev.rewards.program.PointsConversion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L9: a program that redeems points only in whole blocks says so, and refuses other amounts with the nearest blocks. */
class RedemptionBlocksTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 10, "1.00"))
            .accounts(AccountPolicy.NONE.withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 500,
                    Money.of("50.00", "EUR")).inBlocksOf(500)))
            .build();

    @Test
    void points_are_redeemed_in_blocks_of_500_and_700_is_refused_with_the_blocks_around_it() {
        Accounts accounts = new Accounts(Rewards.compile(SHOP));
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        MemberAccount ana = accounts.open("ana", t, Optional.empty());
        ana = accounts.purchase(ana, Transaction.builder("t-1", "ana", t).currency("EUR").line("1", "beans", "120.00", 1, "beans").build())
                .account();

        AccountResult seven = accounts.redeemPoints(ana, "x-1", t.plusSeconds(60), 700, Money.of("30.00", "EUR"));
        AccountResult thousand = accounts.redeemPoints(ana, "x-2", t.plusSeconds(60), 1000, Money.of("30.00", "EUR"));

        assertThat(seven.rejected()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.NOT_A_WHOLE_BLOCK);
            assertThat(why.message()).isEqualTo("points are redeemed in blocks of 500: 700 is not one; 500 or 1000 is");
            assertThat(why.shortfall().orElseThrow().toString()).isEqualTo("300 points");
        });
        assertThat(thousand.value()).contains(Money.of("10.00", "EUR"));
        assertThat(Terms.markdown(SHOP)).contains("in blocks of 500 points");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
    }
}
