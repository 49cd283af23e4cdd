package dev.rewards.calendar;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * P10: named calendars of days, such as public holidays or a peak season, that conditions
 * ({@code "when": {"calendar": "peak-season"}} or {@code "exceptCalendar": "nl-holidays"}) and voucher
 * blackouts ({@code {"calendar": "nl-holidays"}}) name instead of repeating dates. Each is a list of
 * days and inclusive ranges of days in the program's time zone (a store's zone for a blackout), each
 * holding for its whole day: {@code ["2027-04-27", "2027-12-24..2027-12-26"]}.
 *
 * <p>The host supplies them: in the program's {@code calendars}, or from its own file with
 * {@code Program.withCalendars} (the CLI's {@code --calendars FILE}), so next year's holidays need no
 * change of the program's rules. A program naming a calendar it does not hold is refused, every such
 * name at once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Calendars {
    /** No calendar. */
    public static final Calendars NONE = new Calendars(Map.of());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    /** One inclusive range of days. */
    public record Days(LocalDate first, LocalDate last) {
        public Days {
            if (first == null || last == null || last.isBefore(first)) throw new IllegalArgumentException("a range of days runs forward");
        }

        /** {@code 2027-04-27}, or {@code 2027-12-24..2027-12-26}. */
        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + ".." + last;
        }
    }

    private final Map<String, List<Days>> calendars;

    private Calendars(Map<String, List<Days>> calendars) {
        this.calendars = calendars;
    }

    /**
     * Calendars by name from their days as written ({@code "2027-04-27"} or {@code "2027-12-24..2027-12-26"});
     * every problem at once, at {@code calendars.<name>[i]}.
     *
     * @throws InvalidProgramException for a bad name, a day that is not a date, or a range that runs backwards
     */
    public static Calendars of(Map<String, List<String>> days) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Days>> out = new TreeMap<>();
        days.forEach((name, written) -> {
            String path = "calendars." + name;
            if (name == null || !NAME.matcher(name).matches()) {
                problems.add(new Problem(path, "a calendar's name is 1 to 64 letters, digits, '-', '_' or '.'"));
                return;
            }
            List<Days> ranges = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                String w = written.get(i) == null ? "" : written.get(i).strip();
                try {
                    int dots = w.indexOf("..");
                    LocalDate first = LocalDate.parse(dots < 0 ? w : w.substring(0, dots));
                    LocalDate last = dots < 0 ? first : LocalDate.parse(w.substring(dots + 2));
                    if (last.isBefore(first)) problems.add(new Problem(path + "[" + i + "]", "the range ends before it starts: " + w));
                    else ranges.add(new Days(first, last));
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(path + "[" + i + "]", "expected a day such as 2027-04-27 or a range such as"
                            + " 2027-12-24..2027-12-26, was '" + w + "'"));
                }
            }
            ranges.sort(Comparator.comparing(Days::first));
            out.put(name, List.copyOf(ranges));
        });
        if (!problems.isEmpty()) throw new InvalidProgramException(problems);
        return new Calendars(Collections.unmodifiableMap(out));
    }

    /** These calendars with {@code other}'s added, a calendar of the same name replaced by the other's. */
    public Calendars with(Calendars other) {
        Map<String, List<Days>> out = new TreeMap<>(calendars);
        out.putAll(other.calendars);
        return new Calendars(Collections.unmodifiableMap(out));
    }

    public Set<String> names() {
        return calendars.keySet();
    }

    public boolean has(String name) {
        return calendars.containsKey(name);
    }

    /** The calendar's days as written, in order; empty for a name it does not hold. */
    public List<Days> days(String name) {
        return calendars.getOrDefault(name, List.of());
    }

    /** True when {@code date} is one of the named calendar's days (false for a name it does not hold). */
    public boolean contains(String name, LocalDate date) {
        List<Days> ranges = calendars.get(name);
        if (ranges == null) return false;
        for (Days d : ranges) {
            if (date.isBefore(d.first())) return false;
            if (!date.isAfter(d.last())) return true;
        }
        return false;
    }

    /** The first of the calendar's days on or after {@code date}, for explanations. */
    public java.util.Optional<LocalDate> nextOnOrAfter(String name, LocalDate date) {
        for (Days d : days(name)) {
            if (!d.last().isBefore(date)) return java.util.Optional.of(d.first().isAfter(date) ? d.first() : date);
        }
        return java.util.Optional.empty();
    }

    /** The calendars as written, for JSON. */
    public Map<String, List<String>> written() {
        Map<String, List<String>> out = new TreeMap<>();
        calendars.forEach((n, ds) -> out.put(n, ds.stream().map(Days::toString).toList()));
        return out;
    }

    public boolean isEmpty() {
        return calendars.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Calendars c && c.calendars.equals(calendars);
    }

    @Override
    public int hashCode() {
        return calendars.hashCode();
    }

    @Override
    public String toString() {
        return "Calendars" + written();
    }
}
