package dev.rewards.account;

import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying one transaction, event, refund or redemption did to an account: the account after,
 * the events to deliver (E4), the purchase's outcome, what a redemption is worth, why it was refused
 * ({@code rejected}: nothing of the input was booked and its id is not remembered, but the account was
 * advanced to the input's instant, with the events of what fell due before it), and effects on
 * other accounts (a referrer's reward, as an event to apply to them). {@code duplicate}: the id was
 * applied before, and nothing changed.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountResult(MemberAccount account, List<AccountEvent> events, Optional<Outcome> outcome,
                            Optional<Money> value, List<Reason> rejected, List<MemberEvent> effects, boolean duplicate) {
    public AccountResult {
        Objects.requireNonNull(account, "account");
        events = List.copyOf(events);
        outcome = outcome == null ? Optional.empty() : outcome;
        value = value == null ? Optional.empty() : value;
        rejected = List.copyOf(rejected);
        effects = List.copyOf(effects);
    }

    public boolean applied() {
        return rejected.isEmpty() && !duplicate;
    }

    /** What an operation applied before gives: the account unchanged, nothing else. */
    static AccountResult duplicate(MemberAccount account) {
        return new AccountResult(account, List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), true);
    }

    /** The units of each line of a purchase not yet refunded. */
    static java.util.Map<String, Integer> remainingUnits(MemberAccount.Purchase p) {
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        p.lines().forEach((id, l) -> {
            if (l.quantity() > l.refunded()) out.put(id, l.quantity() - l.refunded());
        });
        return out;
    }

    /** A3: refused, dated before the history the account keeps. */
    static AccountResult late(dev.rewards.program.AccountPolicy policy, MemberAccount account, String what, java.time.Instant at) {
        return new AccountResult(account, List.of(), Optional.empty(), Optional.empty(), List.of(dev.rewards.reason.Reason.of(
                dev.rewards.reason.ReasonCode.TOO_LATE, what + " at " + at + " is more than " + policy.historyDays()
                        + " days before the account's last operation (" + account.clock() + "); the account keeps that much history"
                        + " (accounts.historyDays)")), List.of(), false);
    }
}
