package dev.rewards.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md shows what runs: its scenario is a file of the suite, its Java is the suite's own code. */
class ScenarioDocsTest {
    static final Path DOC = Path.of("../docs/scenarios.md");

    @Test
    void the_scenario_in_the_docs_is_the_suites_file_word_for_word() throws IOException {
        List<String> doc = Files.readAllLines(DOC);
        int marker = doc.indexOf("<!-- scenario: gold-on-a-saturday.scenario.yaml -->");
        assertThat(marker).isNotNegative();
        List<String> block = block(doc, marker + 1);
        assertThat(block).isEqualTo(Files.readAllLines(Path.of("src/test/resources/scenarios/gold-on-a-saturday.scenario.yaml")));
    }

    @Test
    void every_java_example_in_the_docs_is_code_of_the_suite() throws IOException {
        List<String> doc = Files.readAllLines(DOC);
        List<String> suite = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/java/dev/rewards/examples/policy"))) {
            for (Path f : files.sorted().toList()) Files.readAllLines(f).forEach(l -> suite.add(l.strip()));
        }
        int examples = 0;
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.get(i).equals("```java")) continue;
            List<String> lines = block(doc, i).stream().map(String::strip).toList();
            assertThat(containsInOrder(suite, lines)).as("docs/scenarios.md, the Java example at line %d:%n%s", i + 1, String.join("\n", lines))
                    .isTrue();
            examples++;
        }
        assertThat(examples).isEqualTo(3);
    }

    /** The lines of the fenced block that starts at {@code fence}. */
    private static List<String> block(List<String> doc, int fence) {
        int end = fence + 1;
        while (!doc.get(end).equals("```")) end++;
        return doc.subList(fence + 1, end);
    }

    private static boolean containsInOrder(List<String> haystack, List<String> needle) {
        for (int start = 0; start + needle.size() <= haystack.size(); start++) {
            if (haystack.subList(start, start + needle.size()).equals(needle)) return true;
        }
        // the assertion examples are single statements picked from several tests: each line on its own, in order
        int at = 0;
        for (String line : needle) {
            int found = haystack.subList(at, haystack.size()).indexOf(line);
            if (found < 0) return false;
            at += found + 1;
        }
        return true;
    }
}
