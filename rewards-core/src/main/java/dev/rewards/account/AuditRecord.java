package dev.rewards.account;

import java.util.List;
import java.util.Objects;

/**
 * A decision as it was made (A2): the program and version, the account before, the operation, and
 * the account and events after, each as the library's JSON. {@link Accounts#replay} runs it again and
 * says whether it gives the same result. Holds member ids, amounts and voucher codes as the inputs
 * did: store it as you store orders.
 *
 * <p>Immutable and thread-safe.
 */
public record AuditRecord(String programId, int programVersion, String accountBefore, String operation, String accountAfter,
                          List<String> events) {
    public AuditRecord {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(accountBefore, "accountBefore");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(accountAfter, "accountAfter");
        events = List.copyOf(events);
    }
}
