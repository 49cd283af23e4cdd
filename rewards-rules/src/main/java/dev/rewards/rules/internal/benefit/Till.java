package dev.rewards.rules.internal.benefit;

import dev.rewards.transaction.Line;
import dev.rewards.voucher.MoneyRounding;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a benefit sees when it takes its amount: the basket's lines in id order, which of them the
 * voucher admits, what is left of each line and of shipping after the vouchers before it, and the
 * allocation every amount on lines goes through. Provided by the voucher arithmetic for one voucher.
 */
public interface Till {
    List<Line> lines();

    /** Which lines (by position) the voucher's line restrictions admit. */
    boolean[] admitted();

    /** What is left of each line's price. */
    BigDecimal[] remaining();

    /** What is left of the shipping. */
    BigDecimal shipping();

    /** The currency's minor unit scale. */
    int scale();

    /** How the program rounds percentages and splits amounts (M1, M2). */
    default MoneyRounding rounding() {
        return MoneyRounding.DEFAULT;
    }

    /**
     * Splits {@code amount} (at most the admitted lines' remaining sum) over the admitted lines in
     * proportion to what is left of them, in minor units by largest remainder: exact sum, no part above its line.
     */
    BigDecimal[] allocate(BigDecimal amount);

    /** As {@link #allocate}, over every line whatever the voucher admits (a payment). */
    BigDecimal[] allocateOverAll(BigDecimal amount);

    /** Nothing on any line. */
    BigDecimal[] zeros();

    /** What is left of the admitted lines, together. */
    default BigDecimal admittedRemaining() {
        BigDecimal base = BigDecimal.ZERO;
        boolean[] in = admitted();
        for (int l = 0; l < in.length; l++) if (in[l]) base = base.add(remaining()[l]);
        return base;
    }
}
