package dev.rewards.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** What running a {@link Scenario} gave: each step's mismatches (none: it passed) and what explains it. */
public record ScenarioResult(Scenario scenario, List<StepResult> steps) {
    public ScenarioResult {
        steps = List.copyOf(steps);
    }

    public record Mismatch(String field, String expected, String actual) {
        @Override
        public String toString() {
            return field + ": expected " + expected + ", was " + actual;
        }
    }

    public record StepResult(String name, List<Mismatch> mismatches, String explanation) {
        public StepResult {
            mismatches = List.copyOf(mismatches);
        }

        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    public boolean passed() {
        return steps.stream().allMatch(StepResult::passed);
    }

    /** Every failed step with expected vs actual, then the explanation of its outcome. */
    public String report() {
        StringBuilder b = new StringBuilder("Scenario '" + scenario.name() + "' (" + scenario.source() + ")");
        if (passed()) return b.append(": all ").append(steps.size()).append(" steps pass").toString();
        for (StepResult s : steps) {
            if (s.passed()) continue;
            b.append("\n\nStep '").append(s.name()).append("':\n");
            b.append(s.mismatches().stream().map(m -> "  " + m).collect(Collectors.joining("\n")));
            b.append("\n\n").append(s.explanation().indent(2));
        }
        return b.toString();
    }
}
