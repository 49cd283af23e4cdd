package dev.rewards.spi;

import dev.rewards.CompiledProgram;
import dev.rewards.program.Program;

/**
 * The engine behind {@link dev.rewards.Rewards#compile}: found with {@link java.util.ServiceLoader}.
 * {@code rewards-rules} provides the Drools one. Implementations are thread-safe.
 */
public interface ProgramCompiler {
    CompiledProgram compile(Program program);
}
