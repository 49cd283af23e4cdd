package dev.rewards.json;

import dev.rewards.Problem;
import dev.rewards.calendar.Calendars;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** P10 in JSON: named calendars, in a program's {@code calendars} or a host's own file. */
final class CalendarJson {
    private CalendarJson() {
    }

    /** P10: {@code {"nl-holidays": ["2027-04-27", "2027-12-24..2027-12-26"]}}; problems at {@code $.calendars.<name>[i]}. */
    static Calendars read(JsonIn in, List<Problem> problems) {
        Map<String, List<String>> days = new java.util.LinkedHashMap<>();
        in.node.fields().forEachRemaining(e -> {
            List<String> written = new ArrayList<>();
            if (!e.getValue().isArray()) {
                problems.add(new Problem(in.at(e.getKey()), "expected an array of days such as [\"2027-04-27\", \"2027-12-24..2027-12-26\"]"));
                return;
            }
            e.getValue().forEach(d -> written.add(d.isTextual() ? d.textValue() : d.toString()));
            days.put(e.getKey(), written);
        });
        try {
            return Calendars.of(days);
        } catch (dev.rewards.InvalidProgramException e) {
            e.problems().forEach(p -> problems.add(new Problem(in.path + p.path().substring("calendars".length()), p.message())));
            return Calendars.NONE;
        }
    }
}
