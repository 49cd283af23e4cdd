package dev.rewards.rules.internal;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.CustomRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the archives {@link RuleArchives} loads; the public entry is {@code dev.rewards.rules.RuleArchive}. */
public final class RuleArchiveWriter {
    private RuleArchiveWriter() {
    }

    public static Path write(List<CustomRule> custom, Path folder) throws IOException {
        if (custom.isEmpty()) {
            throw new InvalidProgramException(List.of(new Problem("$.customRules", "the program has no custom rules: nothing to precompile"
                    + " (its built-in rules are precompiled already)")));
        }
        if (!KnowledgeBases.compilersPresent()) {
            throw new InvalidProgramException(List.of(new Problem("$.customRules", "precompiling custom DRL needs the Drools compilers: add the"
                    + " dependency dev.rewards:rewards-custom-rules to the build that precompiles")));
        }
        Path file = folder.resolve(RuleArchives.FOLDER + RuleArchives.name(KnowledgeBases.hash(custom)) + ".kjar");
        Files.createDirectories(file.getParent());
        Files.write(file, KnowledgeBases.archive(custom));
        return file;
    }
}
