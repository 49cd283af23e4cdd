package dev.rewards.json;

import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * S4: this record with a forgotten member taken out. Empty when it is the member's own record (their
     * account before and after): drop it. Any other record has every mention of the id (a referee or a
     * referrer in the account, the operation or an event's message) replaced by {@code pseudonym}; done
     * with the same pseudonym across records, they still replay exactly ({@link #replaysOn}).
     */
    public Optional<AuditRecord> forget(String memberId, String pseudonym) {
        if (memberId.equals(RewardsJson.tree(accountBefore, InvalidInputException::new).path("memberId").asText(null))) return Optional.empty();
        String escaped = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(memberId));
        Pattern mention = Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(escaped) + "(?![A-Za-z0-9_.-])");
        String with = Matcher.quoteReplacement(pseudonym);
        return Optional.of(new AuditRecord(programId, programVersion, mention.matcher(accountBefore).replaceAll(with),
                mention.matcher(operation).replaceAll(with), mention.matcher(accountAfter).replaceAll(with),
                events.stream().map(e -> mention.matcher(e).replaceAll(with)).toList()));
    }

    /**
     * S4: the records that remain once a member is forgotten: theirs dropped, the others naming them
     * under one fresh random pseudonym ({@link #forget(String, String)}).
     */
    public static List<AuditRecord> forget(List<AuditRecord> records, String memberId) {
        String pseudonym = "forgotten-" + UUID.randomUUID();
        return records.stream().map(r -> r.forget(memberId, pseudonym)).flatMap(Optional::stream).toList();
    }

    /** What an operation gave, and its record. */
    public record Audited(AccountResult result, AuditRecord record) {
    }
}
