package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.calendar.Calendars;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * P10: named calendars the host supplies (public holidays, a peak season) in conditions and voucher
 * blackouts: double points on the days of the peak season, a weekday bonus except on public holidays,
 * a voucher blacked out on them; each day whole in the program's (or store's) zone; next year's
 * holidays given from the host's own file without touching the rules.
 */
class NamedCalendarsTest {
    static final String RULES = """
            {"id": "shop", "currency": "EUR", "timeZone": "Europe/Amsterdam",
             "earnRules": [
               {"kind": "spend", "id": "base", "points": 1, "per": "1.00"},
               {"kind": "multiplier", "id": "peak-double", "factor": "2", "when": {"calendar": "peak"}},
               {"kind": "basketBonus", "id": "working-day-bonus", "points": 5, "minimumSpend": "5.00", "when": {"exceptCalendar": "nl-holidays"}}
             ],
             "vouchers": {"campaigns": [{"id": "ten-off", "benefit": {"type": "percentOff", "percent": "10"}, "code": "TENOFF",
                "restrictions": {"blackouts": [{"calendar": "nl-holidays"}]}}]}%s}
            """;
    static final String CALENDARS = """
            {"nl-holidays": ["2027-04-27", "2027-12-25..2027-12-26"], "peak": ["2027-11-26..2027-11-29"]}""";
    static final Program SHOP = RewardsJson.readProgram(RULES.formatted(", \"calendars\": " + CALENDARS));
    static final CompiledProgram COMPILED = Rewards.compile(SHOP);
    static final MemberState ANA = MemberState.enrolled("ana", Instant.parse("2027-01-01T10:00:00Z"), Currency.getInstance("EUR"));

    static Outcome buy(CompiledProgram p, String at) {
        return p.evaluate(ANA, Transaction.builder("t-1", "ana", Instant.parse(at)).currency("EUR")
                .line("1", "beans", "10.00", 1, "beans").voucher("TENOFF").build());
    }

    @Test
    void double_points_on_the_days_of_the_peak_season_each_day_whole_in_the_program_zone() {
        // 26 Nov 2027 00:00 in Amsterdam is 25 Nov 23:00 UTC; 29 Nov ends at 23:00 UTC
        assertThat(buy(COMPILED, "2027-11-25T22:59:59Z").verdict("peak-double").orElseThrow().reasons()).extracting(Reason::code, Reason::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReasonCode.CALENDAR_NOT_ELIGIBLE,
                        "applies on the days of calendar peak, not on 2027-11-25; next on 2027-11-26"));
        assertThat(buy(COMPILED, "2027-11-25T23:00:00Z").verdict("peak-double").orElseThrow().applied()).isTrue();
        assertThat(buy(COMPILED, "2027-11-29T22:59:59Z").verdict("peak-double").orElseThrow().applied()).isTrue();
        assertThat(buy(COMPILED, "2027-11-29T23:00:00Z").verdict("peak-double").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("applies on the days of calendar peak, not on 2027-11-30; it has no day after");
    }

    @Test
    void no_working_day_bonus_and_no_voucher_on_a_public_holiday() {
        Outcome kingsDay = buy(COMPILED, "2027-04-27T21:59:00Z");   // 23:59 in Amsterdam
        assertThat(kingsDay.verdict("working-day-bonus").orElseThrow().reasons()).extracting(Reason::message)
                .containsExactly("does not apply on the days of calendar nl-holidays, and 2027-04-27 is one");
        assertThat(kingsDay.voucher("TENOFF").orElseThrow().reason(ReasonCode.BLACKOUT)).hasValueSatisfying(r ->
                assertThat(r.message()).contains("on the days of calendar nl-holidays"));

        Outcome nextDay = buy(COMPILED, "2027-04-27T22:00:00Z");    // 00:00 on 28 April
        assertThat(nextDay.verdict("working-day-bonus").orElseThrow().applied()).isTrue();
        assertThat(nextDay.voucher("TENOFF").orElseThrow().applied()).isTrue();
        assertThat(buy(COMPILED, "2027-12-26T12:00:00Z").voucher("TENOFF").orElseThrow().hasReason(ReasonCode.BLACKOUT)).isTrue();
    }

    @Test
    void a_program_naming_calendars_it_does_not_hold_is_refused_naming_each_and_the_host_can_supply_them(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        assertThatThrownBy(() -> RewardsJson.readProgram(RULES.formatted("")))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.earnRules[1].when.calendar: no calendar 'peak'")
                .hasMessageContaining("$.earnRules[2].when.exceptCalendar: no calendar 'nl-holidays'")
                .hasMessageContaining("$.vouchers.campaigns[0].restrictions.blackouts[0].calendar: no calendar 'nl-holidays'");

        Path program = Files.writeString(dir.resolve("program.json"), RULES.formatted(""));
        Program supplied = RewardsJson.readProgram(program, RewardsJson.readCalendars(CALENDARS));
        assertThat(supplied).isEqualTo(SHOP);
        // next year: the host's file replaces the calendar of the same name
        Program nextYear = SHOP.withCalendars(Calendars.of(Map.of("nl-holidays", List.of("2028-04-27"))));
        assertThat(buy(Rewards.compile(nextYear), "2027-04-27T12:00:00Z").verdict("working-day-bonus").orElseThrow().applied()).isTrue();
        assertThat(buy(Rewards.compile(nextYear), "2028-04-27T12:00:00Z").verdict("working-day-bonus").orElseThrow().applied()).isFalse();
    }

    @Test
    void calendars_are_checked_whole_round_trip_through_json_and_show_in_the_terms() {
        assertThatThrownBy(() -> RewardsJson.readCalendars("{\"holidays\": [\"2027-13-01\", \"2027-05-02..2027-05-01\"], \"bad name!\": []}"))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.holidays[0]: expected a day such as 2027-04-27")
                .hasMessageContaining("$.holidays[1]: the range ends before it starts: 2027-05-02..2027-05-01")
                .hasMessageContaining("$.bad name!: a calendar's name is");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP))
                .contains("on the days of peak")
                .contains("except on the days of nl-holidays")
                .contains("## Calendars")
                .contains("- nl-holidays: 27 Apr 2027, 25 Dec 2027 to 26 Dec 2027.")
                .contains("not on the days of nl-holidays (store time)");
    }
}
