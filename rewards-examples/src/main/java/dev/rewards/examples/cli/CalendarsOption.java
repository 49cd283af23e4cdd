package dev.rewards.examples.cli;

import dev.rewards.ValidationException;
import dev.rewards.json.RewardsJson;
import dev.rewards.calendar.Calendars;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** P10: {@code --calendars FILE}, the host's calendars added to the program's ({@code {"nl-holidays": ["2027-04-27"]}}). */
final class CalendarsOption {
    private CalendarsOption() {
    }

    /** The calendars in the file, or null after printing every problem with the file's name. */
    static Calendars read(String file, PrintStream err) throws IOException {
        try {
            return RewardsJson.readCalendars(Files.readString(Path.of(file)));
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println(file + ": " + p));
            err.println("rewards: nothing was evaluated");
            return null;
        }
    }
}
