package dev.rewards.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local date of an instant and the instant a local date starts, in one zone, remembered: an
 * account's calendar asks both several times per operation (period starts of caps, challenges and
 * tier windows, about its clock and about its horizon a year or more before), and each answer
 * otherwise walks the zone's rules. A table of 4,096 days, each slot an immutable entry written
 * without locks: any thread sees no entry, an old one or a whole new one, and checks that it fits;
 * thread-safe.
 */
final class LocalDays {
    private record Day(LocalDate date, Instant from, Instant until) {
    }

    private static final int SLOTS = 4096;
    private final ZoneId zone;
    /** The zone's standard offset, to guess an instant's slot (a guess missed near midnight only costs the computation). */
    private final long offsetSeconds;
    private final Day[] days = new Day[SLOTS];

    /**
     * One table per zone, shared by every calendar in the JVM (accounts made per request, or per rate
     * table, cost nothing more); at most {@value #SHARED_ZONES} zones are kept (programs could name any
     * fixed offset), a calendar in another gets a table of its own.
     */
    private static final java.util.concurrent.ConcurrentMap<ZoneId, LocalDays> BY_ZONE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SHARED_ZONES = 64;

    static LocalDays of(ZoneId zone) {
        LocalDays shared = BY_ZONE.get(zone);
        if (shared != null) return shared;
        if (BY_ZONE.size() >= SHARED_ZONES) return new LocalDays(zone);
        return BY_ZONE.computeIfAbsent(zone, LocalDays::new);
    }

    LocalDays(ZoneId zone) {
        this.zone = zone;
        this.offsetSeconds = zone.getRules().getStandardOffset(Instant.EPOCH).getTotalSeconds();
    }

    /** {@code LocalDate.ofInstant(at, zone)}. */
    LocalDate dateOf(Instant at) {
        Day d = days[slot(Math.floorDiv(at.getEpochSecond() + offsetSeconds, 86_400L))];
        if (d != null && !at.isBefore(d.from) && at.isBefore(d.until)) return d.date;
        return day(LocalDate.ofInstant(at, zone)).date;
    }

    /** {@code date.atStartOfDay(zone).toInstant()}. */
    Instant startOf(LocalDate date) {
        Day d = days[slot(date.toEpochDay())];
        if (d != null && d.date.equals(date)) return d.from;
        return day(date).from;
    }

    private Day day(LocalDate date) {
        Day d = new Day(date, date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
        days[slot(date.toEpochDay())] = d;
        return d;
    }

    private static int slot(long day) {
        return (int) Math.floorMod(day, (long) SLOTS);
    }
}
