package dev.rewards.account;

import dev.rewards.account.MemberAccount.Badge;
import dev.rewards.account.MemberAccount.Purchase;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.Tier;
import dev.rewards.program.Tiering;
import dev.rewards.reason.Shortfall;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read-only views of accounts for {@link Accounts}: a member's position at an instant (P9, T4)
 * and an account trimmed to what future decisions need. Immutable and thread-safe.
 */
final class AccountViews {
    private final AccountCalendar calendar;
    private final Program program;
    private final AccountPolicy policy;
    private final ZoneId zone;
    private final ClosedPeriods closed;

    AccountViews(AccountCalendar calendar) {
        this.closed = new ClosedPeriods(calendar);
        this.calendar = calendar;
        this.program = calendar.program;
        this.policy = calendar.policy;
        this.zone = calendar.zone;
    }

    /**
     * The account without what no rule needs any more at {@code at}: spent or expired lots, ledger
     * entries and qualifying records older than {@code keepLedgerSince}, purchases older than
     * {@code keepPurchasesSince} (a refund of those is then {@code UNKNOWN_PURCHASE}), and the ids of
     * what was dropped; counts of challenge and action periods over before {@code keepLedgerSince}, and
     * under a calendar-year window each earlier year's qualifying records folded into one
     * ({@link ClosedPeriods}). Keep a year of ledger for yearly caps. For simulations and hosts that archive;
     * the ledger's totals then count from the cut.
     */
    MemberAccount compact(MemberAccount a, Instant keepLedgerSince, Instant keepPurchasesSince) {
        List<PointsLot> lots = a.lots().stream().filter(l -> l.remaining() > 0 || !l.earnedAt().isBefore(keepLedgerSince)).toList();
        List<LedgerEntry> ledger = a.ledger().stream().filter(e -> !e.at().isBefore(keepLedgerSince)).toList();
        Instant windowStart = ZonedDateTime.ofInstant(keepLedgerSince, zone).minusMonths(12).toInstant();
        List<Qualifying> qualifying = closed.qualifying(a.qualifying().stream().filter(q -> !q.at().isBefore(windowStart)
                || program.tiering().window() == QualificationWindow.LIFETIME).toList(), keepLedgerSince);
        Map<String, Purchase> purchases = new HashMap<>();
        Map<String, Instant> processed = new HashMap<>(a.processed());
        a.purchases().forEach((id, p) -> {
            if (!p.at().isBefore(keepPurchasesSince)) purchases.put(id, p);
            else processed.keySet().removeAll(List.of(Accounts.PURCHASE + ":" + id, id));
        });
        // an event's or a redemption's id goes with its ledger entries (sources event:<id>, redemption:<id>, reward:<reward>:<id>)
        for (LedgerEntry e : a.ledger()) {
            if (!e.at().isBefore(keepLedgerSince)) continue;
            String source = e.source();
            if (source.startsWith(Accounts.EVENT + ":") || source.startsWith(Accounts.REDEMPTION + ":")) processed.remove(source);
            else if (source.startsWith("reward:")) processed.remove(Accounts.REDEMPTION + source.substring(source.lastIndexOf(':')));
            int colon = source.indexOf(':');
            if (colon > 0 && !source.startsWith("purchase:")) processed.remove(source.substring(colon + 1));
        }
        MemberAccount kept = new MemberAccount(a.memberId(), a.enrolledAt(), a.referralCode(), a.referredBy(), a.referralPaid(), a.referralsMade(),
                a.tier(), a.downgrade(), a.clock(), lots, a.debt(), ledger, qualifying, a.lifetimePurchases(), a.badges(),
                closed.progress(a.challengeProgress(), keepLedgerSince), purchases, processed, a.credit(), a.segments(), a.tierHold(), a.birthday());
        // A4: confirmed lots no refund can name any more merge by group, expiry and notice (what is held, and when it expires, stays);
        // the cashback ledger folds what its caps no longer look at
        AccountWork w = new AccountWork(kept, calendar);
        AccountHistory.trimLots(w.lots, keepPurchasesSince, w.clock);
        w.credit.fold(keepLedgerSince);
        return w.snapshot();
    }

    /** P9, T4: the account's position at {@code at} (advanced there first, without changing the account given). */
    AccountStatement statement(MemberAccount account, Instant at) {
        MemberAccount a = new AccountWork(account, calendar).advanceTo(at).snapshot();
        Map<LocalDate, Long> soon = new TreeMap<>();
        Instant horizon = at.plus(Duration.ofDays(policy.expiryNoticeDays()));
        for (PointsLot l : a.lots()) {
            if (l.remaining() > 0 && l.expiresAt().isPresent() && l.expiresAt().get().isBefore(horizon)) {
                soon.merge(AccountPolicy.Expiry.lastDay(l.expiresAt().get(), zone), l.remaining(), Long::sum);
            }
        }
        List<AccountStatement.Expiring> expiring = new ArrayList<>();
        soon.forEach((d, p) -> expiring.add(new AccountStatement.Expiring(d, p)));
        Tiering tiering = program.tiering();
        Instant since = a.tierHold().map(TierHold::since).orElse(a.enrolledAt().orElse(null));
        BigDecimal total = calendar.tierTotal(a.qualifying(), a.lots(), a.debt(), since, at);
        // someone who has not enrolled reaches no tier by spending: no distance to show them (P4)
        Optional<Tier> above = a.enrolledAt().isEmpty() ? Optional.empty() : tiering.above(a.tier().map(tiering::rank).orElse(-1));
        Optional<String> next = above.map(Tier::id);
        // a tier year ends the day before the next anniversary of tier entry
        Optional<LocalDate> yearEnds = tiering.window() != QualificationWindow.TIER_YEAR || since == null ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(calendar.nextTierAnniversary(since, at).minusNanos(1), zone));
        Optional<Tiering.Renewal> renewal = a.tier().flatMap(tiering::tier)
                .flatMap(held -> yearEnds.isPresent() ? tiering.renewal(held, total, yearEnds.get())
                        : tiering.renewal(held, total, ZonedDateTime.ofInstant(at, zone)));
        Optional<Shortfall> distance = above.map(n -> new Shortfall(Tiering.remaining(n, total), tiering.metric().unit(program.currency())));
        return new AccountStatement(a.memberId(), at, a.available(at), a.pending(at), a.debt(), expiring, a.tier(), next, distance,
                a.badges().stream().map(Badge::badge).toList(), money(a.credit().balance()), money(a.credit().pendingTotal()),
                money(a.credit().owed()), renewal.map(r -> new Shortfall(r.missing(), tiering.metric().unit(program.currency()))),
                renewal.map(Tiering.Renewal::by));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount.setScale(Money.scaleOf(program.currency()), java.math.RoundingMode.UNNECESSARY), program.currency());
    }
}
