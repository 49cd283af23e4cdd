package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.voucher.VoucherPolicy;
import java.util.Currency;
import java.util.Set;
import dev.rewards.internal.Checks;
import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a member's account evolves over time (P2, P5-P9, T2-T3, E1): points for actions, referrals,
 * caps per period, pending points and their return window, expiry, redemption, catalog rewards,
 * tier downgrades and rewards, challenges, and what a refund may do to a balance. JSON field:
 * {@code accounts}; {@link #NONE} keeps a program purely per transaction.
 *
 * <p>Immutable and thread-safe.
 */
public record AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps,
                            int pendingDays, Expiry expiry, int expiryNoticeDays, Optional<PointsConversion> conversion,
                            List<CatalogReward> catalog, int downgradeGraceMonths, Map<String, Long> tierBonuses,
                            Map<String, String> tierVouchers, List<Challenge> challenges, NegativeBalance negativeBalance,
                            int historyDays, List<Milestone> milestones, List<OccasionBonus> occasionBonuses,
                            Optional<Money> cashPayoutMinimum, Map<String, Long> tierRenewalBonuses) {

    /** How many days of history an account keeps unless the program says otherwise: a year's returns and caps, and some. */
    public static final int DEFAULT_HISTORY_DAYS = 400;
    /** The most days of history a program may ask accounts to keep (100 years: in effect, everything). */
    public static final int MAX_HISTORY_DAYS = 36_500;

    public static final AccountPolicy NONE = new AccountPolicy(List.of(), Optional.empty(), List.of(), 0, Expiry.NEVER, 30,
            Optional.empty(), List.of(), 0, Map.of(), Map.of(), List.of(), NegativeBalance.FORFEIT, DEFAULT_HISTORY_DAYS, List.of(), List.of(), Optional.empty(),
            Map.of());

    public AccountPolicy {
        actions = actions == null ? List.of() : List.copyOf(actions);
        referral = referral == null ? Optional.empty() : referral;
        periodCaps = periodCaps == null ? List.of() : List.copyOf(periodCaps);
        expiry = expiry == null ? Expiry.NEVER : expiry;
        conversion = conversion == null ? Optional.empty() : conversion;
        catalog = catalog == null ? List.of() : List.copyOf(catalog);
        tierBonuses = tierBonuses == null ? Map.of() : Map.copyOf(tierBonuses);
        tierVouchers = tierVouchers == null ? Map.of() : Map.copyOf(tierVouchers);
        challenges = challenges == null ? List.of() : List.copyOf(challenges);
        negativeBalance = negativeBalance == null ? NegativeBalance.FORFEIT : negativeBalance;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        occasionBonuses = occasionBonuses == null ? List.of() : List.copyOf(occasionBonuses);
        cashPayoutMinimum = cashPayoutMinimum == null ? Optional.empty() : cashPayoutMinimum;
        tierRenewalBonuses = tierRenewalBonuses == null ? Map.of() : Map.copyOf(tierRenewalBonuses);
        Checks checks = Checks.start();
        checks.notNegative(pendingDays, "pendingDays").notNegative(expiryNoticeDays, "expiryNoticeDays")
                .notNegative(downgradeGraceMonths, "downgradeGraceMonths");
        checks.require(historyDays >= 1 && historyDays <= MAX_HISTORY_DAYS, "historyDays",
                "must be between 1 and " + MAX_HISTORY_DAYS + " days, was " + historyDays);
        tierBonuses.forEach((tier, points) -> checks.positive(points, "tierBonuses." + tier));
        tierRenewalBonuses.forEach((tier, points) -> checks.positive(points, "tierRenewalBonuses." + tier));
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** A policy keeping {@link #DEFAULT_HISTORY_DAYS} of history. */
    public AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps, int pendingDays, Expiry expiry,
                         int expiryNoticeDays, Optional<PointsConversion> conversion, List<CatalogReward> catalog, int downgradeGraceMonths,
                         Map<String, Long> tierBonuses, Map<String, String> tierVouchers, List<Challenge> challenges,
                         NegativeBalance negativeBalance) {
        this(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog, downgradeGraceMonths, tierBonuses,
                tierVouchers, challenges, negativeBalance, DEFAULT_HISTORY_DAYS, List.of(), List.of());
    }

    /** A policy without milestones. */
    public AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps, int pendingDays, Expiry expiry,
                         int expiryNoticeDays, Optional<PointsConversion> conversion, List<CatalogReward> catalog, int downgradeGraceMonths,
                         Map<String, Long> tierBonuses, Map<String, String> tierVouchers, List<Challenge> challenges,
                         NegativeBalance negativeBalance, int historyDays) {
        this(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog, downgradeGraceMonths, tierBonuses,
                tierVouchers, challenges, negativeBalance, historyDays, List.of(), List.of());
    }

    /** A policy without occasion bonuses. */
    public AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps, int pendingDays, Expiry expiry,
                         int expiryNoticeDays, Optional<PointsConversion> conversion, List<CatalogReward> catalog, int downgradeGraceMonths,
                         Map<String, Long> tierBonuses, Map<String, String> tierVouchers, List<Challenge> challenges,
                         NegativeBalance negativeBalance, int historyDays, List<Milestone> milestones) {
        this(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog, downgradeGraceMonths, tierBonuses,
                tierVouchers, challenges, negativeBalance, historyDays, milestones, List.of(), Optional.empty());
    }

    /** A policy releasing cash back at once, whatever its amount. */
    public AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps, int pendingDays, Expiry expiry,
                         int expiryNoticeDays, Optional<PointsConversion> conversion, List<CatalogReward> catalog, int downgradeGraceMonths,
                         Map<String, Long> tierBonuses, Map<String, String> tierVouchers, List<Challenge> challenges,
                         NegativeBalance negativeBalance, int historyDays, List<Milestone> milestones, List<OccasionBonus> occasionBonuses) {
        this(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog, downgradeGraceMonths, tierBonuses,
                tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, Optional.empty());
    }

    /** L10: cash back accrues until what is confirmed and not yet released reaches {@code minimum}; then all of it is released. */
    public AccountPolicy withCashPayoutMinimum(Money minimum) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses,
                Optional.of(minimum), tierRenewalBonuses);
    }

    /**
     * E7: renewal rewards: points when a member keeps their tier at the yearly review (the end of the
     * calendar year or of their tier year), by tier; the program's tiers need a yearly window.
     */
    public AccountPolicy withTierRenewalBonuses(Map<String, Long> bonuses) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses,
                cashPayoutMinimum, bonuses);
    }

    /** A policy without renewal rewards. */
    public AccountPolicy(List<ActionRule> actions, Optional<ReferralRule> referral, List<PeriodCap> periodCaps, int pendingDays, Expiry expiry,
                         int expiryNoticeDays, Optional<PointsConversion> conversion, List<CatalogReward> catalog, int downgradeGraceMonths,
                         Map<String, Long> tierBonuses, Map<String, String> tierVouchers, List<Challenge> challenges,
                         NegativeBalance negativeBalance, int historyDays, List<Milestone> milestones, List<OccasionBonus> occasionBonuses,
                         Optional<Money> cashPayoutMinimum) {
        this(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog, downgradeGraceMonths, tierBonuses,
                tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, Map.of());
    }

    /**
     * What only the whole program can check: amounts in its currency, tiers and voucher campaigns it
     * names, one action rule per event type. Paths are relative to {@code accounts}.
     */
    public List<Problem> problems(Currency currency, Set<String> tierIds, VoucherPolicy vouchers) {
        return AccountChecks.problems(this, currency, tierIds, vouchers);
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public AccountPolicy withActions(ActionRule... rules) {
        return new AccountPolicy(List.of(rules), referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withReferral(ReferralRule rule) {
        return new AccountPolicy(actions, Optional.of(rule), periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withPeriodCaps(PeriodCap... caps) {
        return new AccountPolicy(actions, referral, List.of(caps), pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    /** Points wait {@code days} (the return window) before they can be spent. */
    public AccountPolicy withPendingDays(int days) {
        return new AccountPolicy(actions, referral, periodCaps, days, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withExpiry(Expiry expiry, int noticeDays) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, noticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withConversion(PointsConversion conversion, CatalogReward... catalog) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, Optional.of(conversion),
                List.of(catalog), downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withTiers(int graceMonths, Map<String, Long> bonuses, Map<String, String> vouchers) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                graceMonths, bonuses, vouchers, challenges, negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withChallenges(Challenge... challenges) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, List.of(challenges), negativeBalance, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    /**
     * How long accounts keep history (A3, P7): purchases stay refundable, ids stay remembered and late
     * operations stay accepted for {@code days} before the account's clock; older operations are refused
     * ({@code TOO_LATE}) and older history is dropped, so each operation costs what is live.
     */
    public AccountPolicy withHistoryDays(int days) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, days, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    public AccountPolicy withNegativeBalance(NegativeBalance policy) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, policy, historyDays, milestones, occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    /** L6: bonuses once a member's count of purchases or of paid referrals reaches a number. */
    public AccountPolicy withMilestones(Milestone... milestones) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, List.of(milestones), occasionBonuses, cashPayoutMinimum, tierRenewalBonuses);
    }

    /** L5: points or a voucher as a member's birthday or enrolment anniversary begins ({@link OccasionBonus}). */
    public AccountPolicy withOccasionBonuses(OccasionBonus... bonuses) {
        return new AccountPolicy(actions, referral, periodCaps, pendingDays, expiry, expiryNoticeDays, conversion, catalog,
                downgradeGraceMonths, tierBonuses, tierVouchers, challenges, negativeBalance, historyDays, milestones, List.of(bonuses), cashPayoutMinimum, tierRenewalBonuses);
    }


    public Optional<ActionRule> action(String eventType) {
        return actions.stream().filter(a -> a.eventType().equals(eventType)).findFirst();
    }

    /**
     * Points for a non-purchase event (P2): {@code signup}, {@code review}, {@code birthday}, or any
     * custom type; rewarded at most {@code maxTimes} times per member (0: no limit), in each calendar
     * {@code per} period when given, ever when not (a signup once: {@code maxTimes} 1, no period);
     * counted per product with {@code perProduct} (a review pays once per product); only for events in
     * {@code stores} and through {@code channels} when they are given (L7).
     */
    public record ActionRule(String id, String eventType, long points, int maxTimes, Optional<Period> per, boolean perProduct,
                             Set<String> stores, Set<String> channels) {
        public ActionRule {
            per = per == null ? Optional.empty() : per;
            stores = dev.rewards.internal.Sets.sorted(stores, "stores");
            channels = dev.rewards.internal.Sets.sorted(channels, "channels");
            AccountChecks.actionRule(id, eventType, points, maxTimes, per, perProduct);
        }

        /** Any store and channel, counted per member. */
        public ActionRule(String id, String eventType, long points, int maxTimes, Optional<Period> per) {
            this(id, eventType, points, maxTimes, per, false, Set.of(), Set.of());
        }

        /** Points for every event of the type, without limit. */
        public ActionRule(String id, String eventType, long points) {
            this(id, eventType, points, 0, Optional.empty());
        }

        /** At most {@code times} times per member, ever. */
        public ActionRule limitedTo(int times) {
            return new ActionRule(id, eventType, points, times, Optional.empty(), perProduct, stores, channels);
        }

        /** At most {@code times} times per member in each calendar {@code period}. */
        public ActionRule limitedTo(int times, Period period) {
            return new ActionRule(id, eventType, points, times, Optional.of(period), perProduct, stores, channels);
        }

        /** The limit counted per product (a review pays once per product). */
        public ActionRule countedPerProduct() {
            return new ActionRule(id, eventType, points, maxTimes, per, true, stores, channels);
        }

        /** Only events in {@code stores} and through {@code channels} (an empty set: any). */
        public ActionRule onlyIn(Set<String> stores, Set<String> channels) {
            return new ActionRule(id, eventType, points, maxTimes, per, perProduct, stores, channels);
        }
    }

    /**
     * P6: a referral pays both sides once the referred member makes a first purchase of at least
     * {@code minimumSpend}: {@code referrerPoints} to the referrer, {@code refereePoints} to the new member.
     * With {@code clawbackOnRefund} (the default), refunding that purchase below the minimum takes both
     * bonuses back, and the referral pays again on a later qualifying purchase.
     */
    public record ReferralRule(long referrerPoints, long refereePoints, Money minimumSpend, boolean clawbackOnRefund,
                               BigDecimal referrerPercent) {
        public ReferralRule {
            referrerPercent = referrerPercent == null ? BigDecimal.ZERO : referrerPercent;
            AccountChecks.referral(referrerPoints, refereePoints, minimumSpend, referrerPercent);
        }

        /** A referral that is taken back when the purchase that paid it is refunded below the minimum spend. */
        public ReferralRule(long referrerPoints, long refereePoints, Money minimumSpend) {
            this(referrerPoints, refereePoints, minimumSpend, true);
        }

        /** A referral paying the referrer fixed points only. */
        public ReferralRule(long referrerPoints, long refereePoints, Money minimumSpend, boolean clawbackOnRefund) {
            this(referrerPoints, refereePoints, minimumSpend, clawbackOnRefund, BigDecimal.ZERO);
        }

        /**
         * L7: the referrer also earns {@code percent} percent of the points the friend's first qualifying
         * purchase earned (rounded down), on top of {@code referrerPoints}.
         */
        public ReferralRule withReferrerPercent(String percent) {
            return new ReferralRule(referrerPoints, refereePoints, minimumSpend, clawbackOnRefund, new BigDecimal(percent));
        }

        /** What the referrer earns when the friend's first qualifying purchase earned {@code friendEarned} points. */
        public long referrerReward(long friendEarned) {
            return referrerPoints + referrerPercent.multiply(BigDecimal.valueOf(friendEarned)).movePointLeft(2)
                    .setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        }
    }

    /** Calendar periods in the program's time zone (weeks from Monday); {@code LIFETIME}: one period, the member's whole history; {@code ROLLING_*}: the days up to the moment (L7; see {@link Periods}). */
    public enum Period { DAY, WEEK, MONTH, YEAR, LIFETIME, ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS }

    /**
     * P5: at most {@code maxPoints} per member per calendar {@code period} (program time zone, weeks
     * from Monday), from one event type or, when absent, from everything earned; bonuses (tiers,
     * challenges, referrals) count and are held back too when {@code includeBonuses}, and only then.
     */
    public record PeriodCap(String id, Period period, long maxPoints, Optional<String> eventType, boolean includeBonuses) {
        public PeriodCap {
            eventType = eventType == null ? Optional.empty() : eventType;
            AccountChecks.periodCap(id, period, maxPoints, eventType, includeBonuses);
        }

        public PeriodCap(String id, Period period, long maxPoints, Optional<String> eventType) {
            this(id, period, maxPoints, eventType, false);
        }

        public static PeriodCap of(String id, Period period, long maxPoints) {
            return new PeriodCap(id, period, maxPoints, Optional.empty(), false);
        }

        /** The same cap, holding back bonuses too. */
        public PeriodCap withBonuses() {
            return new PeriodCap(id, period, maxPoints, eventType, true);
        }
    }

    /**
     * P7, L8: when points expire: {@code monthsAfterEarning} or {@code daysAfterEarning} after the day
     * they were earned (then, with {@code roundUpTo}, at the end of that month, quarter or year), on a
     * fixed date ({@code onDate}: the points earned before it), or every year on {@code yearlyOn} (a
     * reset: points expire on the first such date after the day they were earned; 29 February is
     * 28 February in other years). Customers read a date, so by default points are usable for the whole
     * of it and expire at the end of that day in the program's time zone (earned 7 March 10:00, 12
     * months: usable until 7 March next year, 24:00); {@code exactInstant} makes relative expiry exact
     * to the instant (10:00) and a date expire at its start instead (not with {@code roundUpTo}). At
     * most one of months, days, {@code onDate} and {@code yearlyOn}; none: points never expire.
     */
    public record Expiry(Optional<Integer> monthsAfterEarning, Optional<Integer> daysAfterEarning, Optional<LocalDate> onDate,
                         boolean exactInstant, RoundUp roundUpTo, Optional<MonthDay> yearlyOn) {
        public static final Expiry NEVER = new Expiry(Optional.empty(), Optional.empty(), Optional.empty(), false);

        /** To the end of which period a relative expiry date is moved. */
        public enum RoundUp { NONE, MONTH, QUARTER, YEAR }

        public Expiry {
            monthsAfterEarning = monthsAfterEarning == null ? Optional.empty() : monthsAfterEarning;
            daysAfterEarning = daysAfterEarning == null ? Optional.empty() : daysAfterEarning;
            onDate = onDate == null ? Optional.empty() : onDate;
            roundUpTo = roundUpTo == null ? RoundUp.NONE : roundUpTo;
            yearlyOn = yearlyOn == null ? Optional.empty() : yearlyOn;
            ExpiryDates.check(monthsAfterEarning, daysAfterEarning, onDate, exactInstant, roundUpTo, yearlyOn);
        }

        /** Relative or fixed-date expiry without rounding or a yearly reset. */
        public Expiry(Optional<Integer> monthsAfterEarning, Optional<Integer> daysAfterEarning, Optional<LocalDate> onDate, boolean exactInstant) {
            this(monthsAfterEarning, daysAfterEarning, onDate, exactInstant, RoundUp.NONE, Optional.empty());
        }

        public static Expiry afterMonths(int months) {
            return new Expiry(Optional.of(months), Optional.empty(), Optional.empty(), false);
        }

        public static Expiry afterDays(int days) {
            return new Expiry(Optional.empty(), Optional.of(days), Optional.empty(), false);
        }

        public static Expiry on(LocalDate date) {
            return new Expiry(Optional.empty(), Optional.empty(), Optional.of(date), false);
        }

        /** L8: every year on {@code date} (31 December: a yearly reset). */
        public static Expiry yearlyOn(MonthDay date) {
            return new Expiry(Optional.empty(), Optional.empty(), Optional.empty(), false, RoundUp.NONE, Optional.of(date));
        }

        /** The same expiry, exact to the instant of earning (relative) or at the start of the date (fixed, yearly). */
        public Expiry atExactInstant() {
            return new Expiry(monthsAfterEarning, daysAfterEarning, onDate, true, roundUpTo, yearlyOn);
        }

        /** L8: the same relative expiry, moved to the end of its month, quarter or year. */
        public Expiry roundedUpTo(RoundUp period) {
            return new Expiry(monthsAfterEarning, daysAfterEarning, onDate, exactInstant, period, yearlyOn);
        }

        public boolean isNever() {
            return monthsAfterEarning.isEmpty() && daysAfterEarning.isEmpty() && onDate.isEmpty() && yearlyOn.isEmpty();
        }

        /** When points earned at {@code earnedAt} expire, in {@code zone}; empty when they never do. */
        public Optional<Instant> of(Instant earnedAt, ZoneId zone) {
            return ExpiryDates.of(this, earnedAt, zone);
        }

        /** The last day on which points expiring at {@code expiresAt} can be used, in {@code zone}. */
        public static LocalDate lastDay(Instant expiresAt, ZoneId zone) {
            return LocalDate.ofInstant(expiresAt.minusNanos(1), zone);
        }
    }

    /**
     * P8, L9: a reward bought with points (a mug for 1,500 points), at {@code pointsByTier} for members
     * of the tiers it names (gold members pay 1,200).
     */
    public record CatalogReward(String id, String name, long points, Map<String, Long> pointsByTier, Optional<String> voucherCampaign) {
        /** A reward the host hands over. */
        public CatalogReward(String id, String name, long points, Map<String, Long> pointsByTier) {
            this(id, name, points, pointsByTier, Optional.empty());
        }

        /** V8: a reward that is a voucher of {@code campaign}, issued when a member chooses it. */
        public CatalogReward withVoucher(String campaign) {
            return new CatalogReward(id, name, points, pointsByTier, Optional.of(campaign));
        }

        public CatalogReward {
            voucherCampaign = voucherCampaign == null ? Optional.empty() : voucherCampaign;
            pointsByTier = pointsByTier == null ? Map.of() : Map.copyOf(pointsByTier);
            AccountChecks.catalogReward(id, name, points, pointsByTier);
        }

        /** One price for every member. */
        public CatalogReward(String id, String name, long points) {
            this(id, name, points, Map.of());
        }

        /** The price for a member of {@code tier}. */
        public long pointsFor(Optional<String> tier) {
            return tier.map(pointsByTier::get).orElse(points);
        }
    }


    /** What a refund does when the points it takes back were already spent (P7). */
    public enum NegativeBalance {
        /** Take back what the balance holds; the rest is forfeited and recorded, never owed. */
        FORFEIT,
        /** Take it all back: the balance goes negative and later earnings repay it. */
        ALLOW
    }
}
