package dev.rewards.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads an instant as {@link Instant#parse} does, fast for the form every input here carries
 * ({@code 2026-03-14T09:30:00Z}, with 0 to 9 digits of a second's fraction), where
 * {@code Instant.parse} walks a general formatter (about a microsecond a value: the largest cost of
 * reading a purchase from JSON). Anything else, valid or not, goes to {@code Instant.parse}, so the
 * same text gives the same instant or the same exception.
 */
public final class IsoInstants {
    private IsoInstants() {
    }

    public static Instant parse(CharSequence text) {
        Instant fast = text == null ? null : fast(text);
        return fast != null ? fast : Instant.parse(text);
    }

    private static Instant fast(CharSequence t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nano = 0;
        if (n > 20) {
            int fraction = n - 21; // the characters between '.' and 'Z'
            if (t.charAt(19) != '.' || fraction < 1 || fraction > 9) return null;
            nano = digits(t, 20, n - 1);
            for (int i = fraction; i < 9 && nano >= 0; i++) nano *= 10;
        } else if (t.charAt(19) != 'Z') {
            return null;
        }
        if ((year | month | day | hour | minute | second | nano) < 0 || month < 1 || month > 12 || day < 1 || hour > 23
                || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600 + minute * 60 + second, nano);
        } catch (DateTimeException e) {
            return null; // 30 February and the like: Instant.parse words the error
        }
    }

    /** The decimal number in {@code [from, to)}, or -1 if a character there is not an ASCII digit. */
    private static int digits(CharSequence t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
