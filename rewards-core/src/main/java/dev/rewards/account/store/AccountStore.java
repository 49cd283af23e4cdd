package dev.rewards.account.store;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where member accounts live between operations. {@link #update} is the one way to change an account:
 * it reads the account, applies a step of {@link Accounts} to it and stores the
 * result only if nobody changed the account in between; otherwise it reads again and re-applies the
 * step (optimistic concurrency). With the ids every step checks, parallel transactions for one member
 * never lose or double a ledger entry.
 */
public interface AccountStore {

    Optional<MemberAccount> load(String memberId);

    /** Stores a new account; false if the member already has one (nothing changes). */
    boolean create(MemberAccount account);

    /**
     * Applies {@code step} to the member's current account and stores what it returns, atomically.
     *
     * @throws NoSuchElementException if the member has no account
     * @throws dev.rewards.InvalidInputException if the step returns another member's account (nothing is stored)
     */
    AccountResult update(String memberId, Function<MemberAccount, AccountResult> step);

    /**
     * S4: forgets a member: their account is deleted, every row of it, and returned as it was last, for
     * the host's books (its points and store credit leave the programme's liability as a write-off; the
     * other accounts' books still balance, each on its own) and then to be discarded. Empty when the
     * member has no account (never had, or was forgotten before). An update racing with it either lands
     * before and is forgotten with the rest, or finds no account. Forget the member in the
     * {@link dev.rewards.voucher.store.VoucherStore} too, and in the audit records
     * ({@code dev.rewards.json.AuditRecord#forget}).
     */
    Optional<MemberAccount> forget(String memberId);

    /** The guard every store applies before storing a step's result: the account must stay the member's. */
    static void checkSameMember(String memberId, AccountResult result) {
        if (!result.account().memberId().equals(memberId)) {
            throw new InvalidInputException(List.of(new Problem("memberId", "the step for member '" + memberId
                    + "' returned the account of '" + result.account().memberId() + "'; nothing was stored")));
        }
    }
}
