package dev.rewards.program;

import dev.rewards.calendar.Calendars;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Sets;
import dev.rewards.internal.Times;
import dev.rewards.InvalidProgramException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * When a rule applies at all, judged on the transaction: a period in the program's time zone
 * ({@code from} inclusive, {@code until} exclusive, both optional), days of the week, channels,
 * stores, hours of the day ({@code fromTime} to {@code untilTime}, a happy hour), member segments, and
 * the member's birthday or enrolment anniversary ({@link Occasion}, L5). Empty sets mean
 * "any". JSON field: {@code when}.
 *
 * <p>Immutable and thread-safe.
 */
public record Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days,
                         Set<String> channels, Set<String> stores, Optional<LocalTime> fromTime, Optional<LocalTime> untilTime,
                         Set<String> segments, Optional<Occasion> occasion, Optional<String> calendar, Optional<String> exceptCalendar) {

    /** No condition: always applies. */
    public static final Conditions ALWAYS = new Conditions(Optional.empty(), Optional.empty(), Set.of(), Set.of(), Set.of());

    public Conditions {
        from = from == null ? Optional.empty() : from;
        until = until == null ? Optional.empty() : until;
        days = Sets.sorted(days, "days");
        channels = Sets.sorted(channels, "channels");
        stores = Sets.sorted(stores, "stores");
        segments = Sets.sorted(segments, "segments");
        fromTime = fromTime == null ? Optional.empty() : fromTime;
        untilTime = untilTime == null ? Optional.empty() : untilTime;
        occasion = occasion == null ? Optional.empty() : occasion;
        calendar = calendar == null ? Optional.empty() : calendar;
        exceptCalendar = exceptCalendar == null ? Optional.empty() : exceptCalendar;
        Checks checks = Checks.start().periodAndHours(from, until, fromTime, untilTime);
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** Without a calendar. */
    public Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days, Set<String> channels,
                      Set<String> stores, Optional<LocalTime> fromTime, Optional<LocalTime> untilTime, Set<String> segments,
                      Optional<Occasion> occasion) {
        this(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, Optional.empty(), Optional.empty());
    }

    /** Without an occasion. */
    public Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days, Set<String> channels,
                      Set<String> stores, Optional<LocalTime> fromTime, Optional<LocalTime> untilTime, Set<String> segments) {
        this(from, until, days, channels, stores, fromTime, untilTime, segments, Optional.empty());
    }

    /** Without member segments. */
    public Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days, Set<String> channels,
                      Set<String> stores, Optional<LocalTime> fromTime, Optional<LocalTime> untilTime) {
        this(from, until, days, channels, stores, fromTime, untilTime, Set.of());
    }

    /** Without hours of the day. */
    public Conditions(Optional<LocalDateTime> from, Optional<LocalDateTime> until, Set<DayOfWeek> days, Set<String> channels,
                      Set<String> stores) {
        this(from, until, days, channels, stores, Optional.empty(), Optional.empty());
    }

    /** {@code [from, until)} in the program's time zone. */
    public static Conditions between(LocalDateTime from, LocalDateTime until) {
        return ALWAYS.withPeriod(from, until);
    }

    public Conditions withPeriod(LocalDateTime from, LocalDateTime until) {
        return new Conditions(Optional.ofNullable(from), Optional.ofNullable(until), days, channels, stores, fromTime, untilTime, segments, occasion, calendar, exceptCalendar);
    }

    public Conditions withDays(Set<DayOfWeek> days) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, calendar, exceptCalendar);
    }

    public Conditions withChannels(Set<String> channels) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, calendar, exceptCalendar);
    }

    public Conditions withStores(Set<String> stores) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, calendar, exceptCalendar);
    }

    /**
     * Only from {@code fromTime} (inclusive) to {@code untilTime} (exclusive) each day, in the
     * program's time zone: a happy hour. A range that ends before it starts runs past midnight.
     */
    public Conditions withHours(LocalTime fromTime, LocalTime untilTime) {
        return new Conditions(from, until, days, channels, stores, Optional.of(fromTime), Optional.of(untilTime), segments, occasion, calendar, exceptCalendar);
    }

    /** E2: only for members the host puts in one of {@code segments} ({@link dev.rewards.transaction.MemberState#segments()}). */
    public Conditions withSegments(Set<String> segments) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, calendar, exceptCalendar);
    }

    /** L5: only on the member's birthday or enrolment anniversary, over its day, week or month (program time zone). */
    public Conditions on(Occasion occasion) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, Optional.of(occasion), calendar, exceptCalendar);
    }

    /** P10: only on the days of the named calendar ({@link Calendars}). */
    public Conditions onCalendar(String name) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, Optional.of(name), exceptCalendar);
    }

    /** P10: never on the days of the named calendar. */
    public Conditions exceptCalendar(String name) {
        return new Conditions(from, until, days, channels, stores, fromTime, untilTime, segments, occasion, calendar, Optional.of(name));
    }

    /** True when {@code date} is outside the calendar the conditions name, or on the one they except. */
    public boolean excludesCalendarDay(java.time.LocalDate date, Calendars calendars) {
        return calendar.isPresent() && !calendars.contains(calendar.get(), date)
                || exceptCalendar.isPresent() && calendars.contains(exceptCalendar.get(), date);
    }

    /** True when the conditions name an occasion and {@code date} is outside it for this member. */
    public boolean excludesOccasion(java.time.LocalDate date, Optional<java.time.MonthDay> birthday, Optional<java.time.LocalDate> enrolled) {
        return occasion.isPresent() && !occasion.get().covers(date, birthday, enrolled);
    }

    /** True when the conditions name segments and the member is in none of them. */
    public boolean excludesSegments(Set<String> memberSegments) {
        if (segments.isEmpty()) return false;
        for (String s : memberSegments) if (segments.contains(s)) return false;
        return true;
    }

    public boolean isAlways() {
        return equals(ALWAYS);
    }

    public boolean startsAfter(LocalDateTime time) {
        return from.isPresent() && time.isBefore(from.get());
    }

    public boolean endedBy(LocalDateTime time) {
        return until.isPresent() && !time.isBefore(until.get());
    }

    public boolean excludesDay(DayOfWeek day) {
        return !days.isEmpty() && !days.contains(day);
    }

    public boolean excludesChannel(Optional<String> channel) {
        return !channels.isEmpty() && (channel.isEmpty() || !channels.contains(channel.get()));
    }

    /** True outside the hours of the day the conditions give. */
    public boolean excludesTime(LocalTime time) {
        return fromTime.isPresent() && !Times.within(time, fromTime.get(), untilTime.get());
    }

    public boolean excludesStore(Optional<String> store) {
        return !stores.isEmpty() && (store.isEmpty() || !stores.contains(store.get()));
    }
}
