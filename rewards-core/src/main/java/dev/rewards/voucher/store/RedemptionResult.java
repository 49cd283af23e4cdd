package dev.rewards.voucher.store;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a store did with a {@link Redemption} or a reversal. {@code balances} holds each gift
 * voucher's balance after the operation, by code (masked in {@link #toString()}).
 *
 * <p>Immutable and thread-safe.
 */
public record RedemptionResult(String transactionId, Status status, List<Redemption.Use> uses, Map<String, Money> balances,
                               List<Reason> reasons) {
    public enum Status {
        /** Every voucher was marked used. */
        REDEEMED,
        /** The transaction was redeemed before: nothing changed, and this is the first result. */
        ALREADY_REDEEMED,
        /** A limit was reached or a balance ran short in the meantime: nothing changed; the reasons say why. */
        REJECTED,
        /** The redemption was reversed (a refund): uses and balances restored. */
        REVERSED,
        /** It had been reversed before: nothing changed. */
        ALREADY_REVERSED,
        /** No redemption of this transaction is known. */
        NOT_FOUND
    }

    public RedemptionResult {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(status, "status");
        uses = List.copyOf(uses);
        balances = Map.copyOf(balances);
        reasons = List.copyOf(reasons);
    }

    public boolean succeeded() {
        return status == Status.REDEEMED || status == Status.ALREADY_REDEEMED;
    }

    @Override
    public String toString() {
        return "RedemptionResult[" + transactionId + ", " + status + ", " + uses + (reasons.isEmpty() ? "" : ", " + reasons) + "]";
    }
}
