package dev.rewards.account;

import dev.rewards.money.Money;
import dev.rewards.reason.Shortfall;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A member's position at one instant (P9, T4, C1): spendable and pending points, any debt, the points
 * that expire within the notice period (by date, oldest first), the tier and the distance to the next,
 * what the member still needs by which day to keep their tier at the next review (L3), the badges,
 * and the cashback held: store credit usable now, cashback still in its return window
 * (store credit and cash), and what a refund left owing.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountStatement(String memberId, Instant at, long available, long pending, long debt,
                               List<Expiring> expiringSoon, Optional<String> tier, Optional<String> nextTier,
                               Optional<Shortfall> toNextTier, List<String> badges, Money storeCredit, Money pendingCashback,
                               Money cashbackOwed, Optional<Shortfall> toKeepTier, Optional<LocalDate> keepBy) {
    public AccountStatement {
        expiringSoon = List.copyOf(expiringSoon);
        badges = List.copyOf(badges);
    }

    /** {@code points} that expire at the end of the day {@code on}: the last day they can be used (P7). */
    public record Expiring(LocalDate on, long points) {
    }
}
