package dev.rewards.voucher.store;

import dev.rewards.transaction.VoucherCodes;
import java.util.Objects;

/**
 * V8: what {@link VoucherStore#issueOnce} did for a trigger: {@code ISSUED} the voucher now, or
 * {@code ALREADY_ISSUED} before, naming the code issued then (by token where the store keeps keyed
 * hashes of codes, S3: deliver the code with the first result). Masked in {@link #toString()}.
 *
 * <p>Immutable and thread-safe.
 */
public record IssueResult(String triggerId, Status status, String code) {
    public enum Status {
        /** Stored now, for this trigger. */
        ISSUED,
        /** The trigger had its voucher before: nothing changed. */
        ALREADY_ISSUED
    }

    public IssueResult {
        Objects.requireNonNull(triggerId, "triggerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return "IssueResult[" + triggerId + ", " + status + ", " + (CodeHashing.isToken(code) ? code : VoucherCodes.mask(code)) + "]";
    }
}
