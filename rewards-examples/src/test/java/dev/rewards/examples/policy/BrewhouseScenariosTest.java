package dev.rewards.examples.policy;

import dev.rewards.testing.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Brewhouse policy team's scenarios: every file in src/test/resources/scenarios is a test. */
class BrewhouseScenariosTest {
    @TestFactory
    Stream<DynamicTest> brewhouse_scenarios() {
        return ScenarioTests.in(Path.of("src/test/resources/scenarios"));
    }
}
