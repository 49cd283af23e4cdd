package dev.rewards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.program.CustomRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.rules.RuleArchive;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PR2: custom DRL compiled at build time, loaded at run time as it is, deciding exactly as compiled now. */
class RuleArchiveTest {
    static Program withBonus(String marker) {
        return Program.builder().id("archived").currency("EUR").timeZone("UTC").earnRule(SpendRule.of("base", 1, "1.00"))
                .customRule(new CustomRule("beans-bonus", "25 points on beans (" + marker + ")", """
                        package dev.rewards.custom;
                        import dev.rewards.rules.api.PointsGrant;
                        import dev.rewards.transaction.Line;
                        rule "beans bonus %s"
                        when
                          $l : Line( categories contains "beans" )
                        then
                          insert(new PointsGrant("beans-bonus", 25, "beans"));
                        end
                        """.formatted(marker)))
                .build();
    }

    @Test
    void a_precompiled_archive_on_the_classpath_is_loaded_instead_of_compiled_and_decides_the_same(@TempDir Path dir) throws Exception {
        Program program = withBonus("archive-" + System.nanoTime());
        Path archive = RuleArchive.write(program, dir);
        assertThat(archive).exists().hasFileName(archive.getFileName().toString());
        assertThat(dir.relativize(archive).toString()).startsWith("META-INF/rewards/rules-").endsWith(".kjar");

        MemberState ana = MemberState.enrolled("m-ana", Instant.parse("2026-01-05T08:00:00Z"), Currency.getInstance("EUR"));
        Transaction tx = Transaction.builder("t-1", "m-ana", Instant.parse("2026-03-07T10:15:00Z")).currency("EUR")
                .line("1", "beans", "19.50", 1, "beans").build();
        int loadedBefore = RuleArchives.LOADED.get();
        ClassLoader original = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader withArchive = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
            Thread.currentThread().setContextClassLoader(withArchive);
            long points = Rewards.compile(program).evaluate(ana, tx).points();
            assertThat(RuleArchives.LOADED.get()).as("loaded from the archive, not compiled").isEqualTo(loadedBefore + 1);
            assertThat(points).isEqualTo(19 + 25);
        } finally {
            Thread.currentThread().setContextClassLoader(original);
        }
    }

    @Test
    void a_program_without_custom_rules_has_nothing_to_precompile(@TempDir Path dir) {
        Program plain = Program.builder().id("plain").currency("EUR").timeZone("UTC").earnRule(SpendRule.of("base", 1, "1.00")).build();
        assertThatThrownBy(() -> RuleArchive.write(plain, dir)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("nothing to precompile");
        assertThat(dir.resolve("META-INF")).doesNotExist();
    }

    @Test
    void custom_drl_that_does_not_compile_is_refused_with_its_path_and_nothing_is_written(@TempDir Path dir) throws Exception {
        Program broken = Program.builder().id("broken").currency("EUR").timeZone("UTC").earnRule(SpendRule.of("base", 1, "1.00"))
                .customRule(new CustomRule("oops", "", "package dev.rewards.custom;\nrule \"oops\" when Nonsense( ) then end\n")).build();
        assertThatThrownBy(() -> RuleArchive.write(broken, dir)).isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.customRules[0].drl");
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
