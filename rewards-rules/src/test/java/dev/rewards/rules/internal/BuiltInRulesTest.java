package dev.rewards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.program.CustomRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Every built-in DRL file is in every knowledge base: the precompiled one and those built with custom
 * DRL (a hand-kept list once left vouchers.drl out of the latter, and programs with custom rules
 * silently lost their vouchers).
 */
class BuiltInRulesTest {
    private static final Path FOLDER = Path.of("src/main/resources", BuiltInRules.FOLDER);
    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);

    private static List<String> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
    }

    private static List<String> ruleNamesInFolder() throws IOException {
        List<String> names = new ArrayList<>();
        for (String file : filesInFolder()) {
            Matcher m = RULE.matcher(Files.readString(FOLDER.resolve(file)));
            while (m.find()) names.add(m.group(1));
        }
        return names;
    }

    private static List<String> ruleNames(KieBase base) {
        return base.getKiePackages().stream().filter(p -> p.getName().equals("dev.rewards.rules"))
                .flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();
    }

    @Test
    void the_list_of_built_in_files_is_every_drl_file_in_the_rules_folder() throws IOException {
        assertThat(BuiltInRules.FILES).containsExactlyInAnyOrderElementsOf(filesInFolder());
    }

    @Test
    void the_precompiled_rules_hold_every_rule_of_the_folder() throws IOException {
        assertThat(ruleNames(KnowledgeBases.builtIn().base())).containsExactlyInAnyOrderElementsOf(ruleNamesInFolder());
    }

    @Test
    void rules_built_with_custom_drl_hold_every_rule_of_the_folder_too() throws IOException {
        CustomRule custom = new CustomRule("noop", "", """
                package dev.rewards.custom;
                import dev.rewards.transaction.Transaction;
                rule "nothing" when Transaction( id == "never" ) then end
                """);

        assertThat(ruleNames(KnowledgeBases.withCustom(List.of(custom)).base())).containsExactlyInAnyOrderElementsOf(ruleNamesInFolder());
    }
}
