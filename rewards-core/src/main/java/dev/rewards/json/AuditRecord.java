package dev.rewards.json;

import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import java.util.List;
import java.util.Objects;

/**
 * A decision as it was made (A2): the program and version, the account before, the operation, and
 * the account and events after, each as the library's JSON. {@link #of} applies an operation and
 * records it; {@link #replaysOn} runs it again and says whether it gives the same result. Holds member
 * ids, amounts and voucher codes as the inputs did: store it as you store orders. It lives beside the
 * JSON code because it is made of JSON; the accounts themselves know nothing of JSON.
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

    /** Applies the operation through {@code accounts} and records the decision. */
    public static Audited of(Accounts accounts, MemberAccount account, Operation op) {
        AccountResult result = accounts.apply(account, op);
        AuditRecord record = new AuditRecord(accounts.program().id(), accounts.program().version(), RewardsJson.write(account),
                RewardsJson.write(op), RewardsJson.write(result.account()), result.events().stream().map(RewardsJson::write).toList());
        return new Audited(result, record);
    }

    /**
     * Replays this record against {@code accounts}' program: the same account and operation must give
     * the same account and events. False when they differ, or when the record is of another program or version.
     */
    public boolean replaysOn(Accounts accounts) {
        if (!programId.equals(accounts.program().id()) || programVersion != accounts.program().version()) return false;
        MemberAccount before = RewardsJson.readAccount(accountBefore);
        AccountResult again = accounts.apply(before, RewardsJson.readOperation(operation));
        return RewardsJson.write(again.account()).equals(accountAfter)
                && again.events().stream().map(RewardsJson::write).toList().equals(events);
    }

    /** What an operation gave, and its record. */
    public record Audited(AccountResult result, AuditRecord record) {
    }
}
