package dev.rewards.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.program.AccountPolicy.Expiry;
import dev.rewards.program.AccountPolicy.Expiry.RoundUp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** L8: expiry rounded up to the end of a month, quarter or year, and a yearly reset on a fixed date, in the program's zone. */
class ExpiryCalendarTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static Instant earned(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), AMSTERDAM).toInstant();
    }

    /** The last day the points can be used. */
    static LocalDate lastDay(Expiry e, String earnedAt) {
        return Expiry.lastDay(e.of(earned(earnedAt), AMSTERDAM).orElseThrow(), AMSTERDAM);
    }

    @Test
    void twelve_months_rounded_up_to_the_end_of_the_quarter_month_or_year() {
        assertThat(lastDay(Expiry.afterMonths(12).roundedUpTo(RoundUp.QUARTER), "2026-02-10T10:00")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(lastDay(Expiry.afterMonths(12).roundedUpTo(RoundUp.QUARTER), "2026-12-10T10:00")).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(lastDay(Expiry.afterMonths(12).roundedUpTo(RoundUp.MONTH), "2026-02-10T10:00")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(lastDay(Expiry.afterDays(30).roundedUpTo(RoundUp.YEAR), "2026-12-15T10:00")).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(lastDay(Expiry.afterMonths(12), "2026-02-10T10:00")).isEqualTo(LocalDate.of(2027, 2, 10));
    }

    @Test
    void a_yearly_reset_takes_the_points_earned_before_each_31_december_at_the_end_of_that_day() {
        Expiry reset = Expiry.yearlyOn(MonthDay.of(12, 31));

        assertThat(lastDay(reset, "2026-06-01T10:00")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lastDay(reset, "2026-12-30T23:59")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lastDay(reset, "2026-12-31T10:00")).as("earned on the reset day").isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(reset.of(earned("2026-06-01T10:00"), AMSTERDAM)).contains(earned("2027-01-01T00:00"));
    }

    @Test
    void a_reset_on_29_february_falls_on_28_february_in_other_years() {
        Expiry leap = Expiry.yearlyOn(MonthDay.of(2, 29));

        assertThat(lastDay(leap, "2027-01-10T10:00")).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(lastDay(leap, "2027-03-01T10:00")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void rounding_needs_a_relative_expiry_and_cannot_be_exact_to_the_minute() {
        assertThatThrownBy(() -> Expiry.yearlyOn(MonthDay.of(12, 31)).roundedUpTo(RoundUp.YEAR)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("roundUpTo: rounds monthsAfterEarning or daysAfterEarning, which are not given");
        assertThatThrownBy(() -> Expiry.afterMonths(12).atExactInstant().roundedUpTo(RoundUp.MONTH))
                .hasMessageContaining("roundUpTo: expires at the end of a period, not at an exact instant");
        assertThatThrownBy(() -> new Expiry(java.util.Optional.of(12), java.util.Optional.empty(), java.util.Optional.empty(), false,
                RoundUp.NONE, java.util.Optional.of(MonthDay.of(12, 31)))).hasMessageContaining("give one of monthsAfterEarning");
    }

    @Test
    void expiry_calendars_read_back_from_json_and_are_in_the_terms() {
        for (Expiry e : new Expiry[] {Expiry.afterMonths(12).roundedUpTo(RoundUp.QUARTER), Expiry.yearlyOn(MonthDay.of(12, 31))}) {
            Program p = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                    .accounts(AccountPolicy.NONE.withExpiry(e, 30)).build();
            assertThat(dev.rewards.json.RewardsJson.readProgram(dev.rewards.json.RewardsJson.write(p))).isEqualTo(p);
        }
        Program yearly = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .accounts(AccountPolicy.NONE.withExpiry(Expiry.yearlyOn(MonthDay.of(12, 31)), 30)).build();
        assertThat(dev.rewards.terms.Terms.markdown(yearly)).contains("Points expire every year on 31 December, at the end of the day");
        Program quarterly = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .accounts(AccountPolicy.NONE.withExpiry(Expiry.afterMonths(12).roundedUpTo(RoundUp.QUARTER), 30)).build();
        assertThat(dev.rewards.terms.Terms.markdown(quarterly)).contains("Points expire 12 months after the day you earn them, at the end of that quarter");
    }
}
