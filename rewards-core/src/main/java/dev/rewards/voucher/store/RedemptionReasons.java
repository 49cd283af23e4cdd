package dev.rewards.voucher.store;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.VoucherCodes;

/** The reasons a store rejects a redemption with, shared by the implementations. */
final class RedemptionReasons {
    private RedemptionReasons() {
    }

    static Reason usedUp(Redemption.Use u, int uses) {
        return Reason.of(ReasonCode.CODE_USED_UP, "code " + VoucherCodes.mask(u.code().orElse("")) + " has been used " + uses + " of "
                + u.maxUsesPerCode().getAsInt() + (u.maxUsesPerCode().getAsInt() == 1 ? " time" : " times"));
    }

    static Reason balanceShort(Redemption.Use u, Money balance) {
        return Reason.of(ReasonCode.BALANCE_EMPTY, "gift voucher " + VoucherCodes.mask(u.code().orElse("")) + " holds "
                + (balance == null ? "nothing" : balance.toString()) + ", less than the " + u.debit().orElseThrow() + " to pay");
    }

    static Reason memberLimit(Redemption.Use u, int uses) {
        return Reason.of(ReasonCode.MEMBER_LIMIT_REACHED, "the member has used campaign " + u.campaignId() + " " + uses + " of "
                + u.maxUsesPerMember().getAsInt() + (u.maxUsesPerMember().getAsInt() == 1 ? " time" : " times"));
    }

    static Reason notIssued(Redemption.Use u) {
        return Reason.of(ReasonCode.UNKNOWN_CODE, "code " + VoucherCodes.mask(u.code().orElse("")) + " is not issued");
    }

    static Reason budgetRedemptions(Redemption.Use u, long used) {
        long max = u.budget().orElseThrow().redemptions().getAsLong();
        return Reason.of(ReasonCode.BUDGET_EXHAUSTED, "campaign " + u.campaignId() + " has been redeemed " + used + " of " + max
                + (max == 1 ? " time" : " times"));
    }

    static Reason budgetAmount(Redemption.Use u, Money spent) {
        Money max = u.budget().orElseThrow().amount().orElseThrow();
        return Reason.of(ReasonCode.BUDGET_EXHAUSTED, "campaign " + u.campaignId() + " has given " + spent + " of its " + max
                + " budget; " + u.discount().orElseThrow() + " more does not fit");
    }
}
