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
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.reason.Shortfall;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates customers read hold for the whole day (P7), and a member starts in the tier a total of nothing
 * reaches (T1, T4): two ways a member's account used to be wrong by a day or by a tier.
 */
class LifecycleDatesTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Program cafe(AccountPolicy.Expiry expiry) {
        return Program.builder().id("cafe").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("gold", "500.00"))
                .accounts(AccountPolicy.NONE.withExpiry(expiry, 7))
                .build();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }

    private static Transaction buy(String id, String when, String amount) {
        return Transaction.builder(id, "ana", at(when)).currency("EUR").line("1", "beans", amount, 1, "beans").build();
    }

    /** Ana earns 20 points on 7 March 2026 at 10:00 and spends none. */
    private static MemberAccount earnedOnTheSeventh(Accounts accounts) {
        MemberAccount ana = accounts.open("ana", at("2026-01-10T09:00"), Optional.empty());
        return accounts.purchase(ana, buy("t-1", "2026-03-07T10:00", "20.00")).account();
    }

    @Test
    void points_twelve_months_old_can_be_used_all_of_their_last_day_and_the_notice_names_it() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.afterMonths(12))));
        MemberAccount ana = earnedOnTheSeventh(accounts);

        AccountResult notice = accounts.advance(ana, at("2027-03-02T00:00"));
        MemberAccount lastEvening = accounts.advance(notice.account(), at("2027-03-07T23:59:59")).account();
        AccountResult midnight = accounts.advance(lastEvening, at("2027-03-08T00:00"));

        assertThat(notice.events()).filteredOn(e -> e.type() == AccountEvent.Type.POINTS_EXPIRING_SOON)
                .singleElement().satisfies(e -> assertThat(e.message()).contains("20 points expire at the end of 2027-03-07"));
        assertThat(accounts.statement(notice.account(), at("2027-03-02T00:00")).expiringSoon())
                .containsExactly(new AccountStatement.Expiring(LocalDate.of(2027, 3, 7), 20));
        assertThat(lastEvening.available(at("2027-03-07T23:59:59"))).isEqualTo(20);
        assertThat(midnight.account().available(at("2027-03-08T00:00"))).isZero();
        assertThat(midnight.events()).extracting(AccountEvent::type).contains(AccountEvent.Type.POINTS_EXPIRED);
    }

    @Test
    void a_refused_redemption_still_reports_the_expiry_that_fell_due_before_it() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.afterMonths(12))));
        MemberAccount ana = earnedOnTheSeventh(accounts);

        AccountResult refused = accounts.redeemReward(ana, "x-1", at("2027-03-10T09:00"), "mug");

        assertThat(refused.applied()).isFalse();
        assertThat(refused.events()).extracting(AccountEvent::type).contains(AccountEvent.Type.POINTS_EXPIRED);
        assertThat(refused.account().available(at("2027-03-10T09:00"))).isZero();
        assertThat(refused.account().hasApplied("x-1")).isFalse();
    }

    @Test
    void expiry_to_the_instant_when_the_program_says_so() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.afterMonths(12).atExactInstant())));
        MemberAccount ana = earnedOnTheSeventh(accounts);

        assertThat(accounts.advance(ana, at("2027-03-07T09:59")).account().available(at("2027-03-07T09:59"))).isEqualTo(20);
        assertThat(accounts.advance(ana, at("2027-03-07T10:00")).account().available(at("2027-03-07T10:00"))).isZero();
    }

    @Test
    void expiry_in_days_counts_whole_days_too() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.afterDays(30))));
        MemberAccount ana = earnedOnTheSeventh(accounts);

        assertThat(accounts.advance(ana, at("2026-04-06T23:00")).account().available(at("2026-04-06T23:00"))).isEqualTo(20);
        assertThat(accounts.advance(ana, at("2026-04-07T00:00")).account().available(at("2026-04-07T00:00"))).isZero();
    }

    @Test
    void points_earned_before_a_fixed_date_can_be_used_on_that_date() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.on(LocalDate.of(2026, 12, 31)))));
        MemberAccount ana = earnedOnTheSeventh(accounts);

        assertThat(accounts.advance(ana, at("2026-12-31T22:00")).account().available(at("2026-12-31T22:00"))).isEqualTo(20);
        assertThat(accounts.advance(ana, at("2027-01-01T00:00")).account().available(at("2027-01-01T00:00"))).isZero();
    }

    @Test
    void expiry_settings_read_and_write_as_json() {
        Program days = cafe(AccountPolicy.Expiry.afterDays(90).atExactInstant());

        assertThat(RewardsJson.readProgram(RewardsJson.write(days))).isEqualTo(days);
        assertThat(RewardsJson.write(days).replaceAll("\\s", "")).contains("\"expiry\":{\"daysAfterEarning\":90,\"exactInstant\":true}");
    }

    @Test
    void a_new_member_starts_in_the_tier_whose_threshold_is_zero() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.NEVER)));

        MemberAccount ana = accounts.open("ana", at("2026-01-10T09:00"), Optional.empty());
        AccountStatement statement = accounts.statement(ana, at("2026-01-10T09:00"));

        assertThat(ana.tier()).contains("green");
        assertThat(statement.tier()).contains("green");
        assertThat(statement.nextTier()).contains("gold");
        assertThat(statement.toNextTier()).contains(new Shortfall(new BigDecimal("500.00"), "EUR"));
    }

    @Test
    void an_imported_member_gets_the_tier_their_totals_reach_when_it_is_higher_than_the_one_given() {
        Accounts accounts = new Accounts(Rewards.compile(cafe(AccountPolicy.Expiry.NEVER)));
        MemberState bought600 = MemberState.enrolled("ben", at("2025-01-01T00:00"), Currency.getInstance("EUR"))
                .withQualifying(Money.of("600.00", "EUR"), 600, 12);

        assertThat(accounts.importState(bought600, at("2026-02-01T00:00"), Optional.empty()).tier()).contains("gold");
        assertThat(accounts.importState(MemberState.guest("gus", Currency.getInstance("EUR")), at("2026-02-01T00:00"), Optional.empty())
                .tier()).isEmpty();
    }
}
