package dev.rewards.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What falls due when an account moves in time (P7, L2, L5): lot confirmations, expiry notices and
 * expiries, store credit confirmations, tier reviews at period ends and tier-year anniversaries,
 * occasions. {@link AccountWork#advanceTo} runs them in time order; {@link #dueBy} asks
 * whether there are any, so a host moving every account once a day skips the accounts with none.
 */
final class AccountSchedule {
    private AccountSchedule() {
    }

    /** True when moving to {@code at} has anything to do (a confirmation, notice, expiry, review, occasion or downgrade falls due). */
    static boolean dueBy(AccountWork w, Instant at) {
        if (!at.isAfter(w.clock)) return false;
        if (w.downgrade.filter(d -> !d.at().isAfter(at)).isPresent()) return true;
        boolean[] any = {false};
        schedule(w, at, new java.util.HashSet<>(), new Sink() {
            @Override
            public List<Runnable> computeIfAbsent(Instant when, java.util.function.Function<? super Instant, ? extends List<Runnable>> f) {
                any[0] = true;
                return new ArrayList<>(1);
            }
        });
        return any[0];
    }

    /** Where scheduled moments go: the time-ordered map {@link AccountWork#advanceTo} runs, or a flag. */
    interface Sink {
        List<Runnable> computeIfAbsent(Instant when, java.util.function.Function<? super Instant, ? extends List<Runnable>> f);
    }

    /** Every scheduled moment in (clock, at], in time order, with what it does. */
    static TreeMap<Instant, List<Runnable>> moments(AccountWork w, Instant at, Set<Instant> anniversaries) {
        TreeMap<Instant, List<Runnable>> moments = new TreeMap<>();
        schedule(w, at, anniversaries, moments::computeIfAbsent);
        return moments;
    }

    private static void schedule(AccountWork w, Instant at, Set<Instant> anniversaries, Sink moments) {
        Duration noticeDays = Duration.ofDays(w.calendar().policy.expiryNoticeDays());
        Instant clock = w.clock;
        for (int i = 0; i < w.lots.size(); i++) {
            int index = i;
            PointsLot l = w.lots.get(i);
            if (l.confirmAt().isAfter(clock) && !l.confirmAt().isAfter(at) && l.remaining() > 0) {
                moments.computeIfAbsent(l.confirmAt(), k -> new ArrayList<>()).add(() -> w.confirm(index));
            }
            Instant expires = l.expiresAt().orElse(null);
            // a lot that never expires, or expired before the clock: no notice or expiry of it is left to fall due
            if (expires == null || !expires.isAfter(clock)) continue;
            if (!l.noticed()) {
                Instant notice = expires.minus(noticeDays);
                if (!notice.isAfter(at)) moments.computeIfAbsent(notice.isAfter(clock) ? notice : at, k -> new ArrayList<>()).add(() -> w.notice(index));
            }
            if (!expires.isAfter(at)) moments.computeIfAbsent(expires, k -> new ArrayList<>()).add(() -> w.expire(index));
        }
        for (Instant c : w.credit.confirmations(w.clock, at)) moments.computeIfAbsent(c, k -> new ArrayList<>()).add(() -> w.credit.confirmDue(c));
        for (Instant end : w.calendar().periodEnds(w.clock, at)) moments.computeIfAbsent(end, k -> new ArrayList<>()).add(() -> AccountTiers.review(w, end));
        tierYearReview(w, moments, anniversaries, w.clock, at);
        AccountActions.scheduleOccasions(w, moments, w.clock, at);
    }

    /** L2, {@code TIER_YEAR}: the next anniversary of tier entry after {@code after}, reviewed if it falls by {@code until}. */
    static void tierYearReview(AccountWork w, Sink moments, Set<Instant> scheduled, Instant after, Instant until) {
        if (w.program().tiering().window() != dev.rewards.program.QualificationWindow.TIER_YEAR || w.tier.isEmpty() || w.tierSince() == null) return;
        Instant next = w.calendar().nextTierAnniversary(w.tierSince(), after);
        if (!next.isAfter(until) && scheduled.add(next)) moments.computeIfAbsent(next, k -> new ArrayList<>()).add(() -> AccountTiers.review(w, next));
    }
}
