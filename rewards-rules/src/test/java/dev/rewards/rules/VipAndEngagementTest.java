package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Challenge;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.OccasionBonus;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * E7: a VIP tier held only by invitation (no threshold reaches it, no review takes it away), a
 * ladder of tenure rewards on enrolment anniversaries, and a challenge to buy from several
 * departments in one month.
 */
class VipAndEngagementTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "500.00"),
                    Tier.byInvitation("black").withEarnMultiplier("3").withPerks("personal-shopper")).withDowngrade(Tiering.Downgrade.IMMEDIATELY))
            .accounts(AccountPolicy.NONE.withOccasionBonuses(OccasionBonus.tenure("one-year", 1, 100), OccasionBonus.tenure("five-years", 5, 500))
                    .withChallenges(Challenge.acrossCategories("explorer", 3, Period.MONTH, "explorer", 50),
                            Challenge.acrossCategories("barista", 2, Period.MONTH, "barista", 20, "beans", "equipment")))
            .build();
    final Accounts accounts = new Accounts(Rewards.compile(SHOP));
    static final Instant JOINED = Instant.parse("2026-01-05T08:00:00Z");

    static Transaction buy(String id, String at, String amount, String... categories) {
        dev.rewards.transaction.TransactionBuilder b = Transaction.builder(id, "ana", Instant.parse(at)).currency("EUR");
        for (int i = 0; i < categories.length; i++) b.line(String.valueOf(i + 1), categories[i] + "-item", amount, 1, categories[i]);
        return b.build();
    }

    @Test
    void an_invited_vip_keeps_the_tier_through_refunds_and_reviews_and_no_spend_reaches_it() {
        MemberAccount ana = accounts.open("ana", JOINED, Optional.empty());
        ana = accounts.purchase(ana, buy("t-1", "2026-02-01T10:00:00Z", "800.00", "equipment")).account();
        assertThat(ana.tier()).as("a threshold reaches gold, never black").contains("gold");

        ana = accounts.assignTier(ana, "invite-1", "black", Instant.parse("2026-02-02T10:00:00Z"), Optional.empty(), "VIP invitation").account();
        AccountResult refunded = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-02-03T10:00:00Z")));
        assertThat(refunded.account().tier()).as("immediate downgrades pass an invited tier by").contains("black");
        MemberAccount nextYear = accounts.advance(refunded.account(), Instant.parse("2027-02-01T00:00:00Z")).account();
        assertThat(nextYear.tier()).as("the year-end review too").contains("black");
        // the VIP tier's benefits apply: x3 on spend
        assertThat(accounts.purchase(nextYear, buy("t-2", "2027-02-02T10:00:00Z", "10.00", "beans")).outcome().orElseThrow().points())
                .isEqualTo(30);
        // they leave it when a tier is assigned again
        assertThat(accounts.assignTier(nextYear, "invite-2", "green", Instant.parse("2027-03-01T10:00:00Z"), Optional.empty(), "left VIP")
                .account().tier()).contains("green");
    }

    @Test
    void an_invitation_only_tier_has_no_threshold_and_comes_after_the_others() {
        assertThatThrownBy(() -> RewardsJson.readProgram("""
                {"id": "s", "currency": "EUR", "timeZone": "UTC", "tiering": {"metric": "SPEND", "tiers": [
                  {"id": "black", "invitationOnly": true, "threshold": "1000"}, {"id": "gold", "threshold": "500"}]}}"""))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.tiering.tiers[0].threshold: a tier held by invitation has no threshold")
                .hasMessageContaining("tier gold is reached by threshold: list it before the tiers held by invitation (black)");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("| black | by invitation; kept until we change it | points x3, personal-shopper |");
    }

    @Test
    void tenure_rewards_come_once_each_as_the_first_and_fifth_anniversaries_begin() {
        MemberAccount ana = accounts.open("ana", JOINED, Optional.empty());
        // 5 January 2027 00:00 in Amsterdam is 4 January 23:00 UTC
        AccountResult before = accounts.advance(ana, Instant.parse("2027-01-04T22:59:59Z"));
        assertThat(before.events()).noneMatch(e -> e.type() == AccountEvent.Type.POINTS_EARNED);
        AccountResult first = accounts.advance(before.account(), Instant.parse("2027-01-04T23:00:00Z"));
        assertThat(first.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_EARNED).extracting(AccountEvent::points, AccountEvent::message)
                .singleElement().satisfies(t -> assertThat(t.toList()).first().isEqualTo(100L));
        MemberAccount fiveYears = accounts.advance(first.account(), Instant.parse("2031-01-05T12:00:00Z")).account();
        assertThat(fiveYears.available(Instant.parse("2031-01-05T12:00:00Z"))).isEqualTo(600);
        assertThat(accounts.advance(fiveYears, Instant.parse("2033-01-06T00:00:00Z")).account().available(Instant.parse("2033-01-06T00:00:00Z")))
                .as("no reward on other anniversaries").isEqualTo(600);
        assertThat(Terms.markdown(SHOP)).contains("- On the 5th anniversary of your joining: 500 bonus points.");
        assertThatThrownBy(() -> new OccasionBonus("x", dev.rewards.program.Occasion.Kind.BIRTHDAY, 10, Optional.empty(), java.util.OptionalInt.of(2)))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("years: only an enrolment anniversary counts years");
    }

    @Test
    void buying_from_three_departments_in_a_month_earns_the_badge_once_and_the_named_departments_count_alone() {
        MemberAccount ana = accounts.open("ana", JOINED, Optional.empty());
        AccountResult one = accounts.purchase(ana, buy("t-1", "2026-03-02T10:00:00Z", "5.00", "beans", "beans"));
        AccountResult two = accounts.purchase(one.account(), buy("t-2", "2026-03-09T10:00:00Z", "5.00", "beans", "pastry"));
        assertThat(two.events()).noneMatch(e -> e.type() == AccountEvent.Type.BADGE_EARNED);
        AccountResult three = accounts.purchase(two.account(), buy("t-3", "2026-03-20T10:00:00Z", "5.00", "equipment"));
        assertThat(three.events()).filteredOn(e -> e.type() == AccountEvent.Type.BADGE_EARNED).extracting(AccountEvent::message)
                .containsExactlyInAnyOrder("badge explorer: 3 distinct categories bought in one month",
                        "badge barista: 2 distinct categories bought in one month");
        AccountResult four = accounts.purchase(three.account(), buy("t-4", "2026-03-25T10:00:00Z", "5.00", "cups", "gifts"));
        assertThat(four.events()).as("once a period").noneMatch(e -> e.type() == AccountEvent.Type.BADGE_EARNED);
        // a new month starts again
        AccountResult april = accounts.purchase(four.account(), buy("t-5", "2026-04-01T10:00:00Z", "5.00", "beans", "cups", "gifts"));
        assertThat(april.events()).filteredOn(e -> e.type() == AccountEvent.Type.BADGE_EARNED).extracting(AccountEvent::message)
                .containsExactly("badge explorer: 3 distinct categories bought in one month");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP)).accounts().challenges()).isEqualTo(SHOP.accounts().challenges());
        assertThat(Terms.markdown(SHOP)).contains("- Badge \"barista\": purchases in 2 different categories of beans, equipment in one month");
        assertThatThrownBy(() -> Challenge.acrossCategories("x", 3, Period.MONTH, "x", 0, "beans", "cups"))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("asks for 3 distinct categories among only 2");
    }

    @Test
    void keeping_gold_at_the_year_end_review_earns_the_renewal_reward_and_losing_it_does_not() {
        Program renewing = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "500.00")))
                .accounts(AccountPolicy.NONE.withTierRenewalBonuses(java.util.Map.of("gold", 200L))).build();
        Accounts a = new Accounts(Rewards.compile(renewing));
        MemberAccount ana = a.purchase(a.open("ana", JOINED, Optional.empty()), buy("t-1", "2026-06-01T10:00:00Z", "600.00", "equipment")).account();

        // the review of 2026 is at midnight in Amsterdam: 2026-12-31T23:00:00Z
        AccountResult review = a.advance(ana, Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(review.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_EARNED).extracting(AccountEvent::points, AccountEvent::message)
                .singleElement().satisfies(t -> assertThat(t.toList()).containsExactly(200L, "200 points for keeping gold another year"));
        AccountResult lost = a.advance(review.account(), Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(lost.events()).noneMatch(e -> e.type() == AccountEvent.Type.POINTS_EARNED);
        assertThat(Terms.markdown(renewing)).contains("200 bonus points each year you keep it");
        assertThat(RewardsJson.readProgram(RewardsJson.write(renewing))).isEqualTo(renewing);
        assertThatThrownBy(() -> Program.builder().id("s").currency("EUR").timeZone("UTC").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.ROLLING_12_MONTHS, Tier.of("gold", "500.00")))
                .accounts(AccountPolicy.NONE.withTierRenewalBonuses(java.util.Map.of("gold", 200L, "platinum", 5L))).build())
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("accounts.tierRenewalBonuses.platinum: unknown tier 'platinum'")
                .hasMessageContaining("accounts.tierRenewalBonuses: a renewal is a yearly review");
    }
}
