package dev.rewards.rules.internal.benefit;

import java.math.BigDecimal;

/** What one voucher takes off (or pays for) each line, by position, and off shipping. */
public record Taken(BigDecimal[] byLine, BigDecimal shipping) {
    public BigDecimal onLines() {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : byLine) s = s.add(v);
        return s;
    }

    public boolean isNothing() {
        return onLines().signum() == 0 && shipping.signum() == 0;
    }
}
