package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happens to an account, as data: what a history file line, an audit record and a
 * queue message hold. {@link Accounts#apply} carries it out.
 */
public sealed interface Operation {
    String memberId();

    Instant at();

    /** The idempotency key ({@code advance} has none: moving time twice to one instant changes nothing). */
    String id();

    /** Calls the method of {@code cases} for this operation's kind. */
    <R> R accept(Cases<R> cases);

    /** One method per operation kind: the exhaustive dispatch over the family, checked by the compiler. */
    interface Cases<R> {
        R purchase(Purchase op);

        R event(Event op);

        R refund(Return op);

        R redeemPoints(RedeemPoints op);

        R redeemReward(RedeemReward op);

        R spendCredit(SpendCredit op);

        R assignTier(AssignTier op);

        R referred(Referred op);

        R advance(Advance op);

        R adjust(Adjust op);
    }

    record Purchase(Transaction transaction) implements Operation {
        public Purchase {
            Objects.requireNonNull(transaction, "transaction");
        }

        public String memberId() {
            return transaction.memberId();
        }

        public Instant at() {
            return transaction.at();
        }

        public String id() {
            return transaction.id();
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.purchase(this);
        }
    }

    record Event(MemberEvent event) implements Operation {
        public Event {
            Objects.requireNonNull(event, "event");
        }

        public String memberId() {
            return event.memberId();
        }

        public Instant at() {
            return event.at();
        }

        public String id() {
            return event.id();
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.event(this);
        }
    }

    record Return(Refund refund) implements Operation {
        public Return {
            Objects.requireNonNull(refund, "refund");
        }

        public String memberId() {
            return refund.memberId();
        }

        public Instant at() {
            return refund.at();
        }

        public String id() {
            return refund.id();
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.refund(this);
        }
    }

    record RedeemPoints(String id, String memberId, Instant at, long points, Money orderTotal) implements Operation {
        public RedeemPoints {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(orderTotal, "orderTotal");
            Checks checks = Checks.start().instant(at, "at");
            checks.require(!id.isBlank(), "id", "must not be blank").require(!memberId.isBlank(), "memberId", "must not be blank");
            checks.positive(points, "points").notNegative(orderTotal.amount(), "orderTotal");
            checks.throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.redeemPoints(this);
        }
    }

    record RedeemReward(String id, String memberId, Instant at, String rewardId) implements Operation {
        public RedeemReward {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(rewardId, "rewardId");
            Checks.start().instant(at, "at").require(!id.isBlank(), "id", "must not be blank")
                    .require(!memberId.isBlank(), "memberId", "must not be blank").throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.redeemReward(this);
        }
    }

    /** C1: store credit spent at checkout ({@link Accounts#spendCredit}). */
    record SpendCredit(String id, String memberId, Instant at, Money amount) implements Operation {
        public SpendCredit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(amount, "amount");
            Checks checks = Checks.start().instant(at, "at");
            checks.require(!id.isBlank(), "id", "must not be blank").require(!memberId.isBlank(), "memberId", "must not be blank");
            checks.positive(amount.amount(), "amount");
            checks.throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.spendCredit(this);
        }
    }

    /** L2: a tier given by hand ({@link Accounts#assignTier}), optionally protected from automatic downgrade until a date. */
    record AssignTier(String id, String memberId, Instant at, String tier, java.util.Optional<Instant> protectedUntil, String reason)
            implements Operation {
        public AssignTier {
            Checks checks = Checks.start().id(id, "id").id(memberId, "memberId").id(tier, "tier");
            checks.instant(at, "at");
            protectedUntil = protectedUntil == null ? java.util.Optional.empty() : protectedUntil;
            reason = reason == null || reason.isBlank() ? "by hand" : reason;
            checks.throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.assignTier(this);
        }
    }

    /**
     * P6 in a history: the member joined through {@code referrerId}, as the history records it (the
     * code was checked when it happened). The referrer's reward follows the member's first qualifying
     * purchase as an effect on the referrer. Refused for oneself and for a member referred before.
     */
    record Referred(String id, String memberId, Instant at, String referrerId) implements Operation {
        public Referred {
            Checks checks = Checks.start().id(id, "id").hostId(memberId, "memberId").hostId(referrerId, "referrerId");
            checks.instant(at, "at");
            checks.throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.referred(this);
        }
    }

    /**
     * E5: points and/or store credit credited (positive) or debited (negative) by hand, such as
     * customer service goodwill, employee recognition or a correction. The reason and who made it
     * are required and go into the event and the audit record. Credited points are spendable at once,
     * outside every cap, and expire as points earned then would; a debit takes spendable points (or
     * store credit) and is refused when the balance is short unless the program allows a negative
     * balance ({@link Accounts#adjust}).
     */
    record Adjust(String id, String memberId, Instant at, long points, java.util.Optional<Money> credit, String reason, String actor)
            implements Operation {
        public Adjust {
            Checks checks = Checks.start().id(id, "id").hostId(memberId, "memberId");
            checks.instant(at, "at");
            credit = credit == null ? java.util.Optional.empty() : credit;
            checks.require(reason != null && !reason.isBlank(), "reason", "is required: why the account is adjusted");
            checks.require(actor != null && !actor.isBlank(), "actor", "is required: who adjusts the account");
            checks.require(credit.map(c -> c.amount().signum() != 0).orElse(true), "credit", "must not be 0");
            checks.require(points != 0 || credit.isPresent(), "points", "an adjustment moves points or store credit: give points (not 0), a credit, or both");
            checks.throwIfAny(InvalidInputException::new);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.adjust(this);
        }
    }

    record Advance(String memberId, Instant at) implements Operation {
        public Advance {
            Objects.requireNonNull(memberId, "memberId");
            Checks.start().instant(at, "at").throwIfAny(InvalidInputException::new);
        }

        public String id() {
            return "advance:" + at;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.advance(this);
        }
    }
}
