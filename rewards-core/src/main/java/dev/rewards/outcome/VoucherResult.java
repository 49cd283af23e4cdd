package dev.rewards.outcome;

import dev.rewards.reason.Reason;
import dev.rewards.money.Money;
import dev.rewards.transaction.VoucherCodes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one voucher did with one transaction (V4): a presented code, or an automatic promotion (no
 * code). Applied, with the amount it took off (or paid, for a gift voucher), that amount's allocation
 * over the lines (summing exactly to it, shipping apart) and a gift voucher's balance after; or not
 * applied, with every reason. {@link #toString()} and {@code summary} never show the code in full.
 *
 * <p>Immutable and thread-safe.
 */
public record VoucherResult(Optional<String> code, Optional<String> campaignId, String benefit, boolean applied,
                            Money amount, List<Allocation> allocation, Money shipping, Optional<Money> balanceAfter,
                            Optional<String> reward, List<Reason> reasons, String summary) implements Explained {
    public VoucherResult {
        code = code == null ? Optional.empty() : code;
        campaignId = campaignId == null ? Optional.empty() : campaignId;
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(amount, "amount");
        allocation = List.copyOf(allocation);
        Objects.requireNonNull(shipping, "shipping");
        balanceAfter = balanceAfter == null ? Optional.empty() : balanceAfter;
        reward = reward == null ? Optional.empty() : reward;
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(summary, "summary");
    }



    /** The code masked for display, or the campaign id for an automatic promotion. */
    public String label() {
        return code.map(VoucherCodes::mask).orElseGet(() -> campaignId.orElse("?"));
    }

    /** The part of the amount that fell on one line. */
    public Money onLine(String lineId) {
        return allocation.stream().filter(a -> a.lineId().equals(lineId)).map(Allocation::amount).findFirst()
                .orElse(Money.zero(amount.currency()));
    }

    @Override
    public String toString() {
        return "VoucherResult[" + label() + ", " + campaignId.orElse("unknown") + ", " + (applied ? "applied " + amount : "rejected " + reasons) + "]";
    }
}
