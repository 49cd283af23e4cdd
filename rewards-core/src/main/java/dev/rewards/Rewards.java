package dev.rewards;

import dev.rewards.program.Program;
import dev.rewards.spi.ProgramCompiler;
import java.util.Iterator;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Compiles programs. Put {@code rewards-rules} on the class path, then:
 * <pre>{@code
 * CompiledProgram compiled = Rewards.compile(program);   // once, at start-up or on a program change
 * Outcome outcome = compiled.evaluate(member, transaction); // per transaction, on any thread
 * }</pre>
 */
public final class Rewards {
    private Rewards() {
    }

    /** Compiles a program; do it once and share the result. */
    public static CompiledProgram compile(Program program) {
        Objects.requireNonNull(program, "program");
        return Holder.COMPILER.compile(program);
    }

    private static final class Holder {
        static final ProgramCompiler COMPILER = load();

        private static ProgramCompiler load() {
            Iterator<ProgramCompiler> found = ServiceLoader.load(ProgramCompiler.class, Rewards.class.getClassLoader()).iterator();
            if (!found.hasNext()) {
                throw new IllegalStateException("No rewards engine on the class path: add the dev.rewards:rewards-rules dependency");
            }
            return found.next();
        }
    }
}
