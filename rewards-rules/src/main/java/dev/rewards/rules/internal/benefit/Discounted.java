package dev.rewards.rules.internal.benefit;

import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** Words shared by the summaries of benefits that discount some units by a percentage or an amount each. */
final class Discounted {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Discounted() {
    }

    static boolean isFree(Optional<BigDecimal> percent) {
        return percent.filter(p -> p.compareTo(HUNDRED) == 0).isPresent();
    }

    /** "50% off", "2.00 EUR off each of". */
    static String off(Optional<BigDecimal> percent, Optional<Money> amountEach) {
        return percent.map(p -> p.stripTrailingZeros().toPlainString() + "% off").orElseGet(() -> amountEach.orElseThrow() + " off each of");
    }

    /** "free", "at 50% off", "at 2.00 EUR off each". */
    static String at(Optional<BigDecimal> percent, Optional<Money> amountEach) {
        if (percent.isPresent()) {
            return percent.get().compareTo(HUNDRED) == 0 ? "free" : "at " + percent.get().stripTrailingZeros().toPlainString() + "% off";
        }
        return "at " + amountEach.orElseThrow() + " off each";
    }
}
