package dev.rewards.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rewards.testing.Properties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A3: challenge and action counts are dropped once their period ended before the account's horizon
 * ({@link AccountHistory#trim}); the period is read from the count's key. A lifetime count, or a key
 * naming no period, is never dropped.
 */
class ProgressKeysTest {
    private static Instant midnight(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Test
    void a_count_goes_once_its_period_started_before_the_cut_and_not_a_day_sooner() {
        Properties.check().forAll(integers().between(-40_000, 40_000), integers().between(-800, 800)).checkAssert((start, gap) -> {
            LocalDate period = LocalDate.of(2026, 1, 1).plusDays(start);
            LocalDate cut = period.plusDays(gap);
            boolean dropped = AccountHistory.progressAt("challenge:five-a-month|" + period).isBefore(midnight(cut));
            assertThat(dropped).as("period %s, cut %s", period, cut).isEqualTo(period.isBefore(cut));
        });
    }

    @Test
    void a_rolling_window_reward_is_dated_by_its_instant() {
        assertThat(AccountHistory.progressAt("action:review@2026-03-04T10:15:30Z")).isEqualTo(Instant.parse("2026-03-04T10:15:30Z"));
    }

    @Test
    void lifetime_counts_and_keys_without_a_period_are_never_dropped() {
        assertThat(AccountHistory.progressAt("challenge:ten-ever|" + AccountCalendar.LIFETIME_START)).isEqualTo(Instant.MAX);
        assertThat(AccountHistory.progressAt("challenge:no-period")).isEqualTo(Instant.MAX);
        assertThat(AccountHistory.progressAt("challenge:odd|not-a-date")).isEqualTo(Instant.MAX);
        assertThat(AccountHistory.progressAt("action:review@not-an-instant")).isEqualTo(Instant.MAX);
    }

    @Test
    void a_period_in_a_year_past_9999_is_read_as_the_date_it_names() {
        LocalDate far = LocalDate.of(12026, 5, 1);
        assertThat(AccountHistory.progressAt("challenge:x|" + far)).isEqualTo(midnight(far));
    }
}
