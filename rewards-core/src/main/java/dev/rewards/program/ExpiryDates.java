package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The dates of {@link AccountPolicy.Expiry} (P7, L8), in a program's time zone. Stateless; thread-safe. */
final class ExpiryDates {
    private ExpiryDates() {
    }

    /** When points earned at {@code earnedAt} expire, in {@code zone}; empty when they never do. */
    static Optional<Instant> of(AccountPolicy.Expiry e, Instant earnedAt, ZoneId zone) {
        ZonedDateTime earned = ZonedDateTime.ofInstant(earnedAt, zone);
        if (e.onDate().isPresent()) return fixed(e, e.onDate().get(), earnedAt, zone);
        if (e.yearlyOn().isPresent()) {
            // the first reset date after the day of earning (points earned on a reset day last until the next one)
            LocalDate day = earned.toLocalDate();
            LocalDate next = e.yearlyOn().get().atYear(day.getYear());
            if (!next.isAfter(day)) next = e.yearlyOn().get().atYear(day.getYear() + 1);
            return fixed(e, next, earnedAt, zone);
        }
        ZonedDateTime last;
        if (e.monthsAfterEarning().isPresent()) last = earned.plusMonths(e.monthsAfterEarning().get());
        else if (e.daysAfterEarning().isPresent()) last = earned.plusDays(e.daysAfterEarning().get());
        else return Optional.empty();
        if (e.exactInstant()) return Optional.of(last.toInstant());
        LocalDate day = switch (e.roundUpTo()) {
            case NONE -> last.toLocalDate();
            case MONTH -> last.toLocalDate().with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> last.toLocalDate().withMonth(((last.getMonthValue() - 1) / 3) * 3 + 3).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> last.toLocalDate().with(TemporalAdjusters.lastDayOfYear());
        };
        return Optional.of(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Points earned before {@code date} expire at its end (at its start when exact); points earned on it or later, not by it. */
    private static Optional<Instant> fixed(AccountPolicy.Expiry e, LocalDate date, Instant earnedAt, ZoneId zone) {
        Instant start = date.atStartOfDay(zone).toInstant();
        if (!earnedAt.isBefore(start)) return Optional.empty();
        return Optional.of(e.exactInstant() ? start : date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The checks of an {@link AccountPolicy.Expiry}: one kind of date at most, rounding only of a relative one. */
    static void check(Optional<Integer> monthsAfterEarning, Optional<Integer> daysAfterEarning, Optional<LocalDate> onDate, boolean exactInstant,
                      AccountPolicy.Expiry.RoundUp roundUpTo, Optional<java.time.MonthDay> yearlyOn) {
        Checks checks = Checks.start();
        monthsAfterEarning.ifPresent(m -> checks.positive(m, "monthsAfterEarning"));
        daysAfterEarning.ifPresent(d -> checks.positive(d, "daysAfterEarning"));
        int given = (monthsAfterEarning.isPresent() ? 1 : 0) + (daysAfterEarning.isPresent() ? 1 : 0) + (onDate.isPresent() ? 1 : 0)
                + (yearlyOn.isPresent() ? 1 : 0);
        checks.require(given <= 1, "expiry", "give one of monthsAfterEarning, daysAfterEarning, onDate and yearlyOn, not several");
        boolean relative = monthsAfterEarning.isPresent() || daysAfterEarning.isPresent();
        checks.require(roundUpTo == AccountPolicy.Expiry.RoundUp.NONE || relative, "roundUpTo", "rounds monthsAfterEarning or daysAfterEarning, which are not given");
        checks.require(roundUpTo == AccountPolicy.Expiry.RoundUp.NONE || !exactInstant, "roundUpTo", "expires at the end of a period, not at an exact instant");
        checks.throwIfAny(InvalidProgramException::new);
    }
}
