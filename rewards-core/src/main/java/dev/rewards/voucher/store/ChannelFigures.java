package dev.rewards.voucher.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * V8: how many of a campaign's codes were issued through one channel, and how many of them have a
 * use standing (a use given back by a whole refund does not count).
 *
 * <p>Immutable and thread-safe.
 */
public record ChannelFigures(long issued, long redeemed) {
    /** The channel of codes issued without one. */
    public static final String NONE = "(none)";

    /** Redeemed over issued, as a percentage with one decimal (half-up); zero when none was issued. */
    public BigDecimal redemptionPercent() {
        return issued == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(redeemed * 100L).divide(BigDecimal.valueOf(issued), 1, RoundingMode.HALF_UP);
    }
}
