package dev.rewards.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.testing.Properties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The remembered local days of an account calendar ({@link LocalDays}) answer as the zone's rules do,
 * in zones whose clocks jump at midnight too (Sao Paulo until 2019, Tehran until 2022), in any order
 * of questions and from many threads at once.
 */
class LocalDaysTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("Asia/Tehran"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"), ZoneId.of("America/St_Johns"));
    private static final long FROM = Instant.parse("2010-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2030-01-01T00:00:00Z").getEpochSecond();

    @Test
    void every_date_and_start_of_day_is_the_zones_own() {
        Properties.check().forAll(integers().between(0, ZONES.size() - 1), longs().all()).checkAssert((z, seed) -> {
            ZoneId zone = ZONES.get(z);
            LocalDays days = new LocalDays(zone);
            Random r = new Random(seed);
            Instant at = Instant.ofEpochSecond(FROM + Math.floorMod(r.nextLong(), TO - FROM));
            for (int i = 0; i < 300; i++) {
                // mostly small steps, as a member's operations come, sometimes a jump anywhere (another member, another thread)
                at = r.nextInt(10) == 0 ? Instant.ofEpochSecond(FROM + Math.floorMod(r.nextLong(), TO - FROM))
                        : at.plusSeconds(r.nextInt(3 * 86_400) - 86_400);
                LocalDate date = days.dateOf(at);
                assertThat(date).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone));
                assertThat(days.startOf(date)).as("start of %s in %s", date, zone).isEqualTo(date.atStartOfDay(zone).toInstant());
                LocalDate other = date.plusDays(r.nextInt(800) - 400);
                assertThat(days.startOf(other)).isEqualTo(other.atStartOfDay(zone).toInstant());
            }
        });
    }

    @Test
    void the_days_around_clock_changes_at_midnight() {
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        LocalDays days = new LocalDays(saoPaulo);
        // 4 November 2018: clocks went from 00:00 to 01:00, so that day started at 01:00 local time
        assertThat(days.startOf(LocalDate.of(2018, 11, 4))).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        assertThat(days.dateOf(Instant.parse("2018-11-04T02:59:59Z"))).isEqualTo(LocalDate.of(2018, 11, 3));
        assertThat(days.dateOf(Instant.parse("2018-11-04T03:00:00Z"))).isEqualTo(LocalDate.of(2018, 11, 4));
    }

    @Test
    void threads_sharing_one_calendar_get_the_same_answers() throws Exception {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        LocalDays days = new LocalDays(zone);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> checked = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                checked.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    int n = 0;
                    for (int i = 0; i < 50_000; i++, n++) {
                        Instant at = Instant.ofEpochSecond(FROM + Math.floorMod(r.nextLong(), TO - FROM));
                        LocalDate date = days.dateOf(at);
                        if (!date.equals(LocalDate.ofInstant(at, zone)) || !days.startOf(date).equals(date.atStartOfDay(zone).toInstant())) {
                            throw new AssertionError("wrong day for " + at);
                        }
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : checked) assertThat(f.get()).isEqualTo(50_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
