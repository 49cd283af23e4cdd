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
}
