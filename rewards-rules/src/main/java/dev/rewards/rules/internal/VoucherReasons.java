package dev.rewards.rules.internal;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;

/** The messages of the voucher checks that belong neither to a campaign's restrictions nor to its benefit. */
final class VoucherReasons {
    private VoucherReasons() {
    }

    static Reason of(ReasonCode code, VoucherFact v) {
        return Reason.of(code, switch (code) {
            case UNKNOWN_CODE -> "code " + v.label() + " is not known: no campaign has it and it was not issued"
                    + v.status.flatMap(s -> s.campaignId()).map(c -> " (its campaign '" + c + "' is not in this program)").orElse("");
            case DUPLICATE_CODE -> "code " + v.label() + " was presented more than once; it counts once";
            case NOT_ISSUED_TO_MEMBER -> "the voucher was issued to another member";
            default -> code.name();
        });
    }
}
