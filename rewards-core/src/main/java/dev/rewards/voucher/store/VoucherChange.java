package dev.rewards.voucher.store;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.VoucherCodes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a store did with a V9 operation on vouchers (a top-up, a give-back, a transfer), once per
 * operation id: {@code amounts} is what the operation moved, by code; {@code balances} each gift
 * voucher's balance now; {@code issuedTo} the member a transferred voucher belongs to. Codes are masked
 * in {@link #toString()}. A store that keeps codes as tokens ({@link CodeHashing}) names by token the
 * codes it did not receive (those of a give-back).
 *
 * <p>Immutable and thread-safe.
 */
public record VoucherChange(String operationId, Kind kind, Status status, Map<String, Money> amounts, Map<String, Money> balances,
                            Optional<String> issuedTo, List<Reason> reasons) {
    public enum Kind {
        /** Money added to a gift voucher. */
        TOP_UP,
        /** Part of what a transaction paid with gift vouchers put back on them (a partial refund). */
        GIVE_BACK,
        /** A member-bound voucher passed to another member. */
        TRANSFER
    }

    public enum Status {
        /** Done now. */
        APPLIED,
        /** Done before under this operation id: nothing changed; {@code amounts} are what it moved then. */
        ALREADY_APPLIED,
        /** Refused: nothing changed; the reasons say why. The same id may be tried again. */
        REJECTED
    }

    public VoucherChange {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        amounts = Map.copyOf(amounts);
        balances = Map.copyOf(balances);
        issuedTo = issuedTo == null ? Optional.empty() : issuedTo;
        reasons = List.copyOf(reasons);
    }

    static VoucherChange rejected(String operationId, Kind kind, Reason reason) {
        return new VoucherChange(operationId, kind, Status.REJECTED, Map.of(), Map.of(), Optional.empty(), List.of(reason));
    }

    /** True when the operation stands (now or before). */
    public boolean succeeded() {
        return status != Status.REJECTED;
    }

    @Override
    public String toString() {
        Map<String, Money> masked = new TreeMap<>();
        amounts.forEach((c, m) -> masked.put(VoucherCodes.mask(c), m));
        return "VoucherChange[" + operationId + ", " + kind + ", " + status + ", " + masked + issuedTo.map(m -> ", to " + m).orElse("")
                + (reasons.isEmpty() ? "" : ", " + reasons) + "]";
    }
}
