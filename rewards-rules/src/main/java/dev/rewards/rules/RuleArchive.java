package dev.rewards.rules;

import dev.rewards.program.Program;
import dev.rewards.rules.internal.RuleArchiveWriter;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Custom DRL compiled at build time (PR2): {@link #write} compiles a program's custom rules (with
 * rewards-custom-rules on the build's classpath) into {@code META-INF/rewards/<name>.kjar} under a
 * folder, for example {@code src/main/resources}. With that file on the classpath,
 * {@code Rewards.compile} loads the rules as they are: no compiler at run time (rewards-rules alone
 * suffices) and no first-compile pause. The name carries the hash of the custom DRL
 * and the Drools version, so a changed rule or a new Drools compiles again instead of loading a stale
 * archive. Also from the command line: {@code rewards precompile --program P --out DIR}.
 */
public final class RuleArchive {
    private RuleArchive() {
    }

    /**
     * Writes the archive of the program's custom rules under {@code folder} and returns its path.
     *
     * @throws dev.rewards.InvalidProgramException if the program has no custom rules, or they do not compile
     */
    public static Path write(Program program, Path folder) throws IOException {
        return RuleArchiveWriter.write(program.customRules(), folder);
    }
}
