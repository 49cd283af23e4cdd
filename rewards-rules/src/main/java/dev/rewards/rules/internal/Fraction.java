package dev.rewards.rules.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative rational number. Points are kept as fractions until they are rounded once,
 * so that 1 point per 3.00 EUR on 9.00 EUR is exactly 3 and never 2.999...
 */
final class Fraction implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    private final BigInteger num;
    private final BigInteger den;

    private static final BigInteger[] POWERS_OF_TEN = new BigInteger[19];

    static {
        for (int i = 0; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = BigInteger.TEN.pow(i);
    }

    /** Not reduced: reducing costs a gcd per operation, and the few operations of an evaluation keep terms small. */
    private Fraction(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Fraction of(BigDecimal d) {
        if (d.scale() < 0) return new Fraction(d.toBigIntegerExact(), BigInteger.ONE);
        BigInteger den = d.scale() < POWERS_OF_TEN.length ? POWERS_OF_TEN[d.scale()] : BigInteger.TEN.pow(d.scale());
        return new Fraction(d.unscaledValue(), den);
    }

    /** {@code a * b / c}, exactly. */
    static Fraction of(BigDecimal a, BigDecimal b, BigDecimal c) {
        return of(a).times(of(b)).dividedBy(of(c));
    }

    Fraction plus(Fraction o) {
        if (o.num.signum() == 0) return this;
        if (num.signum() == 0) return o;
        if (den.equals(o.den)) return new Fraction(num.add(o.num), den);
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
        return new Fraction(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction dividedBy(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    long floor() {
        return num.divide(den).longValueExact();
    }

    /** What is left above the floor, in [0, 1). */
    Fraction fractionalPart() {
        return new Fraction(num.mod(den), den);
    }

    /** An approximation for fast ordering; exact comparison decides when two are this close. */
    double approximately() {
        return new BigDecimal(num).divide(new BigDecimal(den), java.math.MathContext.DECIMAL64).doubleValue();
    }

    long round(RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), 0, mode).longValueExact();
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        BigInteger g = num.gcd(den);
        return g.signum() == 0 ? 0 : num.divide(g).hashCode() * 31 + den.divide(g).hashCode();
    }

    @Override
    public String toString() {
        BigInteger g = num.gcd(den);
        BigInteger n = g.signum() == 0 ? num : num.divide(g);
        BigInteger d = g.signum() == 0 ? den : den.divide(g);
        return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }
}
