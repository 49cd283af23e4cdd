package dev.rewards.rules;

import dev.rewards.program.PointsConversion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L9: a catalogue reward priced per tier: gold members pay fewer points for the same mug. */
class CatalogTierPricesTest {
    static final AccountPolicy.CatalogReward MUG = new AccountPolicy.CatalogReward("mug", "Brewhouse mug", 1500, Map.of("gold", 1200L));

    static Program shop() {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 10, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "130.00"))
                .accounts(AccountPolicy.NONE.withConversion(new PointsConversion(100, Fixtures.eur("1.00"), 100, Fixtures.eur("50.00")),
                        MUG))
                .build();
    }

    static MemberAccount spent(Accounts accounts, String amount) {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        MemberAccount a = accounts.open("ana", t, Optional.empty());
        return accounts.purchase(a, Transaction.builder("t-1", "ana", t).currency("EUR").line("1", "grinder", amount, 1, "equipment").build())
                .account();
    }

    @Test
    void gold_pays_its_own_price_and_green_the_list_price() {
        Accounts accounts = new Accounts(Rewards.compile(shop()));
        Instant later = Instant.parse("2026-03-03T10:00:00Z");

        AccountResult gold = accounts.redeemReward(spent(accounts, "130.00"), "x-1", later, "mug");
        AccountResult green = accounts.redeemReward(spent(accounts, "125.00"), "x-1", later, "mug");

        assertThat(gold.applied()).isTrue();
        assertThat(gold.account().available(later)).isEqualTo(1300 - 1200);
        assertThat(green.rejected()).extracting(r -> r.code()).containsExactly(ReasonCode.NOT_ENOUGH_POINTS);
        assertThat(green.rejected().get(0).message()).isEqualTo("Brewhouse mug needs 1500 points, 1250 spendable");
    }

    @Test
    void the_last_mug_in_stock_goes_to_one_member_and_the_next_is_told_it_is_out_of_stock_without_losing_points() {
        dev.rewards.account.store.InMemoryRewardStock stock = new dev.rewards.account.store.InMemoryRewardStock();
        stock.restock("mug", 1);
        Accounts accounts = new Accounts(Rewards.compile(shop())).withRewardStock(stock);
        Instant later = Instant.parse("2026-03-03T10:00:00Z");

        AccountResult first = accounts.redeemReward(spent(accounts, "200.00"), "x-1", later, "mug");
        AccountResult second = accounts.redeemReward(spent(accounts, "200.00"), "x-2", later, "mug");
        AccountResult poor = accounts.redeemReward(spent(accounts, "10.00"), "x-3", later, "mug");

        assertThat(first.applied()).isTrue();
        assertThat(second.rejected()).extracting(r -> r.code(), r -> r.message())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.OUT_OF_STOCK, "Brewhouse mug is out of stock"));
        assertThat(second.account().available(later)).isEqualTo(2000);
        // too few points is said first, and takes no unit
        assertThat(poor.rejected()).extracting(r -> r.code()).containsExactly(ReasonCode.NOT_ENOUGH_POINTS);
        assertThat(stock.remaining("mug")).hasValue(0);
    }

    @Test
    void tier_prices_read_back_are_in_the_terms_and_must_name_real_tiers() {
        assertThat(RewardsJson.readProgram(RewardsJson.write(shop()))).isEqualTo(shop());
        assertThat(Terms.markdown(shop())).contains("Brewhouse mug: 1500 points, 1200 for gold members.");
        assertThatThrownBy(() -> Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .accounts(AccountPolicy.NONE.withConversion(new PointsConversion(100, Fixtures.eur("1.00"), 100, Fixtures.eur("50.00")),
                        MUG)).build()).hasMessageContaining("accounts.catalog[0].pointsByTier.gold: unknown tier 'gold'");
    }
}
