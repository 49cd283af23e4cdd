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

    private Fraction(BigInteger num, BigInteger den) {
        BigInteger g = num.gcd(den);
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        this.num = num;
        this.den = den;
    }

    static Fraction of(BigDecimal d) {
        return d.scale() >= 0 ? new Fraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new Fraction(d.toBigIntegerExact(), BigInteger.ONE);
    }

    /** {@code a * b / c}, exactly. */
    static Fraction of(BigDecimal a, BigDecimal b, BigDecimal c) {
        return of(a).times(of(b)).dividedBy(of(c));
    }

    Fraction plus(Fraction o) {
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
        return o instanceof Fraction f && num.equals(f.num) && den.equals(f.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
