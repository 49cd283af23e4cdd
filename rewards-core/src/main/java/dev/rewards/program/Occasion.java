package dev.rewards.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * L5: a member's own occasion, judged on the transaction's date in the program's time zone: their
 * birthday (a month and day the host supplies; no year is needed or kept) or the anniversary of their
 * enrolment (from the first anniversary on), over its day, its week (Monday to Sunday, as the
 * program's weeks) or its month. A 29 February falls on 28 February in common years.
 *
 * <p>Immutable and thread-safe.
 */
public record Occasion(Kind kind, Span span) {
    public enum Kind { BIRTHDAY, ENROLMENT_ANNIVERSARY }

    public enum Span { DAY, WEEK, MONTH }

    public Occasion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
    }

    public static Occasion birthday(Span span) {
        return new Occasion(Kind.BIRTHDAY, span);
    }

    public static Occasion anniversary(Span span) {
        return new Occasion(Kind.ENROLMENT_ANNIVERSARY, span);
    }

    /** The day a month-day falls on in {@code year}: 29 February on 28 February in a common year. */
    public static LocalDate in(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /** The month and day this occasion recurs on for the member; empty when it is not known (no birthday, not enrolled). */
    public Optional<MonthDay> day(Optional<MonthDay> birthday, Optional<LocalDate> enrolled) {
        return kind == Kind.BIRTHDAY ? birthday : enrolled.map(MonthDay::from);
    }

    /** True when {@code date} lies in the occasion's span in some year (the anniversary from its first year on). */
    public boolean covers(LocalDate date, Optional<MonthDay> birthday, Optional<LocalDate> enrolled) {
        Optional<MonthDay> day = day(birthday, enrolled);
        if (day.isEmpty()) return false;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            if (kind == Kind.ENROLMENT_ANNIVERSARY && year <= enrolled.get().getYear()) continue;
            LocalDate d = in(day.get(), year);
            boolean covered = switch (span) {
                case DAY -> date.equals(d);
                case WEEK -> !date.isBefore(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                        && !date.isAfter(d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
                case MONTH -> date.getYear() == d.getYear() && date.getMonth() == d.getMonth();
            };
            if (covered) return true;
        }
        return false;
    }

    /** "the member's birthday week", "the month of the member's enrolment anniversary". */
    public String describe() {
        String what = kind == Kind.BIRTHDAY ? "birthday" : "enrolment anniversary";
        return switch (span) {
            case DAY -> "the member's " + what;
            case WEEK -> "the week of the member's " + what;
            case MONTH -> "the month of the member's " + what;
        };
    }
}
