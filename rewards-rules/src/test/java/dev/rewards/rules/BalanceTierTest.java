package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.CatalogReward;
import dev.rewards.program.PointsConversion;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.reason.Shortfall;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L1: tiers on the active points balance: spending or losing points can take a member below a threshold. */
class BalanceTierTest {
    static Program shop(Tiering.Downgrade mode) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.BALANCE, QualificationWindow.LIFETIME, Tier.of("green", "0"), Tier.of("silver", "500")).withDowngrade(mode))
                .accounts(AccountPolicy.NONE.withPendingDays(0).withExpiry(AccountPolicy.Expiry.afterMonths(12), 30)
                        .withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 100, Money.of("50.00", "EUR")),
                                new CatalogReward("mug", "A mug", 200)))
                .build();
    }

    static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    static AccountResult silver(Accounts accounts) {
        MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        return accounts.purchase(ana, Transaction.builder("t-1", "ana", MARCH).currency("EUR").line("1", "grinder", "600.00", 1, "equipment").build());
    }

    @Test
    void earning_past_the_threshold_upgrades_and_spending_below_it_drops_the_tier_at_once() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.IMMEDIATELY)));
        AccountResult up = silver(accounts);
        assertThat(up.account().tier()).contains("silver");

        AccountResult mug = accounts.redeemReward(up.account(), "x-1", Instant.parse("2026-03-05T10:00:00Z"), "mug");

        assertThat(mug.account().tier()).contains("green");
        assertThat(mug.events()).filteredOn(e -> e.type() == AccountEvent.Type.TIER_CHANGED).extracting(AccountEvent::message)
                .containsExactly("tier silver -> green (downgrade: the points balance fell below the threshold)");
        AccountStatement s = accounts.statement(mug.account(), Instant.parse("2026-03-06T10:00:00Z"));
        assertThat(s.toNextTier()).contains(new Shortfall(new BigDecimal("100"), "points"));
    }

    @Test
    void points_that_expire_take_the_balance_and_the_tier_with_them() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.IMMEDIATELY)));
        MemberAccount ana = silver(accounts).account();

        // earned 2 March 2026, valid 12 months to the end of that day in Amsterdam
        assertThat(accounts.advance(ana, Instant.parse("2027-03-02T22:59:59Z")).account().tier()).contains("silver");
        assertThat(accounts.advance(ana, Instant.parse("2027-03-02T23:00:00Z")).account().tier()).contains("green");
    }

    @Test
    void at_period_end_a_redemption_waits_for_the_review_and_the_balance_is_in_the_terms() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END)));
        MemberAccount ana = accounts.redeemReward(silver(accounts).account(), "x-1", Instant.parse("2026-03-05T10:00:00Z"), "mug").account();

        assertThat(ana.tier()).contains("silver");
        assertThat(RewardsJson.readProgram(RewardsJson.write(shop(Tiering.Downgrade.PERIOD_END)))).isEqualTo(shop(Tiering.Downgrade.PERIOD_END));
        assertThat(Terms.markdown(shop(Tiering.Downgrade.IMMEDIATELY))).contains("Your tier depends on your points balance (points earned and not yet"
                + " spent or expired). You move up as soon as you reach a threshold; you move down as soon as your total falls below")
                .contains("| silver | 500 points held |");
    }
}
