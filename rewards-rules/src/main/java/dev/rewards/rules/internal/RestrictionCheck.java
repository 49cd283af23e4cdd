package dev.rewards.rules.internal;

import dev.rewards.reason.Reason;
import dev.rewards.voucher.Restriction;
import java.util.Optional;

/** One restriction of one voucher on one transaction, answered: the DRL rejects the voucher for each that failed. */
public final class RestrictionCheck {
    private final VoucherFact voucher;
    private final Restriction restriction;
    private final Optional<Reason> failure;

    RestrictionCheck(VoucherFact voucher, Restriction restriction, Optional<Reason> failure) {
        this.voucher = voucher;
        this.restriction = restriction;
        this.failure = failure;
    }

    public boolean isFailed() {
        return failure.isPresent();
    }

    public void reject() {
        voucher.reject(failure.orElseThrow());
    }

    @Override
    public String toString() {
        return "RestrictionCheck[" + voucher + ", " + restriction + "]";
    }
}
