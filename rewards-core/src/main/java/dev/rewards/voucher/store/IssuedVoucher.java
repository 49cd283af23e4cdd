package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import dev.rewards.transaction.VoucherCodes;
import java.util.Optional;

/**
 * A generated code handed out (V3): its campaign, the member it belongs to (empty: whoever holds it),
 * and for a gift voucher its starting balance.
 *
 * <p>Immutable and thread-safe.
 */
public record IssuedVoucher(String code, String campaignId, Optional<String> memberId, Optional<Money> balance) {
    public IssuedVoucher {
        memberId = memberId == null ? Optional.empty() : memberId;
        balance = balance == null ? Optional.empty() : balance;
        Checks checks = Checks.start();
        if (checks.present(code, "code")) {
            code = VoucherCodes.normalize(code);
            checks.require(VoucherCodes.isWellFormed(code), "code", "is not a well-formed code: " + VoucherCodes.mask(code));
        }
        checks.id(campaignId, "campaignId");
        memberId.ifPresent(m -> checks.require(!m.isBlank() && m.length() <= Checks.MAX_MEMBER_ID, "memberId",
                "must be 1 to " + Checks.MAX_MEMBER_ID + " characters, was " + m.length()));
        balance.ifPresent(b -> checks.positive(b.amount(), "balance"));
        checks.throwIfAny(InvalidInputException::new);
    }

    public static IssuedVoucher bearer(String code, String campaignId) {
        return new IssuedVoucher(code, campaignId, Optional.empty(), Optional.empty());
    }

    public static IssuedVoucher to(String memberId, String code, String campaignId) {
        return new IssuedVoucher(code, campaignId, Optional.of(memberId), Optional.empty());
    }

    public static IssuedVoucher giftCard(String code, String campaignId, Money balance) {
        return new IssuedVoucher(code, campaignId, Optional.empty(), Optional.of(balance));
    }

    @Override
    public String toString() {
        return "IssuedVoucher[" + VoucherCodes.mask(code) + ", " + campaignId + memberId.map(m -> ", to " + m).orElse("")
                + balance.map(b -> ", balance " + b).orElse("") + "]";
    }
}
