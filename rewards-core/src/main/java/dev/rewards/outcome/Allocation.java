package dev.rewards.outcome;

import dev.rewards.money.Money;
import java.util.Objects;

/** The part of a voucher's amount that falls on one line (V4). */
public record Allocation(String lineId, Money amount) {
    public Allocation {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(amount, "amount");
    }
}
