package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Conditions;
import dev.rewards.program.Multiplier;
import dev.rewards.program.Occasion;
import dev.rewards.program.OccasionBonus;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.time.Instant;
import java.time.MonthDay;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L5: birthday and enrolment-anniversary rewards in the program's time zone: double points in the
 * birthday week, and bonus points or a voucher as the day begins; 29 February on 28 February in
 * common years; the last minute of a day against the first of the next.
 */
class OccasionsTest {
    static Program shop(String zone, Occasion occasion) {
        return Program.builder().id("shop").currency("EUR").timeZone(zone).earnRule(SpendRule.of("base", 1, "1.00"))
                .earnRule(Multiplier.of("birthday-double", "2").withWhen(Conditions.ALWAYS.on(occasion))).build();
    }

    static final MemberState ANA = MemberState.enrolled("ana", Instant.parse("2025-06-10T10:00:00Z"), Currency.getInstance("EUR"))
            .withBirthday(MonthDay.of(3, 12));

    static Outcome buy(Program p, MemberState m, String at) {
        return Rewards.compile(p).evaluate(m, Transaction.builder("t-1", m.id(), Instant.parse(at)).currency("EUR")
                .line("1", "beans", "10.00", 1, "beans").build());
    }

    @Test
    void double_points_all_week_of_the_birthday_monday_to_sunday_in_the_program_zone() {
        Program p = shop("Europe/Amsterdam", Occasion.birthday(Occasion.Span.WEEK));
        // 12 March 2026 is a Thursday: its week runs from Monday 9 to Sunday 15 March
        assertThat(buy(p, ANA, "2026-03-08T22:59:00Z").points()).isEqualTo(10);
        assertThat(buy(p, ANA, "2026-03-08T23:00:00Z").points()).isEqualTo(20);
        assertThat(buy(p, ANA, "2026-03-15T22:59:00Z").points()).isEqualTo(20);
        Outcome monday = buy(p, ANA, "2026-03-15T23:00:00Z");
        assertThat(monday.points()).isEqualTo(10);
        assertThat(monday.verdict("birthday-double").orElseThrow().reasons()).extracting(Reason::code, Reason::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.NOT_OCCASION,
                        "applies in the week of the member's birthday, not on 2026-03-16"));
        // the same instant is already Monday in Auckland
        assertThat(buy(shop("Pacific/Auckland", Occasion.birthday(Occasion.Span.WEEK)), ANA, "2026-03-15T10:59:00Z").points()).isEqualTo(20);
        assertThat(buy(shop("Pacific/Auckland", Occasion.birthday(Occasion.Span.WEEK)), ANA, "2026-03-15T11:00:00Z").points()).isEqualTo(10);
    }

    @Test
    void a_leap_day_birthday_falls_on_28_february_in_common_years_and_a_week_can_cross_the_new_year() {
        Program day = shop("UTC", Occasion.birthday(Occasion.Span.DAY));
        MemberState leap = ANA.withBirthday(MonthDay.of(2, 29));
        assertThat(buy(day, leap, "2027-02-28T12:00:00Z").points()).isEqualTo(20);
        assertThat(buy(day, leap, "2027-03-01T12:00:00Z").points()).isEqualTo(10);
        assertThat(buy(day, leap, "2028-02-28T12:00:00Z").points()).isEqualTo(10);
        assertThat(buy(day, leap, "2028-02-29T12:00:00Z").points()).isEqualTo(20);

        MemberState newYearsEve = ANA.withBirthday(MonthDay.of(12, 31));
        assertThat(buy(shop("UTC", Occasion.birthday(Occasion.Span.WEEK)), newYearsEve, "2027-01-03T12:00:00Z").points()).isEqualTo(20);
        assertThat(buy(shop("UTC", Occasion.birthday(Occasion.Span.WEEK)), newYearsEve, "2027-01-04T12:00:00Z").points()).isEqualTo(10);
    }

    @Test
    void the_anniversary_counts_from_the_first_one_and_an_unknown_birthday_is_said() {
        Program june = shop("UTC", Occasion.anniversary(Occasion.Span.MONTH));
        MemberState joinedToday = MemberState.enrolled("bob", Instant.parse("2026-06-01T08:00:00Z"), Currency.getInstance("EUR"));
        assertThat(buy(june, ANA, "2026-06-30T12:00:00Z").points()).isEqualTo(20);
        assertThat(buy(june, joinedToday, "2026-06-20T12:00:00Z").points()).isEqualTo(10);

        Outcome noBirthday = buy(shop("UTC", Occasion.birthday(Occasion.Span.DAY)), joinedToday, "2026-06-20T12:00:00Z");
        assertThat(noBirthday.verdict("birthday-double").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("applies in the member's birthday; the member's birthday is not known");
    }

    @Test
    void accounts_give_bonus_points_and_a_voucher_as_the_day_begins_once_a_year() {
        Program p = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(VoucherCampaign.withCode("cake", "CAKE-2026", Benefit.PercentOff.of("10"))))
                .accounts(AccountPolicy.NONE.withOccasionBonuses(OccasionBonus.points("birthday", Occasion.Kind.BIRTHDAY, 100),
                        OccasionBonus.points("anniversary", Occasion.Kind.ENROLMENT_ANNIVERSARY, 50).withVoucher("cake")))
                .build();
        Accounts accounts = new Accounts(Rewards.compile(p));
        MemberAccount ana = accounts.open("ana", Instant.parse("2025-06-10T10:00:00Z"), Optional.empty()).withBirthday(Optional.of(MonthDay.of(3, 29)));

        // 29 March 2026 begins at 23:00 UTC on the 28th in Amsterdam (summer time starts later that night)
        assertThat(accounts.advance(ana, Instant.parse("2026-03-28T22:59:59Z")).account().available(Instant.parse("2026-03-28T22:59:59Z"))).isZero();
        AccountResult birthday = accounts.advance(ana, Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(birthday.account().available(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(100);
        assertThat(birthday.events()).extracting(AccountEvent::message).containsExactly("100 points for the member's birthday");

        AccountResult year = accounts.advance(birthday.account(), Instant.parse("2027-03-31T00:00:00Z"));
        assertThat(year.events()).extracting(AccountEvent::type, AccountEvent::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AccountEvent.Type.POINTS_EARNED, 50L),
                org.assertj.core.groups.Tuple.tuple(AccountEvent.Type.VOUCHER_ISSUED, 0L),
                org.assertj.core.groups.Tuple.tuple(AccountEvent.Type.POINTS_EARNED, 100L));
        assertThat(year.account().available(Instant.parse("2027-03-31T00:00:00Z"))).isEqualTo(250);
        // a member whose birthday the host did not give gets the anniversary only
        MemberAccount bob = accounts.open("bob", Instant.parse("2025-06-10T10:00:00Z"), Optional.empty());
        assertThat(accounts.advance(bob, Instant.parse("2027-03-31T00:00:00Z")).account().available(Instant.parse("2027-03-31T00:00:00Z")))
                .isEqualTo(50);

        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(RewardsJson.readAccount(RewardsJson.write(ana))).isEqualTo(ana);
        assertThat(RewardsJson.write(ana)).contains("\"birthday\":\"03-29\"");
        assertThat(Terms.markdown(p)).contains("- On your birthday (28 February in common years for a 29 February birthday): 100 bonus points.")
                .contains("- On each anniversary of your joining: 50 bonus points and a voucher (cake).");
        assertThat(Terms.markdown(shop("UTC", Occasion.birthday(Occasion.Span.WEEK)))).contains("in the week of your birthday");
    }

    @Test
    void a_member_file_and_a_rule_say_birthdays_in_json() {
        MemberState m = RewardsJson.readMember(RewardsJson.parse("""
                {"id": "ana", "enrolledAt": "2025-06-10T10:00:00Z", "currency": "EUR", "birthday": "03-12"}"""));
        assertThat(m.birthday()).contains(MonthDay.of(3, 12));
        Program p = RewardsJson.readProgram("""
                {"id": "shop", "currency": "EUR", "timeZone": "UTC", "earnRules": [
                  {"kind": "multiplier", "id": "birthday-double", "factor": "2", "when": {"occasion": {"kind": "BIRTHDAY", "span": "MONTH"}}}]}""");
        assertThat(p.earnRules().get(0)).isEqualTo(Multiplier.of("birthday-double", "2").withWhen(Conditions.ALWAYS.on(Occasion.birthday(Occasion.Span.MONTH))));
    }
}
