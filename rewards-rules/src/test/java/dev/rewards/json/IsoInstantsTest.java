package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.internal.IsoInstants;
import dev.rewards.testing.Properties;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of instants in JSON input gives what {@link Instant#parse} gives, instant or error, for any text. */
class IsoInstantsTest {
    @Test
    void reads_every_instant_as_instant_parse_does() {
        Properties.check().withExamples(2000).forAll(longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()), integers().between(0, 999_999_999)).checkAssert((s, nano) -> {
            Instant at = Instant.ofEpochSecond(s, nano % 4 == 0 ? 0 : nano % 3 == 0 ? nano / 1_000_000 * 1_000_000 : nano);
            assertThat(IsoInstants.parse(at.toString())).isEqualTo(at);
        });
    }

    @Test
    void text_altered_anywhere_gives_the_same_instant_or_the_same_error() {
        String alphabet = "0123456789-:TZ.+ x";
        Properties.check().withExamples(5000).forAll(longs().all(), integers().between(1, 3)).checkAssert((seed, edits) -> {
            Random r = new Random(seed);
            StringBuilder text = new StringBuilder(Instant.ofEpochSecond(r.nextInt(Integer.MAX_VALUE), r.nextInt(3) == 0 ? 0 : r.nextInt(1_000_000_000)).toString());
            for (int i = 0; i < edits; i++) {
                int at = r.nextInt(text.length());
                switch (r.nextInt(3)) {
                    case 0 -> text.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(at);
                    default -> text.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            assertSame(text.toString());
        });
    }

    @Test
    void dates_that_do_not_exist_and_odd_forms_are_left_to_instant_parse() {
        for (String text : new String[] {"2026-02-29T00:00:00Z", "2024-02-29T23:59:59Z", "2026-04-31T10:00:00Z", "2026-13-01T00:00:00Z",
                "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z", "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00.1234567890Z",
                "2026-01-01T10:00:00+01:00", "2026-01-01T10:00Z", "+12026-01-01T10:00:00Z", "2026-01-01t10:00:00z", "", "٢٠٢٦-01-01T10:00:00Z"}) {
            assertSame(text);
        }
    }

    private static void assertSame(String text) {
        assertThat(Readings.of(() -> IsoInstants.parse(text))).as(text).isEqualTo(Readings.of(() -> Instant.parse(text)));
    }
}
