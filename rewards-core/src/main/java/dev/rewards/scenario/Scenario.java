package dev.rewards.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.ValidationException;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A policy written down as a test (PR3): a program (inline, or a path relative to the scenario file),
 * members, and steps in time order, each an operation (a purchase, an event, a refund, a redemption,
 * the passing of time: the lines of a history file) with what it must give. Only what a step's
 * {@code expect} writes is checked. Read from YAML or JSON with {@link #load}; run with {@link #run}.
 *
 * <pre>
 * name: a member's first gold purchase
 * program: ../data/brewhouse/program.json
 * members:
 *   - { id: m-ana, enrolledAt: "2026-01-05T08:00:00Z", tier: green, currency: EUR, qualifyingSpend: "231.40" }
 * steps:
 *   - name: beans on a Saturday
 *     do: { kind: purchase, id: t-1, memberId: m-ana, at: "2026-03-07T10:15:00Z", currency: EUR,
 *           lines: [ { id: "1", sku: ethiopia-beans-1kg, categories: [beans], unitPrice: "19.50", quantity: 1 } ] }
 *     expect: { points: 58, tier: gold, upgraded: true, notApplied: { big-basket: BELOW_MINIMUM_SPEND } }
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
public record Scenario(String name, Path source, Program program, List<MemberState> members, List<Step> steps) {
    static final Set<String> EXPECTATIONS = Set.of("points", "cashback", "discount", "toPay", "tier", "upgraded", "applied", "notApplied",
            "vouchers", "available", "pending", "events", "rejected", "value", "badges", "storeCredit", "pendingCashback");

    public Scenario {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        steps = List.copyOf(steps);
    }

    /** One operation and what it must give: field name to expected value, as written. */
    public record Step(String name, Operation operation, Map<String, JsonNode> expect) {
        public Step {
            expect = Map.copyOf(expect);
        }
    }

    /** What a scenario file's name ends with, in a folder: {@code .scenario.yaml}, {@code .scenario.yml} or {@code .scenario.json}. */
    public static final String FILE_PATTERN = "*.scenario.yaml, *.scenario.yml or *.scenario.json";

    /**
     * The scenario files under {@code path}, in name order: in a folder and below it, the files named
     * {@code *.scenario.yaml}, {@code *.scenario.yml} or {@code *.scenario.json} (a program or member
     * file beside them is not one); a file given by name is itself, whatever its name.
     *
     * @throws InvalidInputException if the path does not exist, or a folder holds no scenario file
     *     (naming the YAML and JSON files it does hold, if any)
     */
    public static List<Path> filesIn(Path path) {
        if (Files.isRegularFile(path)) return List.of(path);
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(List.of(new Problem(path.toString(), "no such file or folder")));
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
            all = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + path, e);
        }
        List<Path> scenarios = all.stream().filter(f -> f.getFileName().toString().matches(".*\\.scenario\\.(ya?ml|json)$")).toList();
        if (scenarios.isEmpty()) {
            List<String> others = all.stream().map(f -> path.relativize(f).toString()).filter(f -> f.matches(".*\\.(ya?ml|json)$")).limit(5).toList();
            throw new InvalidInputException(List.of(new Problem(path.toString(), "no scenario files (" + FILE_PATTERN + ")"
                    + (others.isEmpty() ? "" : "; it holds " + String.join(", ", others) + ": a scenario's file name must end in .scenario.yaml"))));
        }
        return scenarios;
    }

    /** Reads a scenario file (YAML or JSON), reporting every problem with its path. */
    public static Scenario load(Path file) {
        JsonNode root = RewardsJson.parseFile(file);
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) throw new InvalidInputException(List.of(new Problem("$", "must be a scenario object")));
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!Set.of("name", "program", "members", "steps").contains(n)) problems.add(new Problem("$." + n, "unknown field '" + n + "'"));
        }
        String name = root.path("name").asText(file.getFileName().toString());
        Program program = null;
        JsonNode p = root.get("program");
        try {
            if (p == null) problems.add(new Problem("$.program", "is required: a path or an inline program"));
            else if (p.isTextual()) program = RewardsJson.readProgram(file.toAbsolutePath().getParent().resolve(p.asText()).normalize());
            else program = RewardsJson.readProgram(p);
        } catch (ValidationException e) {
            e.problems().forEach(x -> problems.add(x.under("$.program")));
        }
        List<MemberState> members = new ArrayList<>();
        JsonNode m = root.path("members");
        for (int i = 0; i < m.size(); i++) {
            try {
                members.add(RewardsJson.readMember(m.get(i)));
            } catch (ValidationException e) {
                for (Problem x : e.problems()) problems.add(new Problem(x.path().replaceFirst("^\\$", "\\$.members[" + i + "]"), x.message()));
            }
        }
        List<Step> steps = new ArrayList<>();
        JsonNode s = root.path("steps");
        if (!s.isArray() || s.isEmpty()) problems.add(new Problem("$.steps", "must list at least one step"));
        for (int i = 0; i < s.size(); i++) {
            JsonNode step = s.get(i);
            String at = "$.steps[" + i + "]";
            try {
                if (step.get("do") == null) {
                    problems.add(new Problem(at + ".do", "is required: the operation of the step"));
                    continue;
                }
                Operation op = RewardsJson.readOperation(step.get("do"));
                if (members.stream().noneMatch(x -> x.id().equals(op.memberId()))) {
                    problems.add(new Problem(at + ".do.memberId", "unknown member '" + op.memberId() + "'"));
                }
                Map<String, JsonNode> expect = new LinkedHashMap<>();
                step.path("expect").properties().forEach(e -> {
                    if (!EXPECTATIONS.contains(e.getKey())) {
                        problems.add(new Problem(at + ".expect." + e.getKey(), "unknown expectation, expected one of " + new TreeSet<>(EXPECTATIONS)));
                    }
                    expect.put(e.getKey(), e.getValue());
                });
                steps.add(new Step(Optional.ofNullable(step.get("name")).map(JsonNode::asText).orElse("step " + (i + 1) + " (" + op.id() + ")"),
                        op, expect));
            } catch (ValidationException e) {
                e.problems().forEach(x -> problems.add(new Problem(x.path().replaceFirst("^\\$", "\\" + at + ".do"), x.message())));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Scenario(name, file, program, members, steps);
    }

    /** Runs the steps in order through a fresh account per member and checks each step's expectations. */
    public ScenarioResult run() {
        return ScenarioRunner.run(this);
    }
}
