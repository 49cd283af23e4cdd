package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The program's tiers, lowest first, all qualifying on one {@link TierMetric} over one
 * {@link QualificationWindow} (T1). Thresholds must rise strictly; with {@link TierMetric#POINTS} or
 * {@link TierMetric#PURCHASES} they are whole numbers. A member's tier rises as soon as a threshold
 * is crossed (T2); falling back is the host's (or the member-account module's) call, never a single
 * transaction's, as {@code downgrade} says (L2): at the end of the period to the tier the total reached
 * (the default), at the end of the period one tier at a time, or as soon as the total drops below the
 * tier's threshold (a refund, or a rolling window moving on at a month end). With
 * {@code guaranteeMonths}, no downgrade takes effect before that many months from tier entry.
 *
 * <p>Immutable and thread-safe.
 */
public record Tiering(TierMetric metric, QualificationWindow window, List<Tier> tiers, Downgrade downgrade, int guaranteeMonths) {

    /** No tiers. */
    public static final Tiering NONE = new Tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, List.of());

    /** L2: how a member falls back when their total no longer reaches their tier. */
    public enum Downgrade {
        /** At the end of the period (after the accounts' grace months), to the tier the total reached. */
        PERIOD_END,
        /** At the end of the period (after the grace months), one tier down at most. */
        ONE_TIER_AT_PERIOD_END,
        /** As soon as the total drops below the threshold: a refund, or a rolling window moving on. No grace. */
        IMMEDIATELY
    }

    /** Tiers without a guarantee period. */
    public Tiering(TierMetric metric, QualificationWindow window, List<Tier> tiers, Downgrade downgrade) {
        this(metric, window, tiers, downgrade, 0);
    }

    /** Tiers falling back at the end of the period. */
    public Tiering(TierMetric metric, QualificationWindow window, List<Tier> tiers) {
        this(metric, window, tiers, Downgrade.PERIOD_END);
    }

    public Tiering {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(window, "window");
        downgrade = downgrade == null ? Downgrade.PERIOD_END : downgrade;
        tiers = List.copyOf(tiers);
        Checks checks = Checks.start();
        checks.require(guaranteeMonths >= 0 && guaranteeMonths <= 120, "guaranteeMonths", "must be 0 (none) to 120, was " + guaranteeMonths);
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.invitationOnly()) continue;
            if (i > 0 && tiers.get(i - 1).invitationOnly()) {
                checks.add("tiers[" + i + "]", "tier " + t.id() + " is reached by threshold: list it before the tiers held by invitation ("
                        + tiers.get(i - 1).id() + ")");
            }
            if (metric != TierMetric.SPEND && t.threshold().stripTrailingZeros().scale() > 0) {
                checks.add("tiers[" + i + "].threshold", Messages.wholeNumberFor(metric, t.threshold()));
            }
            if (i > 0 && t.threshold().compareTo(tiers.get(i - 1).threshold()) <= 0) {
                checks.add("tiers[" + i + "].threshold", Messages.thresholdNotRising(t.id(), tiers.get(i - 1).id()));
            }
        }
        checks.throwIfAny(InvalidProgramException::new);
    }

    public static Tiering of(TierMetric metric, QualificationWindow window, Tier... tiers) {
        return new Tiering(metric, window, List.of(tiers));
    }

    /** The same tiers, falling back as {@code downgrade} says. */
    public Tiering withDowngrade(Downgrade downgrade) {
        return new Tiering(metric, window, tiers, downgrade, guaranteeMonths);
    }

    /**
     * L2: a member keeps a tier at least {@code months} from entering it (an upgrade, or a tier
     * assigned by hand), whatever the downgrade policy; a downgrade due earlier waits until then.
     */
    public Tiering withGuaranteeMonths(int months) {
        return new Tiering(metric, window, tiers, downgrade, months);
    }

    public Optional<Tier> tier(String id) {
        return tiers.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The rank of the highest tier whose threshold {@code total} reaches (T2); -1 when it reaches none. */
    public int highestReached(BigDecimal total) {
        int rank = -1;
        for (int i = 0; i < tiers.size(); i++) if (!tiers.get(i).invitationOnly() && total.compareTo(tiers.get(i).threshold()) >= 0) rank = i;
        return rank;
    }

    /** The tier a threshold reaches above the one at {@code rank} (-1: none held), if there is one (E7: never one held by invitation). */
    public Optional<Tier> above(int rank) {
        return rank + 1 < tiers.size() && !tiers.get(rank + 1).invitationOnly() ? Optional.of(tiers.get(rank + 1)) : Optional.empty();
    }

    /** E7: true when the tier is held only by invitation: no review moves a member out of it. */
    public boolean byInvitation(String tierId) {
        return tier(tierId).map(Tier::invitationOnly).orElse(false);
    }

    /** How much of the metric a member at {@code total} still needs to reach {@code tier} (T4); never below zero. */
    public static BigDecimal remaining(Tier tier, BigDecimal total) {
        return tier.threshold().subtract(total).max(BigDecimal.ZERO);
    }

    /**
     * L3: what a member holding {@code tier} with {@code total} in the window containing {@code at}
     * still needs, and the last day to get it, to keep the tier at the next review: the end of the
     * calendar year, or of the month for a rolling window (counting what is in the window now). Empty
     * when the total already keeps it, and for a lifetime window (no review).
     */
    public Optional<Renewal> renewal(Tier tier, BigDecimal total, java.time.ZonedDateTime at) {
        BigDecimal missing = remaining(tier, total);
        // a tier year's end depends on the member's tier entry: the accounts give it (renewal with a date)
        if (missing.signum() == 0 || window == QualificationWindow.LIFETIME || window == QualificationWindow.TIER_YEAR) return Optional.empty();
        java.time.LocalDate day = at.toLocalDate();
        java.time.LocalDate by = window == QualificationWindow.CALENDAR_YEAR ? day.withDayOfYear(day.lengthOfYear())
                : day.withDayOfMonth(day.lengthOfMonth());
        return Optional.of(new Renewal(tier.id(), missing, by));
    }

    /** L3: how much more keeps {@code tier} when its period ends on {@code by}; empty when nothing is missing. */
    public Optional<Renewal> renewal(Tier tier, BigDecimal total, java.time.LocalDate by) {
        BigDecimal missing = remaining(tier, total);
        return missing.signum() == 0 ? Optional.empty() : Optional.of(new Renewal(tier.id(), missing, by));
    }

    /** How much more of the metric keeps {@code tier}, by the end of {@code by} (the program's time zone). */
    public record Renewal(String tier, BigDecimal missing, java.time.LocalDate by) {
    }

    /** The tiers' ids, lowest first: what an error about an unknown tier names. */
    public List<String> ids() {
        return tiers.stream().map(Tier::id).toList();
    }

    /** The position of a tier, 0 for the lowest; -1 when unknown. */
    public int rank(String id) {
        for (int i = 0; i < tiers.size(); i++) if (tiers.get(i).id().equals(id)) return i;
        return -1;
    }
}
