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
public record OccasionBonus(String id, Occasion.Kind occasion, long points, Optional<String> voucherCampaign, java.util.OptionalInt years) {
    /** The most years of membership a tenure reward may name. */
    public static final int MAX_YEARS = 100;

    /** On every occasion. */
    public OccasionBonus(String id, Occasion.Kind occasion, long points, Optional<String> voucherCampaign) {
        this(id, occasion, points, voucherCampaign, java.util.OptionalInt.empty());
    }

    /**
     * E7: a tenure reward, given once, as the member's {@code years}-th enrolment anniversary begins
     * (several make a ladder: 100 points after a year, 500 after five).
     */
    public static OccasionBonus tenure(String id, int years, long points) {
        return new OccasionBonus(id, Occasion.Kind.ENROLMENT_ANNIVERSARY, points, Optional.empty(), java.util.OptionalInt.of(years));
    }

    public OccasionBonus {
        voucherCampaign = voucherCampaign == null ? Optional.empty() : voucherCampaign;
        years = years == null ? java.util.OptionalInt.empty() : years;
        Checks checks = Checks.start();
        if (years.isPresent()) {
            checks.require(occasion == Occasion.Kind.ENROLMENT_ANNIVERSARY, "years", "only an enrolment anniversary counts years");
            checks.require(years.getAsInt() >= 1 && years.getAsInt() <= MAX_YEARS, "years", "must be 1 to " + MAX_YEARS + ", was " + years.getAsInt());
        }
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
        return new OccasionBonus(id, occasion, points, Optional.of(campaign), years);
    }
}
