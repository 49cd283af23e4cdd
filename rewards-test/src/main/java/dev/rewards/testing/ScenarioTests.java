package dev.rewards.testing;

import dev.rewards.ValidationException;
import dev.rewards.scenario.Scenario;
import dev.rewards.scenario.ScenarioResult;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Every scenario file in a folder as a JUnit 5 test of its own (PR3):
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; policy() {
 *     return ScenarioTests.in(Path.of("src/test/resources/scenarios"));
 * }
 * </pre>
 *
 * A file that does not read fails with every problem and its path; a step that does not give what it
 * expects fails with expected vs actual and the explanation of the outcome.
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /**
     * One test per scenario file in the folder and below it ({@code *.scenario.yaml}, {@code *.scenario.yml},
     * {@code *.scenario.json}), in name order. A folder that does not exist or holds no scenario file
     * fails, naming what it holds: a mistyped path never passes with nothing run.
     */
    public static Stream<DynamicTest> in(Path folder) {
        List<Path> files;
        try {
            files = Scenario.filesIn(folder);
        } catch (ValidationException e) {
            throw new AssertionFailedError("Scenarios in " + folder.toAbsolutePath() + ": " + String.join("; ",
                    e.problems().stream().map(p -> p.message()).toList()));
        }
        // no test source URI: Maven Surefire 3.5 silently drops dynamic tests that carry a file source
        return files.stream().map(f -> DynamicTest.dynamicTest(folder.relativize(f).toString(), () -> check(f)));
    }

    /** Runs one scenario file; throws {@link AssertionFailedError} with the report when a step fails. */
    public static void check(Path file) {
        Scenario scenario;
        try {
            scenario = Scenario.load(file);
        } catch (ValidationException e) {
            throw new AssertionFailedError("Scenario " + file + " does not read:\n  " + String.join("\n  ", e.problems().stream().map(Object::toString).toList()));
        }
        ScenarioResult result = scenario.run();
        if (!result.passed()) throw new AssertionFailedError(result.report());
    }
}
