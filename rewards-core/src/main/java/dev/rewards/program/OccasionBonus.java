package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * L5: points, a voucher, or both, given by accounts as the member's occasion begins: the start of
 * their birthday (a 29 February on 28 February in common years) or of each anniversary of their
 * enrolment, in the program's time zone, once a year. Members whose birthday the host has not given
 * get no birthday bonus. A voucher is announced as a {@code VOUCHER_ISSUED} event for the host to issue.
 *
 * <p>Immutable and thread-safe.
 */
public record OccasionBonus(String id, Occasion.Kind occasion, long points, Optional<String> voucherCampaign) {
    public OccasionBonus {
        voucherCampaign = voucherCampaign == null ? Optional.empty() : voucherCampaign;
        Checks checks = Checks.start();
        checks.id(id, "id");
        Objects.requireNonNull(occasion, "occasion");
        checks.notNegative(points, "points");
        checks.require(points > 0 || voucherCampaign.isPresent(), "points", "give points, a voucher campaign, or both");
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static OccasionBonus points(String id, Occasion.Kind occasion, long points) {
        return new OccasionBonus(id, occasion, points, Optional.empty());
    }

    /** The same bonus with a voucher of {@code campaign} as well. */
    public OccasionBonus withVoucher(String campaign) {
        return new OccasionBonus(id, occasion, points, Optional.of(campaign));
    }
}
