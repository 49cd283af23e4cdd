package dev.rewards.rules;

import dev.rewards.program.Challenge;
import dev.rewards.program.PointsConversion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.account.AccountResult;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P2, P4-P9, T1-T4, E1, E4: one member's year, told in order. */
class YearInTheLifeTest {
    static final Program CAFE = Program.builder().id("cafe").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("silver", "0"), Tier.of("gold", "500.00"))
            .accounts(AccountPolicy.NONE
                    .withActions(new AccountPolicy.ActionRule("signup-bonus", "signup", 50),
                            new AccountPolicy.ActionRule("review-bonus", "review", 20))
                    .withPeriodCaps(new AccountPolicy.PeriodCap("two-reviews-a-month", Period.MONTH, 40, Optional.of("review")),
                            AccountPolicy.PeriodCap.of("max-1000-a-day", Period.DAY, 1000))
                    .withPendingDays(14)
                    .withExpiry(AccountPolicy.Expiry.afterMonths(12), 30)
                    .withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 500, Money.of("20.00", "EUR")),
                            new AccountPolicy.CatalogReward("mug", "Cafe mug", 300))
                    .withTiers(1, Map.of("gold", 250L), Map.of())
                    .withChallenges(new Challenge("regular", "purchase", 3, Period.MONTH, "regular", 50))
                    .withReferral(new AccountPolicy.ReferralRule(200, 100, Money.of("20.00", "EUR"))))
            .build();
    static final Accounts ACCOUNTS = new Accounts(Rewards.compile(CAFE));

    static Instant at(String isoLocalAmsterdam) {
        return LocalDateTime.parse(isoLocalAmsterdam).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    static Transaction buy(String id, String when, String amount) {
        return Transaction.builder(id, "ana", at(when)).currency("EUR").line("1", "beans", amount, 1, "beans")
                .line("2", "cake", "0.00", 1, "food").build();
    }

    MemberAccount ana = ACCOUNTS.open("ana", at("2026-01-10T09:00"), Optional.of("ANA-FRIENDS"));
    final List<AccountEvent> events = new ArrayList<>();

    AccountResult then(AccountResult r) {
        ana = r.account();
        events.addAll(r.events());
        assertBalanced(ana);
        return r;
    }

    static void assertBalanced(MemberAccount a) {
        long held = a.available(a.clock()) + a.pending(a.clock());
        long inLots = a.lots().stream().mapToLong(l -> l.remaining()).sum() - a.debt();
        assertThat(inLots).as("balance = earned - redeemed - expired - reversed")
                .isEqualTo(a.total(LedgerEntry.Kind.EARNED) - a.total(LedgerEntry.Kind.REDEEMED) - a.total(LedgerEntry.Kind.EXPIRED)
                        - a.total(LedgerEntry.Kind.REVERSED));
        assertThat(held).isEqualTo(inLots);
    }

    @Test
    void a_year_in_the_life_of_a_member() {
        // January: signs up, buys, reviews three times (the month's cap pays two)
        then(ACCOUNTS.event(ana, MemberEvent.of("e-signup", "ana", at("2026-01-10T09:00"), "signup")));
        then(ACCOUNTS.purchase(ana, buy("t-1", "2026-01-15T10:00", "120.00")));
        then(ACCOUNTS.event(ana, MemberEvent.of("e-r1", "ana", at("2026-01-20T10:00"), "review")));
        then(ACCOUNTS.event(ana, MemberEvent.of("e-r2", "ana", at("2026-01-21T10:00"), "review")));
        AccountResult third = then(ACCOUNTS.event(ana, MemberEvent.of("e-r3", "ana", at("2026-01-22T10:00"), "review")));
        assertThat(third.events()).singleElement().satisfies(e ->
                assertThat(e.message()).isEqualTo("0 points earned (20 held back by two-reviews-a-month)"));
        assertThat(ana.ledger()).anyMatch(e -> e.kind() == LedgerEntry.Kind.CAPPED && e.points() == 20);

        AccountStatement feb1 = ACCOUNTS.statement(ana, at("2026-02-01T00:00"));
        assertThat(feb1.available()).as("signup and the purchase confirmed after 14 days").isEqualTo(170);
        assertThat(feb1.pending()).as("the reviews are still in their window").isEqualTo(40);

        // March: three purchases make a regular, and the third crosses gold's threshold
        then(ACCOUNTS.purchase(ana, buy("t-2", "2026-03-02T10:00", "150.00")));
        then(ACCOUNTS.purchase(ana, buy("t-3", "2026-03-09T10:00", "150.00")));
        AccountResult gold = then(ACCOUNTS.purchase(ana, buy("t-4", "2026-03-16T10:00", "100.00")));
        assertThat(gold.events()).extracting(AccountEvent::type).contains(AccountEvent.Type.TIER_CHANGED, AccountEvent.Type.BADGE_EARNED);
        assertThat(ana.tier()).contains("gold");
        assertThat(ana.badges()).extracting(b -> b.badge()).containsExactly("regular");

        // April: returns t-4; the points it earned go back, and its spend no longer counts towards gold
        AccountResult refund = then(ACCOUNTS.refund(ana, Refund.whole("r-1", "ana", "t-4", at("2026-04-02T10:00"))));
        assertThat(refund.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_REVERSED).singleElement()
                .satisfies(e -> assertThat(e.points()).isEqualTo(100));
        assertThat(ACCOUNTS.refund(ana, Refund.whole("r-1", "ana", "t-4", at("2026-04-02T10:00"))).duplicate()).isTrue();

        // May: 500 points buy 5.00 off; a second try with too few points is refused with the shortfall
        AccountResult redeemed = then(ACCOUNTS.redeemPoints(ana, "x-1", at("2026-05-01T10:00"), 500, Money.of("30.00", "EUR")));
        assertThat(redeemed.value()).contains(Money.of("5.00", "EUR"));
        AccountResult refused = ACCOUNTS.redeemPoints(ana, "x-2", at("2026-05-01T11:00"), 800, Money.of("30.00", "EUR"));
        assertThat(refused.rejected()).extracting(r -> r.code()).containsExactly(ReasonCode.NOT_ENOUGH_POINTS);
        // nothing is booked and the id is not remembered; only time has moved to the attempt
        assertThat(refused.account().ledger()).isEqualTo(ana.ledger());
        assertThat(refused.account().hasApplied("x-2")).isFalse();
        assertThat(refused.account().clock()).isEqualTo(at("2026-05-01T11:00"));

        // Next year: 420.00 spent in 2026 is below gold's 500.00; after a month's grace, back to silver
        then(ACCOUNTS.advance(ana, at("2027-01-31T23:00")));
        assertThat(ana.tier()).contains("gold");
        AccountResult feb = then(ACCOUNTS.advance(ana, at("2027-02-02T00:00")));
        assertThat(ana.tier()).contains("silver");
        assertThat(feb.events()).extracting(AccountEvent::type).contains(AccountEvent.Type.TIER_CHANGED);

        // the redemption took the points expiring first; what is left of March's expires twelve months on
        AccountStatement late = ACCOUNTS.statement(ana, at("2027-02-20T00:00"));
        assertThat(late.expiringSoon()).first().isEqualTo(new AccountStatement.Expiring(LocalDate.of(2027, 3, 9), 10));
        then(ACCOUNTS.advance(ana, at("2027-03-20T00:00")));
        assertThat(ana.total(LedgerEntry.Kind.EXPIRED)).isEqualTo(310);
        assertThat(events).extracting(AccountEvent::type).contains(AccountEvent.Type.POINTS_EXPIRED, AccountEvent.Type.POINTS_EXPIRING_SOON,
                AccountEvent.Type.POINTS_CONFIRMED, AccountEvent.Type.POINTS_REDEEMED, AccountEvent.Type.POINTS_REVERSED);

        // the account survives storage as JSON unchanged
        assertThat(RewardsJson.readAccount(RewardsJson.write(ana))).isEqualTo(ana);
    }

    @Test
    void applying_the_same_transaction_twice_changes_nothing_the_second_time() {
        then(ACCOUNTS.purchase(ana, buy("t-1", "2026-01-15T10:00", "120.00")));
        AccountResult again = ACCOUNTS.purchase(ana, buy("t-1", "2026-01-15T10:00", "120.00"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.account()).isEqualTo(ana);
    }

    @Test
    void a_non_member_earns_nothing_from_events() {
        MemberAccount guest = ACCOUNTS.guest("gus", at("2026-01-01T00:00"));
        assertThat(ACCOUNTS.event(guest, MemberEvent.of("e-1", "gus", at("2026-01-10T09:00"), "review")).rejected())
                .extracting(r -> r.code()).containsExactly(ReasonCode.NOT_A_MEMBER);
    }

    @Test
    void a_referral_pays_both_sides_on_the_first_qualifying_purchase_and_refuses_self_twice_and_loops() {
        MemberAccount ben = ACCOUNTS.open("ben", at("2026-02-01T09:00"), Optional.of("BEN-FRIENDS"));
        assertThat(ACCOUNTS.refer(ana, ana, "ANA-FRIENDS", at("2026-02-01T09:00")).rejected()).extracting(r -> r.code())
                .contains(ReasonCode.SELF_REFERRAL);
        AccountResult referred = ACCOUNTS.refer(ana, ben, "ana-friends", at("2026-02-01T09:00"));
        assertThat(referred.applied()).isTrue();
        ben = referred.account();
        ana = ACCOUNTS.referred(ana);
        assertThat(ACCOUNTS.refer(ana, ben, "ANA-FRIENDS", at("2026-02-02T09:00")).rejected()).extracting(r -> r.code())
                .contains(ReasonCode.ALREADY_REFERRED);
        assertThat(ACCOUNTS.refer(ben, ana, "BEN-FRIENDS", at("2026-02-02T09:00")).rejected()).extracting(r -> r.code())
                .contains(ReasonCode.REFERRAL_LOOP);

        Transaction small = Transaction.builder("t-b1", "ben", at("2026-02-03T10:00")).currency("EUR").line("1", "tea", "4.00", 1).build();
        assertThat(ACCOUNTS.purchase(ben, small).effects()).isEmpty();
        ben = ACCOUNTS.purchase(ben, small).account();
        Transaction big = Transaction.builder("t-b2", "ben", at("2026-02-04T10:00")).currency("EUR").line("1", "beans", "25.00", 1).build();
        AccountResult first = ACCOUNTS.purchase(ben, big);

        assertThat(first.effects()).singleElement().satisfies(e -> assertThat(e.memberId()).isEqualTo("ana"));
        assertThat(first.account().ledger()).anyMatch(e -> e.source().equals("referral:ben:t-b2") && e.points() == 100);
        AccountResult paid = ACCOUNTS.applyEffect(ana, first.effects().get(0));
        assertThat(paid.account().total(LedgerEntry.Kind.EARNED)).isEqualTo(200);
        assertThat(ACCOUNTS.applyEffect(paid.account(), first.effects().get(0)).duplicate()).isTrue();

        // P6: ben returns the beans; the purchase no longer qualifies, so both referral bonuses go back
        AccountResult refunded = ACCOUNTS.refund(first.account(), Refund.whole("r-b2", "ben", "t-b2", at("2026-02-06T10:00")));
        assertThat(refunded.account().ledger()).anyMatch(e -> e.kind() == LedgerEntry.Kind.REVERSED && e.source().equals("referral:ben:t-b2")
                && e.points() == 100);
        assertThat(refunded.effects()).singleElement().satisfies(e -> {
            assertThat(e.memberId()).isEqualTo("ana");
            assertThat(e.type()).isEqualTo("referral-clawback");
        });
        AccountResult clawedBack = ACCOUNTS.applyEffect(paid.account(), refunded.effects().get(0));
        assertThat(clawedBack.account().total(LedgerEntry.Kind.REVERSED)).isEqualTo(200);
        assertThat(clawedBack.events()).extracting(AccountEvent::type).contains(AccountEvent.Type.POINTS_REVERSED);
        assertThat(ACCOUNTS.applyEffect(clawedBack.account(), refunded.effects().get(0)).duplicate()).isTrue();

        // a later qualifying purchase pays the referral again, once
        Transaction again = Transaction.builder("t-b3", "ben", at("2026-02-10T10:00")).currency("EUR").line("1", "beans", "30.00", 1).build();
        AccountResult repaid = ACCOUNTS.purchase(refunded.account(), again);
        assertThat(repaid.effects()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("referral-reward:ben:t-b3"));
        assertThat(ACCOUNTS.applyEffect(clawedBack.account(), repaid.effects().get(0)).applied()).isTrue();
    }

    @Test
    void a_partial_refund_that_keeps_the_minimum_spend_keeps_the_referral() {
        MemberAccount ben = ACCOUNTS.refer(ana, ACCOUNTS.open("ben", at("2026-02-01T09:00"), Optional.empty()), "ANA-FRIENDS",
                at("2026-02-01T09:00")).account();
        Transaction big = Transaction.builder("t-b2", "ben", at("2026-02-04T10:00")).currency("EUR").line("1", "beans", "25.00", 1)
                .line("2", "mug", "10.00", 1).build();
        MemberAccount bought = ACCOUNTS.purchase(ben, big).account();

        AccountResult mugBack = ACCOUNTS.refund(bought, new Refund("r-1", "ben", "t-b2", at("2026-02-05T10:00"), Map.of("2", 1)));
        AccountResult beansBack = ACCOUNTS.refund(mugBack.account(), new Refund("r-2", "ben", "t-b2", at("2026-02-06T10:00"), Map.of("1", 1)));

        assertThat(mugBack.effects()).isEmpty();
        assertThat(beansBack.effects()).extracting(e -> e.type()).containsExactly("referral-clawback");
    }

    @Test
    void a_partial_refund_reverses_the_returned_units_share_and_a_spent_balance_is_forfeited_not_owed() {
        Transaction t = Transaction.builder("t-1", "ana", at("2026-01-15T10:00")).currency("EUR").line("1", "beans", "120.00", 3, "beans").build();
        then(ACCOUNTS.purchase(ana, t));
        then(ACCOUNTS.redeemReward(ana, "x-mug", at("2026-02-01T10:00"), "mug"));
        assertThat(ana.available(at("2026-02-01T10:00"))).isEqualTo(60);

        // two of three units back: 360 x 2/3 = 240 points to reverse, 60 left in the account
        AccountResult r = then(ACCOUNTS.refund(ana, new Refund("r-1", "ana", "t-1", at("2026-02-02T10:00"), Map.of("1", 2))));

        assertThat(ana.total(LedgerEntry.Kind.REVERSED)).isEqualTo(60);
        assertThat(ana.total(LedgerEntry.Kind.FORFEITED)).isEqualTo(180);
        assertThat(r.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_REVERSED).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("180 already spent and forfeited"));
        assertThat(ana.available(at("2026-02-02T10:00"))).isZero();
        assertThat(ACCOUNTS.refund(ana, new Refund("r-2", "ana", "t-1", at("2026-02-03T10:00"), Map.of("1", 2))).rejected())
                .extracting(x -> x.code()).containsExactly(ReasonCode.ALREADY_REFUNDED);
    }
}
