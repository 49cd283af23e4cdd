import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's first hour, as CI: a fresh Maven project built only from what the README and
 * docs/scenarios.md show (their dependency and build blocks, the README's imports and example, the
 * docs' scenario file), compiled and tested against the artifacts the README's install command put
 * in the local repository. Run from the repository root, after that install:
 * {@code java .ci/FreshProject.java}. Exits with Maven's status.
 */
public class FreshProject {
    static final String CUSTOM_PROGRAM = "{\"id\":\"p\",\"currency\":\"EUR\",\"timeZone\":\"UTC\",\"earnRules\":[{\"kind\":\"spend\",\"id\":\"base\","
            + "\"points\":1,\"per\":\"1.00\"}],\"customRules\":[{\"id\":\"beans-bonus\",\"description\":\"25 on beans\",\"drl\":\"package dev.rewards.custom;"
            + "\\nimport dev.rewards.rules.api.PointsGrant;\\nimport dev.rewards.transaction.Line;\\nrule \\\"beans bonus\\\"\\nwhen\\n  Line( categories"
            + " contains \\\"beans\\\" )\\nthen\\n  insert(new PointsGrant(\\\"beans-bonus\\\", 25, \\\"beans\\\"));\\nend\\n\"}]}";

    public static void main(String[] args) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        List<String> readme = Files.readAllLines(repo.resolve("README.md"));
        List<String> scenarios = Files.readAllLines(repo.resolve("docs/scenarios.md"));

        // every <dependency> the two pages show, once each, in the order shown
        Map<String, String> dependencies = new LinkedHashMap<>();
        List<String> xml = new ArrayList<>(blocks(readme, "xml"));
        xml.addAll(blocks(scenarios, "xml"));
        String build = "";
        for (String block : xml) {
            Matcher m = Pattern.compile("(?s)<dependency>.*?</dependency>").matcher(block);
            while (m.find()) {
                if (m.group().contains("<scope>import</scope>")) continue; // the BOM, in dependencyManagement
                Matcher id = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(m.group());
                id.find();
                dependencies.putIfAbsent(id.group(1), m.group());
            }
            if (block.contains("<build>")) build = block;
        }
        String version = Files.readString(repo.resolve("pom.xml")).replaceAll("(?s).*?<artifactId>rewards-parent</artifactId>\\s*<version>(.*?)</version>.*", "$1");

        Path dir = Files.createTempDirectory("rewards-fresh-project");
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>shop</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.source>17</maven.compiler.source>
                    <maven.compiler.target>17</maven.compiler.target>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <rewards.version>%s</rewards.version>
                  </properties>
                  <dependencies>
                %s
                  </dependencies>
                %s
                </project>
                """.formatted(version, String.join("\n", dependencies.values()), build));

        // the README's example, with the imports it lists, in a class of the user's own
        String imports = String.join("\n", block(readme, "<!-- embedding-imports -->"));
        String example = String.join("\n", block(readme, "<!-- embedding-example -->")).indent(8);
        Path main = dir.resolve("src/main/java/com/example/Shop.java");
        Files.createDirectories(main.getParent());
        Files.writeString(main, "package com.example;\n\n" + imports + "\n\npublic class Shop {\n"
                + "    public static void main(String[] args) {\n        Path programFile = Path.of(args[0]);\n" + example + "    }\n}\n");

        // the docs' scenario, its program path pointing at the bundled program, run by the kit
        Path scenario = dir.resolve("src/test/resources/scenarios/gold-on-a-saturday.scenario.yaml");
        Files.createDirectories(scenario.getParent());
        Files.writeString(scenario, String.join("\n", block(scenarios, "<!-- scenario: gold-on-a-saturday.scenario.yaml -->"))
                .replaceAll("program: .*", "program: " + repo.resolve("rewards-examples/data/brewhouse/program.json")) + "\n");
        Path test = dir.resolve("src/test/java/com/example/ShopTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, """
                package com.example;

                import static org.assertj.core.api.Assertions.assertThat;

                import dev.rewards.testing.ScenarioTests;
                import java.io.ByteArrayOutputStream;
                import java.io.PrintStream;
                import java.nio.file.Path;
                import java.util.stream.Stream;
                import org.junit.jupiter.api.DynamicTest;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.TestFactory;

                class ShopTest {
                    @Test
                    void the_readme_example_prints_what_the_readme_says() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        PrintStream original = System.out;
                        System.setOut(new PrintStream(out, true));
                        try {
                            Shop.main(new String[] {"%s"});
                        } finally {
                            System.setOut(original);
                        }
                        assertThat(out.toString()).startsWith("101 points");
                    }

                    @Test
                    void the_engine_alone_refuses_custom_drl_and_names_the_artifact_that_compiles_it() {
                        String program = "{\\"id\\": \\"p\\", \\"currency\\": \\"EUR\\", \\"timeZone\\": \\"UTC\\", \\"customRules\\": [{\\"id\\": \\"x\\","
                                + " \\"drl\\": \\"package dev.rewards.custom;\\\\nrule \\\\\\"x\\\\\\" when then end\\"}]}";
                        org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> dev.rewards.Rewards.compile(dev.rewards.json.RewardsJson.readProgram(program)))
                                .isInstanceOf(dev.rewards.InvalidProgramException.class).hasMessageContaining("rewards-custom-rules");
                    }

                    @Test
                    void custom_drl_precompiled_at_build_time_runs_on_the_engine_alone() throws Exception {
                        dev.rewards.program.Program program = dev.rewards.json.RewardsJson.readProgram(Path.of("src/test/resources/custom-program.json"));
                        dev.rewards.transaction.Transaction tx = dev.rewards.transaction.Transaction.builder("t-1", "m-1",
                                java.time.Instant.parse("2026-03-07T10:15:00Z")).currency("EUR").line("1", "beans", "19.50", 1, "beans").build();
                        dev.rewards.transaction.MemberState member = dev.rewards.transaction.MemberState.enrolled("m-1",
                                java.time.Instant.parse("2026-01-05T08:00:00Z"), java.util.Currency.getInstance("EUR"));
                        assertThat(dev.rewards.Rewards.compile(program).evaluate(member, tx).points()).isEqualTo(44);
                    }

                    @TestFactory
                    Stream<DynamicTest> scenarios() {
                        return ScenarioTests.in(Path.of("src/test/resources/scenarios"));
                    }
                }
                """.formatted(repo.resolve("rewards-examples/data/brewhouse/program.json")));

        // a program with custom DRL, precompiled at "build time" by the CLI, then run on rewards-rules alone
        Path custom = dir.resolve("src/test/resources/custom-program.json");
        Files.writeString(custom, CUSTOM_PROGRAM);
        Process pre = new ProcessBuilder("java", "-jar", repo.resolve("rewards-examples/target/rewards-cli.jar").toString(), "precompile",
                "--program", custom.toString(), "--out", dir.resolve("src/main/resources").toString()).inheritIO().start();
        if (pre.waitFor() != 0) {
            System.out.println("Fresh project: rewards precompile failed");
            System.exit(1);
        }

        System.out.println("Fresh project from the README and docs/scenarios.md: " + dir);
        Process mvn = new ProcessBuilder("mvn", "-B", "-ntp", "-q", "test").directory(dir.toFile()).inheritIO().start();
        int status = mvn.waitFor();
        Path reports = dir.resolve("target/surefire-reports");
        long ran = 0;
        if (Files.isDirectory(reports)) {
            for (Path r : Files.list(reports).filter(p -> p.toString().endsWith(".txt")).toList()) {
                Matcher m = Pattern.compile("Tests run: (\\d+)").matcher(Files.readString(r));
                if (m.find()) ran += Long.parseLong(m.group(1));
            }
        }
        if (status == 0 && ran != 4) {
            System.out.println("Fresh project: expected 4 tests to run, " + ran + " ran");
            System.exit(1);
        }
        System.out.println(status == 0 ? "Fresh project: compiles, its 4 tests pass" : "Fresh project: FAILED");
        System.exit(status);
    }

    /** The fenced blocks of a language. */
    static List<String> blocks(List<String> page, String language) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).equals("```" + language)) continue;
            int end = i + 1;
            while (!page.get(end).equals("```")) end++;
            out.add(String.join("\n", page.subList(i + 1, end)));
            i = end;
        }
        return out;
    }

    /** The fenced block right after a marker line. */
    static List<String> block(List<String> page, String marker) throws IOException {
        int at = page.indexOf(marker);
        if (at < 0) throw new IOException("no " + marker + " in the page");
        int end = at + 2;
        while (!page.get(end).equals("```")) end++;
        return page.subList(at + 2, end);
    }
}
