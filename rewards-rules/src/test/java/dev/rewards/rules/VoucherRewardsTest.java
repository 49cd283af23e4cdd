package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.json.RewardsJson;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.store.VoucherRewards;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.VoucherStatus;
import dev.rewards.voucher.store.ChannelFigures;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssueResult;
import dev.rewards.voucher.store.Redemption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * V8: reaching gold issues the member a voucher of the gold campaign through the store, exactly once
 * however often the result is handled, tagged with the channel it goes out by; the member then uses it
 * at checkout, and the store's figures count issued and redeemed per channel.
 */
class VoucherRewardsTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "500.00")))
            .vouchers(VoucherPolicy.of(VoucherCampaign.withCodes("gold-welcome", CodePattern.standard("GOLD"), Benefit.PercentOff.of("10"))))
            .accounts(AccountPolicy.NONE.withTiers(0, Map.of(), Map.of("gold", "gold-welcome")))
            .build();
    static final dev.rewards.CompiledProgram COMPILED = Rewards.compile(SHOP);
    final Accounts accounts = new Accounts(COMPILED);
    final InMemoryVoucherStore store = new InMemoryVoucherStore();

    static Transaction buy(String id, String at, String amount) {
        return Transaction.builder(id, "ana", Instant.parse(at)).currency("EUR").line("1", "grinder", amount, 1, "equipment").build();
    }

    @Test
    void reaching_gold_issues_the_gold_voucher_once_to_the_member_who_then_uses_it() {
        MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        AccountResult upgraded = accounts.purchase(ana, buy("t-1", "2026-03-10T10:00:00Z", "600.00"));
        VoucherRewards rewards = new VoucherRewards(SHOP, store, "email");

        List<VoucherRewards.Issued> first = rewards.issue(upgraded);
        List<VoucherRewards.Issued> again = rewards.issue(upgraded);   // a retry, a replay, another node

        assertThat(first).singleElement().satisfies(i -> {
            assertThat(i.event().detail()).contains("gold-welcome");
            assertThat(i.result().status()).isEqualTo(IssueResult.Status.ISSUED);
            assertThat(i.result().code()).startsWith("GOLD-");
            assertThat(i.result().toString()).doesNotContain(i.result().code());
        });
        assertThat(again).singleElement().satisfies(i -> {
            assertThat(i.result().status()).isEqualTo(IssueResult.Status.ALREADY_ISSUED);
            assertThat(i.result().code()).isEqualTo(first.get(0).result().code());
        });
        assertThat(store.issuedCount("gold-welcome")).isEqualTo(1);

        String code = first.get(0).result().code();
        assertThat(store.snapshot("ana", List.of(code)).status(code).flatMap(VoucherStatus::issuedTo)).contains("ana");
        Transaction next = buy("t-2", "2026-03-12T10:00:00Z", "50.00").withVouchers(code);
        Outcome outcome = COMPILED.evaluate(dev.rewards.transaction.MemberState.enrolled("ana",
                Instant.parse("2026-01-05T08:00:00Z"), java.util.Currency.getInstance("EUR")), next, store.snapshot("ana", next.vouchers()));
        assertThat(outcome.voucher(code).orElseThrow().applied()).isTrue();
        assertThat(store.redeem(Redemption.of(SHOP, outcome)).succeeded()).isTrue();
        assertThat(store.channels("gold-welcome")).containsExactly(Map.entry("email", new ChannelFigures(1, 1)));
    }

    @Test
    void a_campaign_without_generated_codes_is_named_before_anything_is_issued() {
        Program publicCode = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(SHOP.tiering())
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCode("gold-welcome", "GOLDTEN", Benefit.PercentOff.of("10"))))
                .accounts(AccountPolicy.NONE.withTiers(0, Map.of(), Map.of("gold", "gold-welcome"))).build();
        Accounts a = new Accounts(Rewards.compile(publicCode));
        AccountResult upgraded = a.purchase(a.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty()),
                buy("t-1", "2026-03-10T10:00:00Z", "600.00"));

        assertThatThrownBy(() -> new VoucherRewards(publicCode, store, "app").issue(upgraded)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("campaign 'gold-welcome' of program shop v1 does not exist or has no generated codes to issue");
        assertThat(store.issuedCount("gold-welcome")).isZero();
    }

    @Test
    void a_milestone_a_challenge_and_a_catalogue_choice_each_issue_their_voucher_once() {
        Program engaged = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCodes("thanks", CodePattern.standard("THX"), Benefit.PercentOff.of("5"))))
                .accounts(AccountPolicy.NONE.withMilestones(new dev.rewards.program.Milestone("third", dev.rewards.program.Milestone.Counting.PURCHASES, 3, 0,
                                Optional.of("thanks")))
                        .withChallenges(dev.rewards.program.Challenge.acrossCategories("explorer", 2, AccountPolicy.Period.MONTH, "explorer", 0)
                                .withVoucher("thanks"))
                        .withConversion(new dev.rewards.program.PointsConversion(100, dev.rewards.money.Money.of("1.00", "EUR"), 100,
                                        dev.rewards.money.Money.of("50.00", "EUR")),
                                new AccountPolicy.CatalogReward("mug", "A mug voucher", 10, Map.of()).withVoucher("thanks")))
                .build();
        Accounts a = new Accounts(Rewards.compile(engaged));
        VoucherRewards rewards = new VoucherRewards(engaged, store, "app");
        MemberAccount ana = a.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        ana = a.purchase(ana, buy("t-1", "2026-03-01T10:00:00Z", "20.00")).account();
        AccountResult second = a.purchase(ana, Transaction.builder("t-2", "ana", Instant.parse("2026-03-02T10:00:00Z")).currency("EUR")
                .line("1", "beans", "5.00", 1, "beans").build());
        assertThat(rewards.issue(second)).extracting(i -> i.event().message()).containsExactly("issue a voucher of campaign thanks for badge explorer");
        AccountResult third = a.purchase(second.account(), buy("t-3", "2026-03-03T10:00:00Z", "20.00"));
        assertThat(rewards.issue(third)).extracting(i -> i.event().message())
                .containsExactly("issue a voucher of campaign thanks for milestone third: 3 purchases");
        AccountResult mug = a.redeemReward(third.account(), "r-1", Instant.parse("2026-03-04T10:00:00Z"), "mug");
        assertThat(rewards.issue(mug)).singleElement().satisfies(i -> assertThat(i.result().status()).isEqualTo(IssueResult.Status.ISSUED));
        assertThat(rewards.issue(mug)).singleElement().satisfies(i -> assertThat(i.result().status()).isEqualTo(IssueResult.Status.ALREADY_ISSUED));
        assertThat(store.channels("thanks")).containsExactly(Map.entry("app", new ChannelFigures(3, 0)));
        assertThat(dev.rewards.terms.Terms.markdown(engaged)).contains("a voucher (thanks)");
        assertThat(RewardsJson.readProgram(RewardsJson.write(engaged))).isEqualTo(engaged);
    }
}
