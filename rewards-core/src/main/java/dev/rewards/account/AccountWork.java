package dev.rewards.account;

import dev.rewards.program.Milestone;
import dev.rewards.account.LedgerEntry.Kind;
import dev.rewards.account.MemberAccount.Badge;
import dev.rewards.account.MemberAccount.Downgrade;
import dev.rewards.account.MemberAccount.Purchase;
import dev.rewards.account.MemberAccount.PurchasedLine;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.internal.Lists;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Challenge;
import dev.rewards.program.AccountPolicy.PeriodCap;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.CashbackForm;
import dev.rewards.program.Program;
import dev.rewards.program.Tier;
import dev.rewards.reason.Reason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account being changed by one operation of {@link Accounts}: time advanced to the input's
 * instant (confirmations, notices, expiry, tier reviews in time order), then points earned, booked,
 * spent or reversed; {@link #snapshot} makes it immutable again. Used by one thread, once.
 */
final class AccountWork {
    final String memberId;
    final MemberAccount from;
    Optional<String> referredBy;
    boolean referralPaid;
    int referralsMade;
    Optional<String> tier;
    Optional<Downgrade> downgrade;
    /** L2: since when the member holds the tier, and any protection given by hand. */
    Optional<TierHold> hold;
    Instant clock;
    final List<PointsLot> lots;
    long debt;
    final List<LedgerEntry> ledger;
    final List<Qualifying> qualifying;
    int lifetimePurchases;
    final List<Badge> badges;
    final WorkMap<String, Integer> progress;
    final WorkMap<String, Purchase> purchases;
    final WorkMap<String, Instant> processed;
    final List<AccountEvent> events = new ArrayList<>();
    final CreditWork credit;
    int badgesEarned;

    private final AccountCalendar cal;
    private final Program program;
    private final AccountPolicy policy;
    private final ZoneId zone;

    AccountWork(MemberAccount a, AccountCalendar cal) {
        this(a, cal, false);
    }

    /** {@code readOnly}: the account's own lists, not copies, for questions that change nothing ({@link AccountSchedule#dueBy}). */
    AccountWork(MemberAccount a, AccountCalendar cal, boolean readOnly) {
        this.cal = cal;
        this.program = cal.program;
        this.policy = cal.policy;
        this.zone = cal.zone;
        this.memberId = a.memberId();
        this.from = a;
        this.referredBy = a.referredBy();
        this.referralPaid = a.referralPaid();
        this.referralsMade = a.referralsMade();
        this.tier = a.tier();
        this.downgrade = a.downgrade();
        this.hold = a.tierHold();
        this.clock = a.clock();
        this.lots = readOnly ? a.lots() : Lists.working(a.lots(), 4);
        this.debt = a.debt();
        this.ledger = readOnly ? a.ledger() : Lists.working(a.ledger(), 4);
        this.qualifying = readOnly ? a.qualifying() : Lists.working(a.qualifying(), 4);
        this.lifetimePurchases = a.lifetimePurchases();
        this.badges = readOnly ? a.badges() : Lists.working(a.badges(), 4);
        this.progress = WorkMap.byKey(a.challengeProgress(), AccountHistory::progressAt);
        this.purchases = new WorkMap<>(a.purchases(), Purchase::at);
        this.processed = new WorkMap<>(a.processed(), at -> at);
        this.credit = new CreditWork(a.credit(), cal, memberId, events, readOnly);
    }

    Program program() {
        return program;
    }

    AccountCalendar calendar() {
        return cal;
    }

    /** Remembers an operation's id (with the clock, so it is kept for the program's history days from now). */
    void applied(String id) {
        processed.put(id, clock);
    }

    MemberAccount snapshot() {
        new AccountHistory(cal).trim(this);
        return new MemberAccount(memberId, from.enrolledAt(), from.referralCode(), referredBy, referralPaid, referralsMade, tier,
                downgrade, clock, lots, debt, ledger, qualifying, lifetimePurchases, badges, progress.freeze(), purchases.freeze(), processed.freeze(),
                credit.snapshot(), from.segments(), tier.isEmpty() ? Optional.empty() : hold, from.birthday());
    }

    AccountResult result(Optional<Outcome> outcome, Optional<Money> value, List<Reason> why, List<MemberEvent> effects) {
        AccountTiers.upgradeToBalance(this);
        events.sort(Comparator.comparing(AccountEvent::at));
        return new AccountResult(snapshot(), events, outcome, value, why, effects, false);
    }

    /**
     * Refused, with the reasons: nothing of the input is booked and its id is not remembered, but time
     * has moved to its instant, so what fell due before it (confirmations, expiry, tier reviews) has
     * happened and its events are reported, as they would be by {@code advance}.
     */
    AccountResult rejectedWith(Reason... why) {
        events.sort(Comparator.comparing(AccountEvent::at));
        return new AccountResult(snapshot(), events, Optional.empty(), Optional.empty(), List.of(why), List.of(), false);
    }

    long available(Instant at) {
        return MemberAccount.spendable(lots, debt, at);
    }

    AccountWork advanceTo(Instant at) {
        if (!at.isAfter(clock)) return this;
        java.util.Set<Instant> anniversaries = new java.util.HashSet<>();
        TreeMap<Instant, List<Runnable>> moments = AccountSchedule.moments(this, at, anniversaries);
        while (!moments.isEmpty()) {
            Map.Entry<Instant, List<Runnable>> first = moments.pollFirstEntry();
            applyDowngradeDue(first.getKey());
            first.getValue().forEach(Runnable::run);
            AccountSchedule.tierYearReview(this, moments::computeIfAbsent, anniversaries, first.getKey(), at);
            // a review may schedule a downgrade inside this advance
            downgrade.filter(d -> d.at().isAfter(first.getKey()) && !d.at().isAfter(at))
                    .ifPresent(d -> moments.computeIfAbsent(d.at(), k -> new ArrayList<>()));
        }
        applyDowngradeDue(at);
        clock = at;
        return this;
    }

    /** When the member entered the tier held (the enrolment when the account does not know): a tier year counts from it. */
    Instant tierSince() {
        return hold.map(TierHold::since).orElse(from.enrolledAt().orElse(null));
    }

    void confirm(int i) {
        PointsLot l = lots.get(i);
        ledger.add(new LedgerEntry(l.confirmAt(), Kind.CONFIRMED, l.remaining(), l.source(), l.group()));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_CONFIRMED, memberId, l.confirmAt(), l.remaining(), Optional.of(l.source()),
                l.remaining() + " points can now be spent"));
    }

    void notice(int i) {
        PointsLot l = lots.get(i);
        if (l.remaining() <= 0) return;
        lots.set(i, l.markNoticed());
        Instant when = l.expiresAt().get().minus(Duration.ofDays(policy.expiryNoticeDays()));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_EXPIRING_SOON, memberId, when.isAfter(clock) ? when : clock, l.remaining(),
                Optional.of(l.source()), l.remaining() + " points expire at the end of " + AccountPolicy.Expiry.lastDay(l.expiresAt().get(), zone)));
    }

    void expire(int i) {
        PointsLot l = lots.get(i);
        if (l.remaining() <= 0) return;
        Instant when = l.expiresAt().get();
        ledger.add(new LedgerEntry(when, Kind.EXPIRED, l.remaining(), l.source(), l.group()));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_EXPIRED, memberId, when, l.remaining(), Optional.of(l.source()),
                l.remaining() + " points expired"));
        lots.set(i, l.withRemaining(0));
        AccountTiers.downgradeIfBelow(this, when);
    }

    void applyDowngradeDue(Instant now) {
        applyDowngradeDue(now, "the threshold was not reached in the period");
    }

    void applyDowngradeDue(Instant now, String why) {
        if (downgrade.isEmpty() || downgrade.get().at().isAfter(now)) return;
        Downgrade d = downgrade.get();
        downgrade = Optional.empty();
        String before = tier.orElse("(none)");
        tier = d.to();
        hold = d.to().map(t -> TierHold.since(d.at()));
        events.add(new AccountEvent(AccountEvent.Type.TIER_CHANGED, memberId, d.at(), 0, d.to(), "tier " + before + " -> "
                + d.to().orElse("(none)") + " (downgrade: " + why + ")"));
    }

    void upgrade(String to, Instant at) {
        String before = tier.orElse("(none)");
        tier = Optional.of(to);
        downgrade = Optional.empty();
        // a protection given by hand outlives an upgrade
        hold = Optional.of(new TierHold(at, hold.flatMap(TierHold::protectedUntil).filter(p -> p.isAfter(at))));
        events.add(new AccountEvent(AccountEvent.Type.TIER_CHANGED, memberId, at, 0, Optional.of(to), "tier " + before + " -> " + to));
        Long bonus = policy.tierBonuses().get(to);
        if (bonus != null) bonus("tier:" + to + ":" + at, at, bonus, "welcome to " + to);
        voucher(Optional.ofNullable(policy.tierVouchers().get(to)), at, "reaching " + to);
    }

    /** V8: announces a voucher of {@code campaign} for the host (or {@code VoucherRewards}) to issue. */
    void voucher(Optional<String> campaign, Instant at, String forWhat) {
        campaign.ifPresent(c -> events.add(new AccountEvent(AccountEvent.Type.VOUCHER_ISSUED, memberId, at, 0, Optional.of(c),
                "issue a voucher of campaign " + c + " for " + forWhat)));
    }

    /** A member with a downgrade due who qualifies again for their tier keeps it. */
    void keepTierIfRequalified(Instant at) {
        if (downgrade.isEmpty() || tier.isEmpty()) return;
        BigDecimal total = cal.tierTotal(qualifying, lots, debt, tierSince(), at);
        Tier held = program.tiering().tier(tier.get()).orElseThrow();
        if (total.compareTo(held.threshold()) >= 0) downgrade = Optional.empty();
    }

    /** Earned points after the period caps; books the lot, the ledger and the event. Returns what was credited. */
    long earn(String source, Instant at, String group, long points) {
        return credit(source, at, group, points, "earned");
    }

    /** Bonus points: tiers, challenges, referrals; capped only by the period caps that include bonuses. */
    void bonus(String source, Instant at, long points, String why) {
        credit(source, at, Accounts.BONUS, points, why);
    }

    /** P5: books points after every period cap that covers them has held back what is over it. */
    private long credit(String source, Instant at, String group, long points, String label) {
        boolean bonus = group.equals(Accounts.BONUS);
        long credited = points;
        List<String> held = new ArrayList<>();
        for (PeriodCap cap : policy.periodCaps()) {
            if (bonus ? !cap.includeBonuses() : cap.eventType().isPresent() && !cap.eventType().get().equals(group)) continue;
            ZonedDateTime start = cal.periodStart(cap.period(), at);
            Instant from = start.toInstant();
            Instant until = AccountCalendar.periodEnd(cap.period(), start).toInstant();
            long used = 0;
            for (LedgerEntry e : ledger) {
                boolean counts = e.group().equals(Accounts.BONUS) ? cap.includeBonuses()
                        : cap.eventType().isEmpty() || cap.eventType().get().equals(e.group());
                if (e.kind() == Kind.EARNED && counts && !outsideCaps(e.group()) && !e.at().isBefore(from) && e.at().isBefore(until)) {
                    used += e.points();
                }
            }
            long room = Math.max(0, cap.maxPoints() - used);
            if (credited > room) {
                ledger.add(new LedgerEntry(at, Kind.CAPPED, credited - room, source + " by " + cap.id(), group));
                held.add((credited - room) + " held back by " + cap.id());
                credited = room;
            }
        }
        String why = held.isEmpty() ? label : label + " (" + String.join(", ", held) + ")";
        if (credited > 0) {
            book(source, at, group, credited, why);
        } else if (!held.isEmpty()) {
            events.add(new AccountEvent(AccountEvent.Type.POINTS_EARNED, memberId, at, 0, Optional.of(source), "0 points " + why));
        }
        return credited;
    }

    /** Points given back by a refund (L9) or credited by hand (E5) were never earned under a cap. */
    private static boolean outsideCaps(String group) {
        return group.equals(Accounts.RETURNED) || group.equals(Accounts.ADJUSTMENT);
    }

    private void book(String source, Instant at, String group, long points, String why) {
        Instant confirmAt = at.plus(Duration.ofDays(policy.pendingDays()));
        long remaining = afterDebt(points);
        lots.add(new PointsLot(source, group, at, points, remaining, confirmAt, cal.expiryOf(at), false));
        ledger.add(new LedgerEntry(at, Kind.EARNED, points, source, group));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_EARNED, memberId, at, points, Optional.of(source), points + " points "
                + why + (policy.pendingDays() > 0 ? ", spendable from " + LocalDate.ofInstant(confirmAt, zone) : "")));
    }

    /**
     * L9: points a refund gives back of what the purchase paid with: a new lot, spendable at once and
     * expiring as points earned at the refund would, outside every cap (they were the member's already).
     */
    void giveBack(String source, Instant at, long points) {
        if (points <= 0) return;
        long remaining = afterDebt(points);
        lots.add(new PointsLot(source, Accounts.RETURNED, at, points, remaining, at, cal.expiryOf(at), false));
        ledger.add(new LedgerEntry(at, Kind.EARNED, points, source, Accounts.RETURNED));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_RETURNED, memberId, at, points, Optional.of(source), points
                + " points paid at checkout given back with the refund"));
    }

    /**
     * E5: points credited by hand (a lot spendable at once, outside every cap, expiring as points
     * earned now would) or debited (spendable points first, the ones expiring first; the rest owed:
     * the caller refused a debit beyond the balance unless the program allows a negative balance).
     */
    void adjust(String source, Instant at, long points, String why) {
        if (points > 0) {
            lots.add(new PointsLot(source, Accounts.ADJUSTMENT, at, points, afterDebt(points), at, cal.expiryOf(at), false));
            ledger.add(new LedgerEntry(at, Kind.EARNED, points, source, Accounts.ADJUSTMENT));
        } else if (points < 0) {
            debt += -points - take(-points, at, null, true);
            ledger.add(new LedgerEntry(at, Kind.REVERSED, -points, source, Accounts.ADJUSTMENT));
            AccountTiers.downgradeIfBelow(this, at);
        }
        if (points != 0) events.add(new AccountEvent(AccountEvent.Type.POINTS_ADJUSTED, memberId, at, points, Optional.of(source),
                (points > 0 ? points + " points credited " : -points + " points debited ") + why));
    }

    /** What of {@code points} is left once they repaid any debt (a refund's that the account could not cover). */
    private long afterDebt(long points) {
        long repaid = Math.min(debt, points);
        debt -= repaid;
        return points - repaid;
    }

    /** Takes spendable points, the ones expiring first first (then the oldest). */
    void spend(String source, Instant at, long points, String what) {
        take(points, at, null, true);
        ledger.add(new LedgerEntry(at, Kind.REDEEMED, points, source, "redemption"));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_REDEEMED, memberId, at, points, Optional.of(source), points + " points for " + what));
        AccountTiers.downgradeIfBelow(this, at);
    }

    void reverse(String source, Instant at, long points) {
        if (points <= 0) return;
        long taken = take(points, at, source, false);
        long missing = points - taken;
        if (missing > 0 && policy.negativeBalance() == AccountPolicy.NegativeBalance.ALLOW) {
            debt += missing;
            taken = points;
            missing = 0;
        }
        ledger.add(new LedgerEntry(at, Kind.REVERSED, taken, source, Accounts.PURCHASE));
        if (missing > 0) ledger.add(new LedgerEntry(at, Kind.FORFEITED, missing, source, Accounts.PURCHASE));
        events.add(new AccountEvent(AccountEvent.Type.POINTS_REVERSED, memberId, at, taken, Optional.of(source), taken
                + " points reversed for a refund" + (missing > 0 ? "; " + missing + " already spent and forfeited" : "")));
    }

    /** Takes up to {@code points} from the lots; {@code first} is a source to drain before the others. */
    private long take(long points, Instant at, String first, boolean confirmedOnly) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) if (lots.get(i).remaining() > 0) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> !lots.get(i).source().equals(first))
                .thenComparing(i -> lots.get(i).expiresAt().orElse(Instant.MAX))
                .thenComparing(i -> lots.get(i).earnedAt()).thenComparing(i -> i));
        long left = points;
        for (int i : order) {
            if (left == 0) break;
            PointsLot l = lots.get(i);
            if (confirmedOnly && !l.confirmedBy(at)) continue;
            long t = Math.min(left, l.remaining());
            lots.set(i, l.withRemaining(l.remaining() - t));
            left -= t;
        }
        return points - left;
    }

    /** E1, E7: counts the action (a purchase with its categories) towards each challenge of the period; a count reached earns the badge. */
    void countChallenges(String action, Instant at, java.util.Set<String> categories) {
        for (Challenge c : policy.challenges()) {
            boolean distinct = c.countsCategories() && action.equals(Accounts.PURCHASE);
            if (!distinct && !c.action().equals(action)) continue;
            java.time.LocalDate start = cal.periodStartDate(c.period(), at);
            String key = c.id() + "|" + start;
            int n = distinct ? ChallengeCategories.count(this, c, start, categories) : progress.merge(key, 1, Integer::sum);
            if (n != c.count()) continue;
            badges.add(new Badge(c.badge(), c.id(), at));
            badgesEarned++;
            events.add(new AccountEvent(AccountEvent.Type.BADGE_EARNED, memberId, at, c.points(), Optional.of(c.badge()),
                    "badge " + c.badge() + ": " + c.count() + (c.countsCategories() ? " distinct categories bought" : " x " + action)
                    + " in one " + c.period().name().toLowerCase()));
            if (c.points() > 0) bonus("challenge:" + key, at, c.points(), "for badge " + c.badge());
            voucher(c.voucherCampaign(), at, "badge " + c.badge());
        }
    }

    /**
     * Books a refund already checked against the purchase: the points of the returned units (all that
     * is left of the purchase once every unit is back), the qualifying spend, the voucher uses on the
     * last unit, and the referral the purchase paid when what is kept falls below its minimum (P6, P7).
     */
    AccountResult refund(Refund r, Purchase p, Map<String, Integer> returned, Runnable reverseVouchers) {
        Map<String, PurchasedLine> after = new TreeMap<>(p.lines());
        long points = 0;
        long paidBack = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal storeCredit = BigDecimal.ZERO;
        BigDecimal cash = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : returned.entrySet()) {
            PurchasedLine l = after.get(e.getKey());
            points += Math.floorDiv(l.points() * e.getValue(), l.quantity());
            paidBack += CheckoutPoints.returned(l, e.getValue());
            // what the returned units counted toward the qualifying spend (after discounts when earning on the price paid)
            spend = spend.add(l.returnedShareOf(l.counted(), e.getValue()));
            // cashback pro rata, rounded down on the units returned so far, so the last unit takes back exactly the rest
            storeCredit = storeCredit.add(l.returnedShareOf(l.credit(), e.getValue()));
            cash = cash.add(l.returnedShareOf(l.cash(), e.getValue()));
            after.put(e.getKey(), l.returning(e.getValue()));
        }
        credit.reverse("purchase:" + r.transactionId(), CashbackForm.STORE_CREDIT, r.at(), storeCredit);
        credit.reverse("purchase:" + r.transactionId(), CashbackForm.CASH, r.at(), cash);
        boolean all = after.values().stream().allMatch(l -> l.refunded() == l.quantity());
        if (all) {
            reverseVouchers.run();
            // a purchase returned in full no longer counts as one (first orders, purchase-count tiers)
            lifetimePurchases = Math.max(0, lifetimePurchases - 1);
        }
        long left = p.credited() - p.reversed();
        long reverse = all ? left : Math.min(points, left);
        Purchase refunded = new Purchase(p.at(), after, p.credited(), p.reversed() + reverse, p.paidReferral());
        List<MemberEvent> effects = new ArrayList<>();
        Optional<AccountPolicy.ReferralRule> referral = policy.referral().filter(AccountPolicy.ReferralRule::clawbackOnRefund);
        if (p.paidReferral() && referral.isPresent() && refunded.keptSpend().compareTo(referral.get().minimumSpend().amount()) < 0) {
            // P6: the purchase no longer qualifies; both bonuses go, and a later qualifying purchase pays again
            refunded = new Purchase(p.at(), after, p.credited(), p.reversed() + reverse, false);
            referralPaid = false;
            reverse(refereeSource(memberId, r.transactionId()), r.at(), referral.get().refereePoints());
            String reward = Accounts.REFERRAL_REWARD + ":" + memberId + ":" + r.transactionId();
            referredBy.ifPresent(referrer -> effects.add(new MemberEvent(Accounts.REFERRAL_CLAWBACK + ":" + reward, referrer, r.at(),
                    Accounts.REFERRAL_CLAWBACK, Optional.empty())));
        }
        purchases.put(r.transactionId(), refunded);
        applied(Accounts.REFUND + ":" + r.id());
        reverse("purchase:" + r.transactionId(), r.at(), reverse);
        giveBack(CheckoutPoints.source(r.transactionId()), r.at(), paidBack);
        qualifying.add(new Qualifying(r.at(), spend.negate(), -reverse, all ? -1 : 0));
        AccountTiers.downgradeIfBelow(this, r.at());
        return result(Optional.empty(), Optional.empty(), List.of(), effects);
    }

    /** The ledger source of a referee's referral bonus, paid by one purchase. */
    static String refereeSource(String memberId, String transactionId) {
        return "referral:" + memberId + ":" + transactionId;
    }
}
