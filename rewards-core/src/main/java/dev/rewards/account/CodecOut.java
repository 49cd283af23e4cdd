package dev.rewards.account;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The writer of {@link AccountCodec}'s version 2 (A4): variable-length numbers; each string once, a new
 * one sharing its start with the string written before it; each instant once, then by number, a new
 * one as the shortest of its distance from the clock, from the epoch or from the instant written just
 * before, in days, hours, minutes, seconds or milliseconds (the unit that divides it); an amount as one
 * number holding its unscaled value and scale. {@link CodecIn} reads it back. Not thread-safe.
 */
final class CodecOut {
    static final long[] UNIT_MILLIS = {0, 1, 1_000, 60_000, 3_600_000, 86_400_000};

    // a plain array: ByteArrayOutputStream takes a lock per byte, which was most of the simulator's time
    private byte[] bytes = new byte[1024];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();
    private String lastNew = "";
    /** The instants written, by number: an open-addressed table of seconds and nanoseconds (no boxing). */
    private long[] seconds = new long[256];
    private int[] nanos = new int[256];
    private int[] numbers = new int[256];
    private int instantCount;
    private Instant clock;
    private Instant previous;

    /** Ready for one account whose clock is {@code clock}. */
    CodecOut reset(Instant clock) {
        this.clock = clock;
        this.previous = clock;
        size = 0;
        if (bytes.length > 1 << 16) bytes = new byte[1024]; // a long account once does not keep its buffer
        strings.clear();
        lastNew = "";
        if (numbers.length > 4096) {
            seconds = new long[256];
            nanos = new int[256];
            numbers = new int[256];
        } else if (instantCount > 0) {
            Arrays.fill(numbers, 0);
        }
        instantCount = 0;
        return this;
    }

    /** A signed number, zigzagged so that small negatives stay small. */
    void num(long v) {
        unsigned((v << 1) ^ (v >> 63));
    }

    void unsigned(long z) {
        if (size + 10 > bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        while ((z & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        bytes[size++] = (byte) z;
    }

    private void raw(byte[] b) {
        if (size + b.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void str(String s) {
        Integer known = strings.get(s);
        if (known != null) {
            num(known + 1L);
            return;
        }
        strings.put(s, strings.size());
        int prefix = 0;
        int max = Math.min(s.length(), lastNew.length());
        while (prefix < max && s.charAt(prefix) == lastNew.charAt(prefix)) prefix++;
        if (prefix > 0 && prefix < s.length() && Character.isLowSurrogate(s.charAt(prefix))) prefix--; // never split a pair
        byte[] suffix = s.substring(prefix).getBytes(StandardCharsets.UTF_8);
        num(-(long) suffix.length - 1);
        unsigned(prefix);
        raw(suffix);
        lastNew = s;
    }

    /** The clock itself, the base of the others. */
    void time(Instant t) {
        num(t.getEpochSecond());
        num(t.getNano());
    }

    void at(Instant t) {
        int known = numberOf(t);
        if (known >= 0) {
            unsigned((long) known << 1);
            previous = t;
            return;
        }
        long best = -1;
        long bestNanos = -1;
        int bestWidth = Integer.MAX_VALUE;
        for (int ref = 0; ref < 3; ref++) {
            Instant from = ref == 0 ? clock : ref == 1 ? Instant.EPOCH : previous;
            long s = t.getEpochSecond() - from.getEpochSecond();
            long n = t.getNano() - from.getNano();
            if (n < 0) {
                n += 1_000_000_000L;
                s--;
            }
            long word;
            long extra = -1;
            if (n % 1_000_000 == 0 && Math.abs(s) < (1L << 40)) {
                long millis = s * 1000 + n / 1_000_000;
                int unit = UNIT_MILLIS.length - 1;
                while (millis % UNIT_MILLIS[unit] != 0) unit--;
                word = zigzag(millis / UNIT_MILLIS[unit]) << 6 | (long) unit << 3 | (long) ref << 1 | 1;
            } else if (Math.abs(s) < (1L << 55)) {
                word = zigzag(s) << 6 | (long) ref << 1 | 1;
                extra = n;
            } else {
                continue;
            }
            int width = width(word) + (extra < 0 ? 0 : width(extra));
            if (width < bestWidth) {
                best = word;
                bestNanos = extra;
                bestWidth = width;
            }
        }
        unsigned(best);
        if (bestNanos >= 0) unsigned(bestNanos);
        remember(t);
        previous = t;
    }

    private int slot(long s, int n) {
        long h = s * 0x9E3779B97F4A7C15L + n;
        return (int) (h ^ (h >>> 29)) & (numbers.length - 1);
    }

    /** The number of an instant written before, or -1. Slots hold number + 1; 0 is empty. */
    private int numberOf(Instant t) {
        long s = t.getEpochSecond();
        int n = t.getNano();
        for (int i = slot(s, n); numbers[i] != 0; i = (i + 1) & (numbers.length - 1)) {
            if (seconds[i] == s && nanos[i] == n) return numbers[i] - 1;
        }
        return -1;
    }

    private void remember(Instant t) {
        if ((instantCount + 1) * 2 > numbers.length) grow();
        put(t.getEpochSecond(), t.getNano(), ++instantCount);
    }

    private void put(long s, int n, int number) {
        int i = slot(s, n);
        while (numbers[i] != 0) i = (i + 1) & (numbers.length - 1);
        seconds[i] = s;
        nanos[i] = n;
        numbers[i] = number;
    }

    private void grow() {
        long[] oldSeconds = seconds;
        int[] oldNanos = nanos;
        int[] oldNumbers = numbers;
        seconds = new long[oldNumbers.length * 2];
        nanos = new int[oldNumbers.length * 2];
        numbers = new int[oldNumbers.length * 2];
        for (int i = 0; i < oldNumbers.length; i++) if (oldNumbers[i] != 0) put(oldSeconds[i], oldNanos[i], oldNumbers[i]);
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static int width(long unsigned) {
        return Math.max(1, (64 - Long.numberOfLeadingZeros(unsigned) + 6) / 7);
    }

    void dec(BigDecimal d) {
        int scale = d.scale();
        BigInteger u = d.unscaledValue();
        if (scale >= -1 && scale <= 14 && u.bitLength() <= 55) {
            unsigned(zigzag(u.longValue()) << 4 | (scale + 1));
            return;
        }
        unsigned(0);
        num(scale);
        byte[] b = u.toByteArray();
        num(b.length);
        raw(b);
    }

    void flag(boolean b) {
        unsigned(b ? 2 : 0); // as the signed 1 and 0 the first form wrote
    }

    void optStr(Optional<String> v) {
        flag(v.isPresent());
        if (v.isPresent()) str(v.get());
    }
}
