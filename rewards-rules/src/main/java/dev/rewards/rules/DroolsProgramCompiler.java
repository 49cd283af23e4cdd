package dev.rewards.rules;

import dev.rewards.CompiledProgram;
import dev.rewards.program.Program;
import dev.rewards.rules.internal.RulesCompiledProgram;
import dev.rewards.spi.ProgramCompiler;

/**
 * The Drools engine behind {@link dev.rewards.Rewards#compile}, found through {@link java.util.ServiceLoader};
 * call {@code Rewards.compile} rather than this class. Compiling a program without custom DRL only
 * lays out its table (the built-in rules are built once per JVM); custom DRL is compiled once per
 * distinct text and cached. Thread-safe.
 */
public final class DroolsProgramCompiler implements ProgramCompiler {
    @Override
    public CompiledProgram compile(Program program) {
        return new RulesCompiledProgram(program);
    }

    /**
     * The naive use, for benchmarks only: the knowledge base rebuilt for this program alone, bypassing
     * every cache, as if a newcomer built one per transaction. Never call this on a request path.
     */
    public static CompiledProgram compileUncached(Program program) {
        return RulesCompiledProgram.uncached(program);
    }
}
