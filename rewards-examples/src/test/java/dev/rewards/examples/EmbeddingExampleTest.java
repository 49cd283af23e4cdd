package dev.rewards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.json.RewardsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The README never lies: its Java example is this module's compiled example, and it runs. */
class EmbeddingExampleTest {

    @Test
    void the_readme_java_example_is_the_compiled_example_word_for_word() throws IOException {
        assertThat(readmeBlock("<!-- embedding-example -->")).isNotEmpty().isEqualTo(marked("EmbeddingExample.java"));
        assertThat(readmeBlock("<!-- embedding-imports -->")).isEqualTo(Files.readAllLines(
                Path.of("src/main/java/dev/rewards/examples/EmbeddingExample.java")).stream().filter(l -> l.startsWith("import ")).toList());
    }

    @Test
    void the_readme_builder_example_is_the_compiled_example_word_for_word() throws IOException {
        assertThat(readmeBlock("<!-- builder-example -->")).isNotEmpty().isEqualTo(marked("BuilderExample.java"));
        assertThat(readmeBlock("<!-- builder-imports -->")).isEqualTo(imports("BuilderExample.java"));
    }

    private static List<String> imports(String file) throws IOException {
        return Files.readAllLines(Path.of("src/main/java/dev/rewards/examples/" + file)).stream().filter(l -> l.startsWith("import ")).toList();
    }

    @Test
    void the_readme_voucher_example_is_the_compiled_example_word_for_word() throws IOException {
        assertThat(readmeBlock("<!-- voucher-example -->")).isNotEmpty().isEqualTo(marked("VoucherExample.java"));
        assertThat(readmeBlock("<!-- voucher-imports -->")).isEqualTo(imports("VoucherExample.java"));
    }

    @Test
    void the_voucher_example_runs_and_prints_what_it_says() {
        assertThat(printedBy(VoucherExample::main).lines()).containsExactly(
                "1.95 EUR off, 17.55 EUR on the gift card, 0.00 EUR to pay", "REDEEMED, gift card left: 7.45 EUR", "REVERSED");
    }

    @Test
    void the_program_built_in_java_is_the_bundled_json_program() {
        assertThat(BuilderExample.brewhouse()).isEqualTo(RewardsJson.readProgram(Path.of("data/brewhouse/program.json")));
    }

    private static List<String> marked(String file) throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/main/java/dev/rewards/examples/" + file));
        return between(source, "// README:start", "// README:end").stream()
                .map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).toList();
    }

    private static List<String> readmeBlock(String marker) throws IOException {
        return between(Files.readAllLines(Path.of("../README.md")), marker, "```").stream().skip(1).toList();
    }

    @Test
    void the_example_runs_and_prints_what_it_says() {
        String printed = printedBy(EmbeddingExample::main);
        assertThat(printed).startsWith("101 points").contains("[applied]     welcome (firstPurchaseBonus): first purchase: 50 points");
    }

    private static List<String> between(List<String> lines, String start, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).trim().equals(start)) {
                from = i + 1;
            } else if (from >= 0 && lines.get(i).trim().equals(end) && i > from) {
                return lines.subList(from, i);
            }
        }
        return List.of();
    }

    /** What an example's main prints on the bundled program. */
    private static String printedBy(Consumer<String[]> main) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[] {"data/brewhouse/program.json"});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
