package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import dev.rewards.internal.Checks;
import dev.rewards.InvalidInputException;
import dev.rewards.money.Money;
import java.util.Optional;

/**
 * What the host's voucher store knows of one code when a transaction presents it: its campaign
 * (empty for a campaign's public code, which the program knows), the member it was issued to, how
 * many times it was redeemed, and a gift voucher's balance.
 *
 * <p>Immutable and thread-safe.
 */
public record VoucherStatus(String code, Optional<String> campaignId, Optional<String> issuedTo, int uses,
                            Optional<Money> balance) {
    public VoucherStatus {
        campaignId = campaignId == null ? Optional.empty() : campaignId;
        issuedTo = issuedTo == null ? Optional.empty() : issuedTo;
        balance = balance == null ? Optional.empty() : balance;
        Checks checks = Checks.start();
        if (checks.present(code, "code")) code = VoucherCodes.normalize(code);
        checks.notNegative(uses, "uses");
        balance.ifPresent(b -> checks.notNegative(b.amount(), "balance"));
        checks.throwIfAny(InvalidInputException::new);
    }

    @Override
    public String toString() {
        return "VoucherStatus[" + VoucherCodes.mask(code) + ", campaign " + campaignId.orElse("(public)") + ", uses " + uses
                + balance.map(b -> ", balance " + b).orElse("") + "]";
    }
}
