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

    /** One test per {@code .yaml}, {@code .yml} and {@code .json} file in the folder and below it, in name order. */
    public static Stream<DynamicTest> in(Path folder) {
        List<Path> files = Scenario.filesIn(folder);
        if (files.isEmpty()) throw new AssertionFailedError("no scenario files (.yaml, .yml, .json) in " + folder.toAbsolutePath());
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
