package dev.rewards.rules.internal.kind;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number. Points are kept as fractions until they are rounded once,
 * so that 1 point per 3.00 EUR on 9.00 EUR is exactly 3 and never 2.999...
 *
 * <p>Held in two {@code long}s while they fit (the usual case: amounts in cents, small factors), in
 * {@link BigInteger}s from the first operation that would overflow; both forms are exact. Terms are
 * not reduced: a gcd per operation costs more than the few operations of an evaluation save.
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);

    private static final BigInteger[] POWERS_OF_TEN = new BigInteger[19];
    private static final long[] LONG_POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = BigInteger.TEN.pow(i);
            LONG_POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    /** The long form, meaningful while {@code big} is null. */
    private final long num;
    private final long den;
    /** The BigInteger form, or null while the longs hold the value. */
    private final BigInteger bigNum;
    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    public static Fraction of(BigDecimal d) {
        if (d.scale() < 0) return big(d.toBigIntegerExact(), BigInteger.ONE);
        BigInteger unscaled = d.unscaledValue();
        if (d.scale() < LONG_POWERS_OF_TEN.length && unscaled.bitLength() < 63) {
            return new Fraction(unscaled.longValue(), LONG_POWERS_OF_TEN[d.scale()]);
        }
        BigInteger den = d.scale() < POWERS_OF_TEN.length ? POWERS_OF_TEN[d.scale()] : BigInteger.TEN.pow(d.scale());
        return big(unscaled, den);
    }

    /** {@code a * b / c}, exactly. */
    public static Fraction of(BigDecimal a, BigDecimal b, BigDecimal c) {
        return of(a).times(of(b)).dividedBy(of(c));
    }

    private static Fraction big(BigInteger num, BigInteger den) {
        return new Fraction(num, den);
    }

    private boolean isBig() {
        return bigNum != null;
    }

    private BigInteger bigNum() {
        return isBig() ? bigNum : BigInteger.valueOf(num);
    }

    private BigInteger bigDen() {
        return isBig() ? bigDen : BigInteger.valueOf(den);
    }

    public Fraction plus(Fraction o) {
        if (o.isZero()) return this;
        if (isZero()) return o;
        if (!isBig() && !o.isBig()) {
            if (den == o.den) {
                long sum = num + o.num;
                if (((num ^ sum) & (o.num ^ sum)) >= 0) return new Fraction(sum, den);
            } else if (fits(num, o.den) && fits(o.num, den) && fits(den, o.den)) {
                long a = num * o.den;
                long b = o.num * den;
                long sum = a + b;
                if (((a ^ sum) & (b ^ sum)) >= 0) return new Fraction(sum, den * o.den);
            }
        }
        if (bigDen().equals(o.bigDen())) return big(bigNum().add(o.bigNum()), bigDen());
        return big(bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())), bigDen().multiply(o.bigDen()));
    }

    public Fraction times(Fraction o) {
        if (!isBig() && !o.isBig() && fits(num, o.num) && fits(den, o.den)) return new Fraction(num * o.num, den * o.den);
        return big(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
    }

    /** Division by a positive fraction. */
    public Fraction dividedBy(Fraction o) {
        if (!isBig() && !o.isBig() && fits(num, o.den) && fits(den, o.num)) return new Fraction(num * o.den, den * o.num);
        return big(bigNum().multiply(o.bigDen()), bigDen().multiply(o.bigNum()));
    }

    /**
     * Whether {@code a * b} fits in a long. Checked without {@code Math.multiplyExact}: its overflow
     * exception, taken often (sums of terms with different denominators), made the JIT deoptimise the
     * caller again and again (21,000 times in a 200,000-purchase simulation, most of its time).
     */
    private static boolean fits(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == (low >> 63);
    }

    public long floor() {
        return isBig() ? bigNum.divide(bigDen).longValueExact() : num / den;
    }

    /** What is left above the floor, in [0, 1). */
    public Fraction fractionalPart() {
        return isBig() ? big(bigNum.mod(bigDen), bigDen) : new Fraction(num % den, den);
    }

    public long round(RoundingMode mode) {
        return new BigDecimal(bigNum()).divide(new BigDecimal(bigDen()), 0, mode).longValueExact();
    }

    /** An approximation for fast ordering; exact comparison decides when two are this close. */
    public double approximately() {
        if (!isBig()) return (double) num / den;
        return new BigDecimal(bigNum).divide(new BigDecimal(bigDen), MathContext.DECIMAL64).doubleValue();
    }

    public boolean isZero() {
        return isBig() ? bigNum.signum() == 0 : num == 0;
    }

    @Override
    public int compareTo(Fraction o) {
        if (!isBig() && !o.isBig()) {
            long hi1 = Math.multiplyHigh(num, o.den);
            long hi2 = Math.multiplyHigh(o.num, den);
            if (hi1 == 0 && hi2 == 0) return Long.compareUnsigned(num * o.den, o.num * den);
        }
        return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        BigInteger n = bigNum();
        BigInteger d = bigDen();
        BigInteger g = n.gcd(d);
        return g.signum() == 0 ? 0 : n.divide(g).hashCode() * 31 + d.divide(g).hashCode();
    }

    @Override
    public String toString() {
        BigInteger n = bigNum();
        BigInteger d = bigDen();
        BigInteger g = n.gcd(d);
        if (g.signum() != 0) {
            n = n.divide(g);
            d = d.divide(g);
        }
        return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }
}
