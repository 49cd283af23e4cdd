package dev.rewards.rules.internal.kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.testing.Properties;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Fraction keeps longs while they fit and BigIntegers after; both must give the exact answers. */
class FractionTest {

    /** Decimals from tiny to large enough to overflow a long when multiplied. */
    private static final Gen<BigDecimal> DECIMALS = longs().between(0, Long.MAX_VALUE / 4)
            .zip(integers().between(0, 6), integers().between(0, 3),
                    (unscaled, scale, size) -> BigDecimal.valueOf(size == 0 ? unscaled : unscaled % 100_000, scale));

    /** The reference: num/den in BigInteger, compared by cross multiplication. */
    private record Exact(BigInteger num, BigInteger den) {
        static Exact of(BigDecimal d) {
            return new Exact(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }

        Exact plus(Exact o) {
            return new Exact(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Exact times(Exact o) {
            return new Exact(num.multiply(o.num), den.multiply(o.den));
        }

        Exact dividedBy(Exact o) {
            return new Exact(num.multiply(o.den), den.multiply(o.num));
        }

        BigDecimal roundedTo(RoundingMode mode) {
            return new BigDecimal(num).divide(new BigDecimal(den), 0, mode);
        }
    }

    @Test
    void fractions_compute_exactly_like_a_big_integer_reference() {
        Properties.check().forAll(DECIMALS, DECIMALS, DECIMALS, DECIMALS).checkAssert((a, b, c, d) -> {
            BigDecimal divisor = c.signum() == 0 ? BigDecimal.ONE : c;
            Fraction f = Fraction.of(a, b, divisor).plus(Fraction.of(d));
            Exact e = Exact.of(a).times(Exact.of(b)).dividedBy(Exact.of(divisor)).plus(Exact.of(d));

            BigDecimal floor = e.roundedTo(RoundingMode.FLOOR);
            if (floor.toBigIntegerExact().bitLength() < 63) {
                assertThat(f.floor()).isEqualTo(floor.longValueExact());
                assertThat(f.round(RoundingMode.HALF_UP)).isEqualTo(e.roundedTo(RoundingMode.HALF_UP).longValueExact());
                assertThat(f.round(RoundingMode.CEILING)).isEqualTo(e.roundedTo(RoundingMode.CEILING).longValueExact());
            }
            Fraction g = Fraction.of(d).times(Fraction.of(b));
            Exact h = Exact.of(d).times(Exact.of(b));
            int expected = e.num.multiply(h.den).compareTo(h.num.multiply(e.den));
            assertThat(Integer.signum(f.compareTo(g))).isEqualTo(Integer.signum(expected));
            assertThat(f.fractionalPart().compareTo(Fraction.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(f.fractionalPart().compareTo(Fraction.of(BigDecimal.ONE))).isNegative();
        });
    }

    @Test
    void a_third_of_nine_is_exactly_three() {
        Fraction third = Fraction.of(new BigDecimal("9.00"), BigDecimal.ONE, new BigDecimal("3.00"));
        assertThat(third.floor()).isEqualTo(3);
        assertThat(third.fractionalPart().isZero()).isTrue();
    }

    @Test
    void sums_and_products_at_the_edge_of_a_long_stay_exact() {
        BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
        Fraction edge = Fraction.of(max);
        assertThat(edge.plus(edge).compareTo(Fraction.of(max.add(max)))).isZero();
        assertThat(edge.plus(Fraction.of(new BigDecimal("0.5"))).round(RoundingMode.FLOOR)).isEqualTo(Long.MAX_VALUE);
        Fraction product = edge.times(Fraction.of(new BigDecimal("2.00")));
        assertThat(product.compareTo(Fraction.of(max.multiply(BigDecimal.valueOf(2))))).isZero();
        assertThat(Fraction.of(new BigDecimal("-3")).times(Fraction.of(new BigDecimal("4"))).compareTo(Fraction.of(new BigDecimal("-12")))).isZero();
        Fraction halved = edge.dividedBy(Fraction.of(new BigDecimal("0.5")));
        assertThat(halved.compareTo(Fraction.of(max.multiply(BigDecimal.valueOf(2))))).isZero();
    }
}
