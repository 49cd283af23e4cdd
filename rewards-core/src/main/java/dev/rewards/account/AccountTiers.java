package dev.rewards.account;

import dev.rewards.account.MemberAccount.Downgrade;
import dev.rewards.program.Tiering;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How a member falls back (T2, L2) on an {@link AccountWork}: the review at the end of a tier period
 * (to the tier reached, or one tier down, after the grace months; at once with immediate downgrades)
 * and, with immediate downgrades, a refund that takes the total below the tier's threshold.
 * Stateless; used by one operation's thread.
 */
final class AccountTiers {
    private AccountTiers() {
    }

    /** T2: a period closed; a member below their tier's threshold for it drops, after the grace period. */
    static void review(AccountWork w, Instant end) {
        Tiering tiering = w.program().tiering();
        if (w.tier.isEmpty() || tiering.byInvitation(w.tier.get())) return; // E7: held by invitation, never reviewed away
        Instant lastInstant = end.minusNanos(1);
        BigDecimal total = w.calendar().tierTotal(w.qualifying, w.lots, w.debt, w.tierSince(), lastInstant);
        int reached = tiering.highestReached(total);
        int held = tiering.rank(w.tier.get());
        if (reached >= held) {
            w.downgrade = Optional.empty();
            Long renewal = w.program().accounts().tierRenewalBonuses().get(w.tier.get());
            // E7: kept at a yearly review
            if (renewal != null) w.bonus("renewal:" + w.tier.get() + ":" + end, end, renewal, "for keeping " + w.tier.get() + " another year");
            return;
        }
        if (tiering.downgrade() == Tiering.Downgrade.ONE_TIER_AT_PERIOD_END) reached = Math.max(reached, held - 1);
        Optional<String> to = reached < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(reached).id());
        Optional<Instant> kept = keptUntil(w);
        if (tiering.downgrade() == Tiering.Downgrade.IMMEDIATELY) {
            w.downgrade = Optional.of(new Downgrade(to, later(end, kept)));
            w.applyDowngradeDue(end, "the total in the window fell below the threshold");
            return;
        }
        Instant at = ZonedDateTime.ofInstant(end, w.calendar().zone).plusMonths(w.calendar().policy.downgradeGraceMonths()).toInstant();
        if (w.downgrade.isEmpty()) w.downgrade = Optional.of(new Downgrade(to, later(at, kept)));
    }

    /**
     * L2: until when the member keeps their tier whatever their total: the program's guarantee from
     * tier entry, and a protection given by hand; empty when neither holds.
     */
    static Optional<Instant> keptUntil(AccountWork w) {
        if (w.hold.isEmpty()) return Optional.empty();
        TierHold h = w.hold.get();
        int months = w.program().tiering().guaranteeMonths();
        Optional<Instant> guarantee = months == 0 ? Optional.empty()
                : Optional.of(ZonedDateTime.ofInstant(h.since(), w.calendar().zone).plusMonths(months).toInstant());
        if (guarantee.isEmpty()) return h.protectedUntil();
        if (h.protectedUntil().isEmpty()) return guarantee;
        return Optional.of(later(guarantee.get(), h.protectedUntil()));
    }

    private static Instant later(Instant at, Optional<Instant> kept) {
        return kept.filter(k -> k.isAfter(at)).orElse(at);
    }

    /**
     * L2: a tier given by hand (customer service, a VIP invitation, a status match): held from
     * {@code at}, any downgrade due cancelled, and with {@code protectedUntil} safe from automatic
     * downgrade until then (upgrades still happen). Reviews after that date judge the member as usual.
     */
    static AccountResult assign(AccountWork w, String id, String tierId, Instant at, Optional<Instant> protectedUntil, String reason) {
        String before = w.tier.orElse("(none)");
        w.tier = Optional.of(tierId);
        w.downgrade = Optional.empty();
        w.hold = Optional.of(new TierHold(at, protectedUntil));
        w.applied(Accounts.ASSIGNMENT + ":" + id);
        w.events.add(new AccountEvent(AccountEvent.Type.TIER_CHANGED, w.memberId, at, 0, Optional.of(tierId), "tier " + before + " -> "
                + tierId + " (assigned: " + reason + protectedUntil.map(p -> "; protected until " + p).orElse("") + ")"));
        return w.result(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** L2: with immediate downgrades, a member whose total dropped below their tier's threshold (a refund) falls back now. */
    static void downgradeIfBelow(AccountWork w, Instant at) {
        Tiering tiering = w.program().tiering();
        if (tiering.downgrade() != Tiering.Downgrade.IMMEDIATELY || w.tier.isEmpty() || tiering.byInvitation(w.tier.get())) return;
        int reached = tiering.highestReached(w.calendar().tierTotal(w.qualifying, w.lots, w.debt, w.tierSince(), at));
        if (reached >= tiering.rank(w.tier.get())) return;
        w.downgrade = Optional.of(new Downgrade(reached < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(reached).id()),
                later(at, keptUntil(w))));
        w.applyDowngradeDue(at, tiering.metric() == dev.rewards.program.TierMetric.BALANCE
                ? "the points balance fell below the threshold" : "a refund took the total below the threshold");
    }


    /**
     * T2 on the balance basis (L1): up as soon as the points held reach a threshold, whatever credited
     * them (a purchase's bonuses, an action, a referral, an adjustment by hand), not only at the next
     * purchase. Members only; a tier's own bonus may reach the next one.
     */
    static void upgradeToBalance(AccountWork w) {
        Tiering tiering = w.program().tiering();
        if (tiering.metric() != dev.rewards.program.TierMetric.BALANCE || tiering.tiers().isEmpty()
                || w.from.enrolledAt().filter(e -> !e.isAfter(w.clock)).isEmpty()) return;
        for (int guard = 0; guard < tiering.tiers().size(); guard++) {
            int reached = tiering.highestReached(w.calendar().tierTotal(w.qualifying, w.lots, w.debt, w.tierSince(), w.clock));
            if (reached <= w.tier.map(tiering::rank).orElse(-1)) return;
            w.upgrade(tiering.tiers().get(reached).id(), w.clock);
        }
    }
}
