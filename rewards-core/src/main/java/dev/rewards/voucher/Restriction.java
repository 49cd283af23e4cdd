package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.internal.Sets;
import dev.rewards.internal.Times;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.Line;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * One condition a voucher campaign puts on its use (V5), each its own piece: a campaign lists any
 * number of them and a voucher is accepted only when none fails. A failed restriction gives one
 * {@link Reason} (a stable code, a message, the distance where there is one), and a rejected voucher
 * lists every failed restriction, not just the first. Kinds added later ({@link ContainsItems},
 * {@link MinimumQuantity}, {@link NthOrder}, {@link ShipTo}, {@link Segments}, {@link CampaignBudget}) are top-level types of this package, listed in
 * {@code permits}. Restrictions on lines ({@link Items}, {@link Vendors}, a per-line
 * {@link MinimumQuantity}) also decide which lines the discount applies to and what counts towards a minimum
 * spend.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Restriction permits Restriction.Validity, Restriction.MinimumSpend, Restriction.Items, Restriction.Vendors,
        Restriction.Stores, Restriction.Channels, Blackout, Restriction.Hours, Restriction.UsesPerCode, Restriction.UsesPerMember,
        Restriction.FirstOrderOnly, Restriction.Tiers, ContainsItems, MinimumQuantity, NthOrder, ShipTo, Segments,
        CampaignBudget {

    /** Why the voucher cannot be used with this checkout; empty when the restriction is met. */
    Optional<Reason> check(Checkout checkout);

    /** Calls the method of {@code cases} for this restriction's kind. */
    <R> R accept(Cases<R> cases);

    /**
     * One method per restriction kind: the exhaustive dispatch over the family (terms, JSON), checked
     * by the compiler: a new kind does not compile until every visitor handles it.
     */
    interface Cases<R> {
        R validity(Validity r);

        R minimumSpend(MinimumSpend r);

        R items(Items r);

        R vendors(Vendors r);

        R stores(Stores r);

        R channels(Channels r);

        R blackout(Blackout r);

        R hours(Hours r);

        R usesPerCode(UsesPerCode r);

        R usesPerMember(UsesPerMember r);

        R firstOrderOnly(FirstOrderOnly r);

        R tiers(Tiers r);

        R containsItems(ContainsItems r);

        R minimumQuantity(MinimumQuantity r);

        R nthOrder(NthOrder r);

        R shipTo(ShipTo r);

        R segments(Segments r);

        R campaignBudget(CampaignBudget r);
    }

    /** Whether a line may be discounted by the voucher; only line restrictions say no. */
    default boolean admits(Line line) {
        return true;
    }

    /**
     * Valid from {@code from} (inclusive) until {@code until} (exclusive, the expiry), both local
     * date-times in the program's time zone; either may be absent.
     */
    record Validity(Optional<LocalDateTime> from, Optional<LocalDateTime> until) implements Restriction {
        public Validity {
            from = from == null ? Optional.empty() : from;
            until = until == null ? Optional.empty() : until;
            Checks checks = Checks.start();
            if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
                checks.add("validUntil", Messages.untilNotAfterFrom(from.get(), until.get()));
            }
            checks.throwIfAny(InvalidProgramException::new);
        }

        public static Validity between(LocalDateTime from, LocalDateTime until) {
            return new Validity(Optional.ofNullable(from), Optional.ofNullable(until));
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            LocalDateTime t = c.programTime();
            if (from.isPresent() && t.isBefore(from.get())) {
                return Optional.of(Reason.of(ReasonCode.NOT_YET_VALID, "the voucher is valid from " + from.get()));
            }
            if (until.isPresent() && !t.isBefore(until.get())) {
                return Optional.of(Reason.of(ReasonCode.EXPIRED, "the voucher expired at " + until.get()));
            }
            return Optional.empty();
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.validity(this);
        }
    }

    /**
     * The lines the voucher admits must cost at least {@code amount}: before any discount, or with
     * {@code afterEarlierDiscounts} (Q3) on what the discounts applied before this one left, checked
     * when it is applied.
     */
    record MinimumSpend(Money amount, boolean afterEarlierDiscounts) implements Restriction {
        public MinimumSpend {
            Checks checks = Checks.start();
            if (checks.present(amount, "minimumSpend")) checks.positive(amount.amount(), "minimumSpend");
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** A minimum read before any discount. */
        public MinimumSpend(Money amount) {
            this(amount, false);
        }

        /** The same minimum, read on what earlier discounts left. */
        public MinimumSpend readAfterEarlierDiscounts() {
            return new MinimumSpend(amount, true);
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            return afterEarlierDiscounts ? Optional.empty() : shortOf(c.eligibleSpend(), "");
        }

        /** Why {@code spend} is below the minimum, with the distance; {@code when} says what was read ("after earlier discounts"). */
        public Optional<Reason> shortOf(Money spend, String when) {
            if (!spend.isLessThan(amount)) return Optional.empty();
            Money more = amount.minus(spend);
            return Optional.of(new Reason(ReasonCode.BELOW_MINIMUM_SPEND, "spend " + more.amount().toPlainString() + " "
                    + more.currency().getCurrencyCode() + " more on eligible items (minimum " + amount + when + ", eligible "
                    + spend + ")", Optional.of(new Shortfall(more.amount(), more.currency().getCurrencyCode()))));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.minimumSpend(this);
        }
    }

    /** Only lines in {@code scope} (categories and SKUs included or excluded) are discounted and counted. */
    record Items(LineScope scope) implements Restriction {
        public Items {
            Checks checks = Checks.start();
            checks.present(scope, "items");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public boolean admits(Line line) {
            return scope.matches(line);
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            return c.eligibleLines() > 0 ? Optional.empty()
                    : Optional.of(Reason.of(ReasonCode.NO_ELIGIBLE_LINES, "no item in the basket is eligible for the voucher"));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.items(this);
        }
    }

    /** Only lines sold by one of {@code vendors} are discounted and counted (marketplaces). */
    record Vendors(Set<String> vendors) implements Restriction {
        public Vendors {
            vendors = Sets.nonEmpty(vendors, "vendors");
        }

        @Override
        public boolean admits(Line line) {
            return line.vendor().isPresent() && vendors.contains(line.vendor().get());
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            return c.eligibleLines() > 0 ? Optional.empty()
                    : Optional.of(Reason.of(ReasonCode.VENDOR_NOT_ELIGIBLE, "no item in the basket is sold by " + String.join(", ", vendors)));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.vendors(this);
        }
    }

    record Stores(Set<String> stores) implements Restriction {
        public Stores {
            stores = Sets.nonEmpty(stores, "stores");
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            if (c.store().isPresent() && stores.contains(c.store().get())) return Optional.empty();
            return Optional.of(Reason.of(ReasonCode.STORE_NOT_ELIGIBLE, "the voucher is valid in " + String.join(", ", stores)
                    + ", not in " + c.store().orElse("an unnamed store")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.stores(this);
        }
    }

    record Channels(Set<String> channels) implements Restriction {
        public Channels {
            channels = Sets.nonEmpty(channels, "channels");
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            if (c.channel().isPresent() && channels.contains(c.channel().get())) return Optional.empty();
            return Optional.of(Reason.of(ReasonCode.CHANNEL_NOT_ELIGIBLE, "the voucher is valid in channel "
                    + String.join(", ", channels) + ", not " + c.channel().orElse("an unnamed channel")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.channels(this);
        }
    }


    /**
     * Usable only from {@code fromTime} (inclusive) until {@code untilTime} (exclusive), in the store's
     * local time, on {@code days} when given (every day when empty): a happy hour. A range that ends
     * before it starts runs past midnight and belongs to the day it starts on.
     */
    record Hours(LocalTime fromTime, LocalTime untilTime, Set<DayOfWeek> days) implements Restriction {
        public Hours {
            days = Sets.sorted(days, "days");
            Checks checks = Checks.start();
            checks.present(fromTime, "fromTime");
            checks.present(untilTime, "untilTime");
            checks.require(fromTime == null || !fromTime.equals(untilTime), "untilTime", "must differ from fromTime");
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** Every day from {@code fromTime} until {@code untilTime}, store-local. */
        public static Hours between(LocalTime fromTime, LocalTime untilTime) {
            return new Hours(fromTime, untilTime, Set.of());
        }

        public Hours on(DayOfWeek... days) {
            return new Hours(fromTime, untilTime, Set.of(days));
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            LocalDateTime t = c.storeTime();
            boolean pastMidnight = !fromTime.isBefore(untilTime) && t.toLocalTime().isBefore(untilTime);
            DayOfWeek day = pastMidnight ? t.getDayOfWeek().minus(1) : t.getDayOfWeek();
            if (Times.within(t.toLocalTime(), fromTime, untilTime) && (days.isEmpty() || days.contains(day))) return Optional.empty();
            return Optional.of(Reason.of(ReasonCode.OUTSIDE_HOURS, "the voucher is valid from " + fromTime + " to " + untilTime
                    + (days.isEmpty() ? "" : " on " + days) + " store time, not at " + t));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.hours(this);
        }
    }

    /** A code may be redeemed at most {@code max} times (1: single use). */
    record UsesPerCode(int max) implements Restriction {
        public UsesPerCode {
            Checks checks = Checks.start();
            checks.positive(max, "maxUsesPerCode");
            checks.throwIfAny(InvalidProgramException::new);
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            return c.usesOfCode() < max ? Optional.empty()
                    : Optional.of(Reason.of(ReasonCode.CODE_USED_UP, "the code has been used " + c.usesOfCode() + " of " + max
                    + (max == 1 ? " time" : " times")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.usesPerCode(this);
        }
    }

    /** A member may use the campaign at most {@code max} times, whatever the code; guests may not use it. */
    record UsesPerMember(int max) implements Restriction {
        public UsesPerMember {
            Checks checks = Checks.start();
            checks.positive(max, "maxUsesPerMember");
            checks.throwIfAny(InvalidProgramException::new);
        }

        /** A limit per member can only be kept for members: a guest (not enrolled) never passes it. */
        @Override
        public Optional<Reason> check(Checkout c) {
            if (!c.member()) {
                return Optional.of(Reason.of(ReasonCode.NOT_A_MEMBER, "the voucher is limited to " + max + (max == 1 ? " use" : " uses")
                        + " per member; the customer is not enrolled"));
            }
            return c.usesByMember() < max ? Optional.empty()
                    : Optional.of(Reason.of(ReasonCode.MEMBER_LIMIT_REACHED, "the member has used this campaign "
                    + c.usesByMember() + " of " + max + (max == 1 ? " time" : " times")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.usesPerMember(this);
        }
    }

    /** Only for a member's first purchase. */
    record FirstOrderOnly() implements Restriction {
        @Override
        public Optional<Reason> check(Checkout c) {
            return c.lifetimePurchases() == 0 ? Optional.empty()
                    : Optional.of(Reason.of(ReasonCode.NOT_FIRST_PURCHASE, "the voucher is for a first order; the member has made "
                    + c.lifetimePurchases() + (c.lifetimePurchases() == 1 ? " purchase" : " purchases")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.firstOrderOnly(this);
        }
    }

    /** Only for members of one of {@code tiers}. */
    record Tiers(Set<String> tiers) implements Restriction {
        public Tiers {
            tiers = Sets.nonEmpty(tiers, "tiers");
        }

        @Override
        public Optional<Reason> check(Checkout c) {
            if (c.member() && c.tier().isPresent() && tiers.contains(c.tier().get())) return Optional.empty();
            return Optional.of(Reason.of(ReasonCode.TIER_NOT_ELIGIBLE, "the voucher is for tier " + String.join(", ", tiers)
                    + "; the member is " + (c.member() ? c.tier().map(t -> "in " + t).orElse("in no tier") : "not enrolled")));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.tiers(this);
        }
    }
}
