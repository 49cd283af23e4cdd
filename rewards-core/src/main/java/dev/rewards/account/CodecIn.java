package dev.rewards.account;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reader of {@link AccountCodec}'s forms, the mirror of {@link CodecOut} for version 2 and of the
 * first form (version 1: every instant as seconds and nanoseconds from the clock, every amount as
 * scale, width and value, strings whole), which stores written before version 2 still hold.
 * A malformed input fails with an {@link IllegalArgumentException}. Not thread-safe.
 */
final class CodecIn {
    private final byte[] b;
    private int i;
    private final List<String> strings = new ArrayList<>();
    private String lastNew = "";
    private final List<Instant> instants = new ArrayList<>();
    private int version;
    private Instant clock = Instant.EPOCH;
    private Instant previous = Instant.EPOCH;

    CodecIn(byte[] b) {
        this.b = b;
    }

    void version(int version) {
        this.version = version;
    }

    long num() {
        long z = unsigned();
        return (z >>> 1) ^ -(z & 1);
    }

    long unsigned() {
        long z = 0;
        int shift = 0;
        while (true) {
            if (i >= b.length) throw new IllegalArgumentException("an account's bytes end early, at " + i);
            byte x = b[i++];
            z |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) return z;
            shift += 7;
            if (shift > 63) throw new IllegalArgumentException("a number runs too long at " + i);
        }
    }

    String str() {
        long n = num();
        if (n > 0) return strings.get((int) (n - 1));
        int length = (int) (-n - 1);
        int prefix = version >= 2 ? (int) unsigned() : 0;
        if (i + length > b.length) throw new IllegalArgumentException("a string runs past the end at " + i);
        String s = lastNew.substring(0, prefix) + new String(b, i, length, StandardCharsets.UTF_8);
        i += length;
        strings.add(s);
        lastNew = s;
        return s;
    }

    /** The clock, base of the others. */
    Instant time() {
        long seconds = num();
        Instant t = Instant.ofEpochSecond(seconds, num());
        clock = t;
        previous = t;
        return t;
    }

    Instant at() {
        if (version < 2) {
            long seconds = clock.getEpochSecond() + num();
            return Instant.ofEpochSecond(seconds, num());
        }
        long w = unsigned();
        Instant t;
        if ((w & 1) == 0) {
            t = instants.get((int) (w >>> 1));
        } else {
            int ref = (int) (w >>> 1) & 3;
            int unit = (int) (w >>> 3) & 7;
            long z = w >>> 6;
            long value = (z >>> 1) ^ -(z & 1);
            Instant from = ref == 0 ? clock : ref == 1 ? Instant.EPOCH : previous;
            t = unit == 0 ? from.plusSeconds(value).plusNanos(unsigned()) : from.plusMillis(value * CodecOut.UNIT_MILLIS[unit]);
            instants.add(t);
        }
        previous = t;
        return t;
    }

    /** The instant of version 1's absolute form (the enrolment), or of version 2's. */
    Instant absolute() {
        if (version < 2) return Instant.ofEpochSecond(num(), num());
        return at();
    }

    BigDecimal dec() {
        if (version < 2) {
            int scale = (int) num();
            long width = num();
            if (width == 0) return BigDecimal.valueOf(num(), scale);
            return big(scale, (int) width);
        }
        long w = unsigned();
        if (w != 0) {
            long z = w >>> 4;
            return BigDecimal.valueOf((z >>> 1) ^ -(z & 1), (int) (w & 15) - 1);
        }
        int scale = (int) num();
        return big(scale, (int) num());
    }

    private BigDecimal big(int scale, int width) {
        if (width < 0 || i + width > b.length) throw new IllegalArgumentException("an amount runs past the end at " + i);
        byte[] u = java.util.Arrays.copyOfRange(b, i, i + width);
        i += width;
        return new BigDecimal(new BigInteger(u), scale);
    }

    <T> Optional<T> opt(Supplier<T> read) {
        return num() == 1 ? Optional.of(read.get()) : Optional.empty();
    }

    <T> List<T> list(Supplier<T> read) {
        int n = (int) num();
        List<T> out = new ArrayList<>(Math.min(n, 1024));
        for (int k = 0; k < n; k++) out.add(read.get());
        return out;
    }

    <T> Map<String, T> map(Supplier<T> read) {
        int n = (int) num();
        Map<String, T> out = new LinkedHashMap<>(Math.min(n, 1024) * 2);
        for (int k = 0; k < n; k++) {
            String key = str();
            out.put(key, read.get());
        }
        return out;
    }
}
