package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Sets;
import dev.rewards.internal.Times;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * A period in which the voucher cannot be used, in the store's local time: the instants in
 * [{@code from}, {@code until}) when given, on {@code days} when given, between {@code fromTime}
 * and {@code untilTime} when given (a range that ends before it starts runs past midnight). Every
 * part given must hold for the blackout to apply; {@code days} alone blacks out whole days, and
 * {@code calendar} (P10) the days of a named calendar of the program ({@link dev.rewards.calendar.Calendars}).
 */
public record Blackout(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days,
                Optional<LocalTime> fromTime, Optional<LocalTime> untilTime, Optional<String> calendar) implements Restriction {
    /** Without a calendar. */
    public Blackout(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days, Optional<LocalTime> fromTime,
                    Optional<LocalTime> untilTime) {
        this(from, until, days, fromTime, untilTime, Optional.empty());
    }

    /** P10: every day of the named calendar ({@link dev.rewards.calendar.Calendars}), store-local. */
    public static Blackout calendar(String name) {
        return new Blackout(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Optional.of(name));
    }

    public Blackout {
        calendar = calendar == null ? Optional.empty() : calendar;
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        days = Sets.sorted(days, "days");
        fromTime = fromTime == null ? Optional.empty() : fromTime;
        untilTime = untilTime == null ? Optional.empty() : untilTime;
        Checks checks = Checks.start().periodAndHours(from, until, fromTime, untilTime);
        checks.require(from.isPresent() || until.isPresent() || !days.isEmpty() || fromTime.isPresent() || calendar.isPresent(), "blackout",
                "must give a period, days, hours or a calendar");
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** [{@code from}, {@code until}) in store-local time. */
    public static Blackout between(LocalDateTime from, LocalDateTime until) {
        return new Blackout(Optional.of(from), Optional.of(until), Set.of(), Optional.empty(), Optional.empty());
    }

    /** Every one of {@code days}, all day. */
    public static Blackout on(DayOfWeek... days) {
        return new Blackout(Optional.empty(), Optional.empty(), Set.of(days), Optional.empty(), Optional.empty());
    }

    /** Every day from {@code fromTime} until {@code untilTime}, store-local. */
    public static Blackout hours(LocalTime fromTime, LocalTime untilTime) {
        return new Blackout(Optional.empty(), Optional.empty(), Set.of(), Optional.of(fromTime), Optional.of(untilTime));
    }

    /** True when the blackout holds at {@code t}; a calendar's days are read in {@code calendars}. */
    public boolean covers(LocalDateTime t, dev.rewards.calendar.Calendars calendars) {
        if (calendar.isPresent() && !calendars.contains(calendar.get(), t.toLocalDate())) return false;
        return covers(t);
    }

    /** True when the period, days and hours hold at {@code t} (the calendar aside). */
    public boolean covers(LocalDateTime t) {
        if (from.isPresent() && t.isBefore(from.get())) return false;
        if (until.isPresent() && !t.isBefore(until.get())) return false;
        if (!days.isEmpty() && !days.contains(t.getDayOfWeek())) return false;
        if (fromTime.isPresent()) {
            if (!Times.within(t.toLocalTime(), fromTime.get(), untilTime.get())) return false;
        }
        return true;
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        return covers(c.storeTime(), c.calendars())
                ? Optional.of(Reason.of(ReasonCode.BLACKOUT, "the voucher cannot be used at " + c.storeTime() + " store time ("
                + describe() + ")"))
                : Optional.empty();
    }

    private String describe() {
        StringBuilder s = new StringBuilder("blackout");
        from.ifPresent(f -> s.append(" from ").append(f));
        until.ifPresent(u -> s.append(" until ").append(u));
        if (!days.isEmpty()) s.append(" on ").append(days);
        fromTime.ifPresent(f -> s.append(" between ").append(f).append(" and ").append(untilTime.get()));
        calendar.ifPresent(n -> s.append(" on the days of calendar ").append(n));
        return s.toString();
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.blackout(this);
    }
}
