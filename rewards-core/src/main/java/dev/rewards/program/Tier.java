package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import java.math.BigDecimal;
import java.util.List;

/**
 * A tier (VIP level): reached when the member's qualifying total reaches {@code threshold} (in the
 * unit of the program's {@link TierMetric}), and its benefits (T3): an earn multiplier on spend
 * points, a boost in percentage points to every cashback rate, a checkout discount percentage, and
 * named perks for the host to honour (such as {@code free-shipping}).
 *
 * <p>Immutable and thread-safe.
 */
public record Tier(String id, BigDecimal threshold, BigDecimal earnMultiplier, BigDecimal cashbackBoost,
                   BigDecimal discountPercent, List<String> perks, boolean invitationOnly) {

    /** A tier members reach by its threshold. */
    public Tier(String id, BigDecimal threshold, BigDecimal earnMultiplier, BigDecimal cashbackBoost, BigDecimal discountPercent,
                List<String> perks) {
        this(id, threshold, earnMultiplier, cashbackBoost, discountPercent, perks, false);
    }

    public Tier {
        earnMultiplier = earnMultiplier == null ? BigDecimal.ONE : earnMultiplier;
        cashbackBoost = cashbackBoost == null ? BigDecimal.ZERO : cashbackBoost;
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        perks = perks == null ? List.of() : List.copyOf(perks);
        if (invitationOnly && threshold == null) threshold = BigDecimal.ZERO;
        Checks checks = Checks.start().id(id, "id").notNegative(threshold, "threshold")
                .notNegative(cashbackBoost, "cashbackBoost").notNegative(discountPercent, "discountPercent");
        checks.require(earnMultiplier.compareTo(BigDecimal.ONE) >= 0, "earnMultiplier", Messages.factorBelowOne(earnMultiplier));
        checks.require(discountPercent.compareTo(Messages.HUNDRED) <= 0, "discountPercent", Messages.percentOver100(discountPercent));
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** A tier with no benefits yet, reached at {@code threshold}. */
    public static Tier of(String id, String threshold) {
        return new Tier(id, new BigDecimal(threshold), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    /**
     * E7: a tier members hold only by invitation ({@code AssignTier}: a VIP invitation, a status match):
     * no threshold reaches it, and no review moves a member out of it; they leave it when a tier is
     * assigned to them again. Listed after the tiers reached by threshold, it ranks above them.
     */
    public static Tier byInvitation(String id) {
        return new Tier(id, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), true);
    }

    public Tier withEarnMultiplier(String factor) {
        return new Tier(id, threshold, new BigDecimal(factor), cashbackBoost, discountPercent, perks, invitationOnly);
    }

    public Tier withCashbackBoost(String percentagePoints) {
        return new Tier(id, threshold, earnMultiplier, new BigDecimal(percentagePoints), discountPercent, perks, invitationOnly);
    }

    public Tier withDiscountPercent(String percent) {
        return new Tier(id, threshold, earnMultiplier, cashbackBoost, new BigDecimal(percent), perks, invitationOnly);
    }

    public Tier withPerks(String... perks) {
        return new Tier(id, threshold, earnMultiplier, cashbackBoost, discountPercent, List.of(perks), invitationOnly);
    }

    public boolean multipliesEarning() {
        return earnMultiplier.compareTo(BigDecimal.ONE) > 0;
    }
}
