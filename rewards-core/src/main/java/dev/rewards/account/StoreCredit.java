package dev.rewards.account;

import dev.rewards.program.CashbackForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member's cashback in the account (C1, L10), in the program's currency: {@code balance} is store
 * credit the member can spend, {@code owed} what a refund took back that the account did not hold
 * (repaid from cashback confirmed later, under {@code negativeBalance: ALLOW}), {@code pending} the
 * cashback still in the return window (one lot per purchase and form), and {@code ledger} every
 * movement, which caps per period count and statements explain.
 *
 * <p>Conservation, at every instant: {@code pending + balance - owed = EARNED - REVERSED - SPENT - PAID_OUT}.
 *
 * <p>Immutable and thread-safe.
 */
public record StoreCredit(BigDecimal balance, BigDecimal owed, List<Lot> pending, List<Entry> ledger) {
    public static final StoreCredit NONE = new StoreCredit(BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());

    public StoreCredit {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(owed, "owed");
        pending = List.copyOf(pending);
        ledger = List.copyOf(ledger);
    }

    /** Cashback of one purchase in one form, waiting for its return window to end ({@code confirmAt}). */
    public record Lot(String source, CashbackForm form, Instant earnedAt, BigDecimal amount, BigDecimal remaining, Instant confirmAt) {
        public Lot {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(earnedAt, "earnedAt");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(remaining, "remaining");
            Objects.requireNonNull(confirmAt, "confirmAt");
        }

        Lot withRemaining(BigDecimal left) {
            return new Lot(source, form, earnedAt, amount, left, confirmAt);
        }
    }

    /**
     * One movement of cashback. {@code EARNED} adds to pending; {@code CONFIRMED} moves store credit from
     * pending to the balance (no change to the total); {@code PAID_OUT} releases cash cashback for the
     * host to pay; {@code SPENT} uses store credit; {@code REVERSED} takes cashback back for a refund;
     * {@code CAPPED} records what a cap per period kept from being earned and {@code FORFEITED} what a
     * refund could not take back (neither is a movement). {@code rule} is the cashback rule, or empty
     * text where no rule is concerned.
     */
    public record Entry(Instant at, Kind kind, BigDecimal amount, String source, String rule) {
        public enum Kind { EARNED, CONFIRMED, PAID_OUT, SPENT, REVERSED, CAPPED, FORFEITED }

        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** Cashback still in the return window, of every form. */
    public BigDecimal pendingTotal() {
        return remaining(pending);
    }

    /** What the lots still hold together. */
    static BigDecimal remaining(List<Lot> lots) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Lot l : lots) sum = sum.add(l.remaining());
        return sum;
    }

    /** Sum of the ledger's entries of one kind. */
    public BigDecimal total(Entry.Kind kind) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Entry e : ledger) if (e.kind() == kind) sum = sum.add(e.amount());
        return sum;
    }

    public boolean isEmpty() {
        return balance.signum() == 0 && owed.signum() == 0 && pending.isEmpty() && ledger.isEmpty();
    }
}
