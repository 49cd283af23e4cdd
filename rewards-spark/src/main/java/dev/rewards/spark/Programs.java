package dev.rewards.spark;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Programs compiled once per executor JVM: a {@code CompiledProgram} is not serializable (and need not
 * be: it is immutable and shared), so tasks carry the program's JSON and compile it here the first time.
 */
final class Programs {
    record Compiled(Program program, CompiledProgram compiled) {
    }

    private static final ConcurrentHashMap<String, Compiled> BY_JSON = new ConcurrentHashMap<>();

    private Programs() {
    }

    static Compiled of(String json) {
        return BY_JSON.computeIfAbsent(json, j -> {
            Program p = RewardsJson.readProgram(j);
            return new Compiled(p, Rewards.compile(p));
        });
    }
}
