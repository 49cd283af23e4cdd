package dev.rewards.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.Rewards;
import dev.rewards.RewardsException;
import dev.rewards.ValidationException;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.ExchangeRates;
import dev.rewards.terms.Terms;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.terms.TermsDiff;
import dev.rewards.scenario.Scenario;
import dev.rewards.scenario.ScenarioResult;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code rewards} command-line tool.
 * <pre>
 * rewards evaluate --program P.json --members M.json --transactions T.jsonl   one outcome per line, as JSON
 * rewards explain  --program P.json --members M.json --transactions T.jsonl   the same, as readable text
 * rewards history  --program P.json --members M.json --history H.jsonl   accounts over time
 * rewards vouchers generate --program P.json --campaign ID --count N         new codes, one per line
 * rewards vouchers check --program P.json --members M.json --transactions T.jsonl --code CODE
 * </pre>
 * Every input is read and validated before anything is evaluated: on bad input, every problem is
 * printed with its file, line and JSON path, nothing is printed to standard output, and the exit
 * status is 1. Usage errors exit with 2.
 */
public final class RewardsCli {
    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private static final String USAGE_TEXT = """
            Usage: rewards <command> [options]

            Commands:
              evaluate   Decide each transaction; print one outcome per line as JSON.
              explain    Decide each transaction; print each outcome as readable text.
              simulate   Price a program over a history (or a synthetic one); compare two programs.
              synth      Write a seeded synthetic history (JSON lines).
              terms      Print a program as readable terms and conditions (Markdown), or what changes
                         from one version to another (--diff OLD NEW).
              precompile Compile a program's custom DRL at build time, for hosts without the compilers.
              scenarios  Run scenario files (YAML or JSON): expected outcomes, step by step.
              history    Run members' histories through their accounts; print events and balances.
              vouchers   Generate voucher codes, or check a code against transactions
                         ('rewards vouchers --help').

            Options: --help (-h), --version (-V). Options take their value as --name VALUE or --name=VALUE.
            Run 'rewards <command> --help' for the options of a command.
            """;

    private static final String COMMAND_HELP = """
            Usage: rewards %1$s --program FILE --members FILE --transactions FILE [--independent]

            %2$s

            Options:
              --program FILE        The program, as JSON, or YAML if it ends in .yaml or .yml
                                    (docs/program-format.md).
              --members FILE        Member states: a JSON array, or one JSON object per line.
              --transactions FILE   Transactions, one JSON object per line (JSON lines).
              --rates FILE          M5: an exchange rate table (JSON) for transactions in other
                                    currencies: {"currency": "EUR", "rates": {"USD": "0.9210"}}.
              --calendars FILE      P10: named calendars the program's conditions and blackouts use:
                                    {"nl-holidays": ["2027-04-27", "2027-12-25..2027-12-26"]}.
              --independent         Decide every transaction against the member states as given.
                                    By default each outcome is applied to its member's state before
                                    that member's next transaction (tier, totals, purchase count).
              --help                Show this help.

            Exit status: 0 on success, 1 on bad input (every problem is listed on stderr), 2 on usage errors.
            """;

    private final PrintStream out;
    private final PrintStream err;

    RewardsCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = new RewardsCli(out, System.err).run(args);
        out.flush();
        System.exit(status);
    }

    /**
     * Runs one command; whatever goes wrong ends as a message and an exit status, never a stack trace
     * (set REWARDS_DEBUG=1 to see one): invalid input 1, a bad option value 2, anything else 3.
     */
    int run(String... args) {
        String command = args.length == 0 ? "" : args[0] + ": ";
        try {
            Optional<CliSyntax.Parsed> parsed = CliSyntax.parse(args, err);
            if (parsed.isEmpty()) return USAGE;
            if (parsed.get().version()) {
                out.println(CliSyntax.version());
                return OK;
            }
            List<String> canonical = new ArrayList<>(parsed.get().args());
            if (parsed.get().help()) canonical.add("--help");
            return dispatch(canonical.toArray(String[]::new));
        } catch (RewardsException e) {
            err.println("rewards " + command + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("rewards " + command + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("rewards " + command + "could not finish: " + e);
            if (System.getenv("REWARDS_DEBUG") != null) e.printStackTrace(err);
            return FAILED;
        }
    }

    private int dispatch(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        String command = args[0];
        if (command.equals("vouchers")) return new VoucherCommands(this, out, err).run(Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("simulate")) return new SimulateCommand(this, out, err).run(false, Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("synth")) return new SimulateCommand(this, out, err).run(true, Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("terms")) return terms(Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("precompile")) return precompile(Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("scenarios")) return scenarios(Arrays.copyOfRange(args, 1, args.length));
        if (command.equals("history")) return new HistoryCommand(this, out, err).run(Arrays.copyOfRange(args, 1, args.length));
        String description = switch (command) {
            case "evaluate" -> "Decides each transaction and prints its outcome as one line of JSON.";
            case "explain" -> "Decides each transaction and prints its outcome as readable text: points, cashback, tier,\n"
                    + "and every rule of the program with what it gave or why it did not apply.";
            default -> null;
        };
        if (description == null) {
            err.println("rewards: unknown command '" + command + "'");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean independent = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    out.printf(COMMAND_HELP, command, description);
                    return OK;
                }
                case "--independent" -> independent = true;
                case "--program", "--members", "--transactions", "--rates", "--calendars" -> {
                    if (i + 1 >= args.length) return usage(command, a + " needs a file");
                    options.put(a, args[++i]);
                }
                default -> {
                    return usage(command, "unknown option '" + a + "'");
                }
            }
        }
        for (String required : List.of("--program", "--members", "--transactions")) {
            if (!options.containsKey(required)) return usage(command, "missing " + required + " FILE");
        }
        try {
            calendars = options.containsKey("--calendars") ? CalendarsOption.read(options.get("--calendars"), err) : dev.rewards.calendar.Calendars.NONE;
            if (calendars == null) return BAD_INPUT;
            ExchangeRates rates = null;
            if (options.containsKey("--rates")) {
                try {
                    rates = RewardsJson.readExchangeRates(Files.readString(Path.of(options.get("--rates"))));
                } catch (ValidationException e) {
                    e.problems().forEach(p -> err.println(options.get("--rates") + ": " + p));
                    err.println("rewards: nothing was evaluated");
                    return BAD_INPUT;
                }
            }
            return decide(command.equals("explain"), Path.of(options.get("--program")), Path.of(options.get("--members")),
                    Path.of(options.get("--transactions")), independent, rates);
        } catch (IOException | UncheckedIOException e) {
            err.println("rewards: " + ioProblem(e));
            return BAD_INPUT;
        }
    }

    /**
     * What went wrong reading or writing a file, for a person: "no such file: x.json", "permission
     * denied: out.html", never the exception's own wording twice.
     */
    static String ioProblem(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof java.nio.file.NoSuchFileException f) return "no such file: " + f.getFile();
        if (t instanceof java.nio.file.AccessDeniedException f) return "permission denied: " + f.getFile();
        if (t instanceof java.nio.file.FileSystemException f) {
            return (f.getReason() == null ? "cannot use" : f.getReason().toLowerCase(java.util.Locale.ROOT)) + ": " + f.getFile();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private int usage(String command, String message) {
        err.println("rewards " + command + ": " + message);
        err.printf(COMMAND_HELP, command, "");
        return USAGE;
    }

    /** P10: the host's calendars ({@code --calendars FILE}), added to the program's. */
    private dev.rewards.calendar.Calendars calendars = dev.rewards.calendar.Calendars.NONE;

    /** What a command decides on, read and validated as a whole. */
    record Loaded(Program program, Map<String, MemberState> members, List<Transaction> transactions) {
    }

    /** Reads the three inputs; on any problem prints them all and returns null. */
    Loaded load(Path programFile, Path membersFile, Path transactionsFile, String nothingDone) throws IOException {
        return load(programFile, membersFile, transactionsFile, nothingDone, null);
    }

    /** As above; a transaction in a currency {@code rates} converts from is accepted (M5). */
    Loaded load(Path programFile, Path membersFile, Path transactionsFile, String nothingDone, ExchangeRates rates) throws IOException {
        List<String> problems = new ArrayList<>();
        Program program = null;
        try {
            program = RewardsJson.readProgram(programFile, calendars);
        } catch (ValidationException e) {
            report(problems, programFile, 0, e.problems());
        }
        Map<String, MemberState> members = readMembers(membersFile, problems);
        List<Transaction> transactions = new ArrayList<>();
        List<String> lines = Files.readAllLines(transactionsFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                Transaction tx = RewardsJson.readTransaction(lines.get(i));
                if (!members.containsKey(tx.memberId()) && !problems.stream().anyMatch(p -> p.startsWith(membersFile.toString()))) {
                    problems.add(transactionsFile + ":" + (i + 1) + ": $.memberId: unknown member '" + tx.memberId() + "'");
                }
                boolean convertible = rates != null && rates.rate(tx.currency()).isPresent();
                if (program != null && !tx.currency().equals(program.currency()) && !convertible) {
                    problems.add(transactionsFile + ":" + (i + 1) + ": $.currency: must be " + program.currency() + " like the program, was "
                            + tx.currency() + (rates == null ? " (--rates FILE converts other currencies)" : "; the rate table has no " + tx.currency()));
                }
                transactions.add(tx);
            } catch (ValidationException e) {
                report(problems, transactionsFile, i + 1, e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("rewards: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; " + nothingDone);
            return null;
        }
        return new Loaded(program, members, transactions);
    }

    private int decide(boolean explain, Path programFile, Path membersFile, Path transactionsFile, boolean independent, ExchangeRates rates)
            throws IOException {
        Loaded loaded = load(programFile, membersFile, transactionsFile, "nothing was evaluated", rates);
        if (loaded == null) return BAD_INPUT;
        Program program = loaded.program();
        Map<String, MemberState> members = loaded.members();
        List<Transaction> transactions = loaded.transactions();
        CompiledProgram compiled = Rewards.compile(program);
        try {
            for (Transaction tx : transactions) {
                MemberState member = members.get(tx.memberId());
                Outcome outcome = rates == null ? compiled.evaluate(member, tx) : compiled.evaluate(member, tx, VoucherSnapshot.EMPTY, rates);
                if (!independent) members.put(member.id(), outcome.applyTo(member));
                if (explain) out.println(outcome.explain());
                else out.println(RewardsJson.write(outcome));
            }
        } catch (RewardsException e) {
            err.println("rewards: " + e.getMessage());
            return BAD_INPUT;
        }
        return OK;
    }

    Map<String, MemberState> readMembers(Path file, List<String> problems) throws IOException {
        Map<String, MemberState> members = new LinkedHashMap<>();
        String text = Files.readString(file);
        List<JsonNode> nodes = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        try {
            if (text.stripLeading().startsWith("[")) {
                JsonNode array = RewardsJson.parse(text);
                for (int i = 0; i < array.size(); i++) {
                    nodes.add(array.get(i));
                    lineNumbers.add(0);
                }
            } else {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) continue;
                    nodes.add(RewardsJson.parse(lines[i]));
                    lineNumbers.add(i + 1);
                }
            }
        } catch (InvalidInputException e) {
            report(problems, file, 0, e.problems());
            return members;
        }
        for (int i = 0; i < nodes.size(); i++) {
            try {
                MemberState m = RewardsJson.readMember(nodes.get(i));
                if (members.putIfAbsent(m.id(), m) != null) {
                    problems.add(file + location(lineNumbers.get(i)) + ": " + "[" + i + "].id: duplicate member '" + m.id() + "'");
                }
            } catch (ValidationException e) {
                int index = i;
                report(problems, file, lineNumbers.get(i),
                        e.problems().stream().map(p -> lineNumbers.get(index) > 0 ? p : prefix(p, index)).toList());
            }
        }
        return members;
    }

    private static Problem prefix(Problem p, int index) {
        return new Problem(p.path().replaceFirst("^\\$", "\\$[" + index + "]"), p.message(), p.line());
    }

    private static void report(List<String> problems, Path file, int line, List<Problem> found) {
        for (Problem p : found) {
            int at = line > 0 ? line : p.line();
            problems.add(file + location(at) + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
        }
    }

    private static String location(int line) {
        return line > 0 ? ":" + line : "";
    }

    /** {@code rewards scenarios PATH...}: every scenario file under each path; exit 1 if one fails or does not read. */
    private int scenarios(String... paths) {
        if (paths.length == 0 || paths[0].equals("--help")) {
            (paths.length == 0 ? err : out).println("Usage: rewards scenarios FILE-OR-FOLDER...\n\nRuns each scenario (docs/scenarios.md)"
                    + " and prints, for each failed step, expected vs actual and the explanation. Exit status 1 if any fails.");
            return paths.length == 0 ? USAGE : OK;
        }
        int failed = 0;
        int total = 0;
        for (String p : paths) {
            List<Path> files;
            try {
                files = Scenario.filesIn(Path.of(p));
            } catch (UncheckedIOException e) {
                err.println("rewards: " + ioProblem(e));
                return BAD_INPUT;
            }
            for (Path f : files) {
                total++;
                try {
                    ScenarioResult r = Scenario.load(f).run();
                    out.println((r.passed() ? "PASS " : "FAIL ") + f + (r.passed() ? "" : "\n" + r.report().indent(4)));
                    if (!r.passed()) failed++;
                } catch (ValidationException e) {
                    failed++;
                    out.println("FAIL " + f + ": does not read");
                    e.problems().forEach(x -> out.println("    " + x));
                }
            }
        }
        out.println(total - failed + " of " + total + " scenarios pass");
        return failed == 0 ? OK : BAD_INPUT;
    }

    /**
     * {@code rewards precompile --program FILE --out DIR}: the program's custom DRL compiled into
     * {@code DIR/META-INF/rewards/<name>.kjar}; with DIR on a host's classpath, {@code Rewards.compile}
     * loads it and needs no compiler (rewards-rules alone).
     */
    private int precompile(String... args) {
        CliArgs parsed = CliSyntax.read("precompile", args, 0);
        String help = "Usage: rewards precompile --program FILE --out DIR\n\nCompiles the program's custom DRL into DIR/META-INF/rewards/"
                + "<name>.kjar. Put DIR on the host's classpath (for example src/main/resources): the host then runs the program on\n"
                + "rewards-rules alone, with no compiler and no first-compile pause. Prints the file written.";
        if (parsed.help()) {
            out.println(help);
            return OK;
        }
        if (parsed.error().isPresent() || !parsed.has("--program") || !parsed.has("--out")) {
            err.println("rewards precompile: " + parsed.error().orElse("needs --program FILE and --out DIR"));
            err.println(help);
            return USAGE;
        }
        try {
            out.println(dev.rewards.rules.RuleArchive.write(RewardsJson.readProgram(Path.of(parsed.get("--program"))), Path.of(parsed.get("--out"))));
            return OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("rewards: " + ioProblem(e));
            return BAD_INPUT;
        }
    }

    /**
     * {@code rewards terms --program FILE}: the program as terms and conditions, in Markdown;
     * {@code rewards terms --diff OLD NEW} (PR5): what changes for members from one version to the next.
     */
    private int terms(String... args) {
        boolean diff = args.length == 3 && args[0].equals("--diff");
        if (!diff && (args.length != 2 || !args[0].equals("--program"))) {
            err.println("Usage: rewards terms --program FILE\n       rewards terms --diff OLD NEW\n\nPrints the program as terms and conditions"
                    + " people can read, in Markdown; with --diff, what changes for members from the program in OLD to the one in NEW.");
            return args.length == 1 && args[0].equals("--help") ? OK : USAGE;
        }
        String file = args[1];
        try {
            Program first = RewardsJson.readProgram(Path.of(args[1]));
            if (diff) {
                file = args[2];
                out.print(TermsDiff.markdown(first, RewardsJson.readProgram(Path.of(args[2]))));
            } else {
                out.print(Terms.markdown(first));
            }
            return OK;
        } catch (ValidationException e) {
            String where = file;
            e.problems().forEach(p -> err.println(where + ": " + p));
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println("rewards: " + ioProblem(e));
            return BAD_INPUT;
        }
    }
}
