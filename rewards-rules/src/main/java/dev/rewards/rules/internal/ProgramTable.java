package dev.rewards.rules.internal;

import dev.rewards.program.Program;
import dev.rewards.program.RuleKind;
import dev.rewards.program.Tier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program laid out for evaluation, once: every rule as a {@link RuleEntry} in program order (the
 * order of {@link Program#ruleIds()}), and the entries of each kind. The rules read it with
 * {@code from}; nothing of the program is ever written into rule source. Immutable.
 */
public final class ProgramTable {
    private final Program program;
    private final List<RuleEntry> entries;
    private final Map<RuleKind, List<RuleEntry>> byKind = new EnumMap<>(RuleKind.class);
    private final Map<String, Integer> indexById = new HashMap<>();

    ProgramTable(Program program) {
        this.program = program;
        List<RuleEntry> all = new ArrayList<>();
        program.earnRules().forEach(r -> all.add(RuleEntry.of(all.size(), r)));
        program.tiering().tiers().stream().filter(Tier::multipliesEarning).forEach(t -> all.add(RuleEntry.of(all.size(), t)));
        program.caps().forEach(c -> all.add(RuleEntry.of(all.size(), c)));
        program.cashbackRules().forEach(c -> all.add(RuleEntry.of(all.size(), c)));
        program.customRules().forEach(c -> all.add(RuleEntry.of(all.size(), c)));
        this.entries = List.copyOf(all);
        entries.forEach(e -> indexById.put(e.getId(), e.getIndex()));
        for (RuleKind k : RuleKind.values()) {
            byKind.put(k, entries.stream().filter(e -> e.getKind() == k).toList());
        }
    }

    public Program program() {
        return program;
    }

    public List<RuleEntry> entries() {
        return entries;
    }

    /** The program-order position of a rule id. */
    public int indexOf(String ruleId) {
        return indexById.getOrDefault(ruleId, Integer.MAX_VALUE);
    }

    public List<RuleEntry> ofKind(RuleKind kind) {
        return byKind.get(kind);
    }
}
