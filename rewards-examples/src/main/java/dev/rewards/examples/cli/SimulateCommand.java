package dev.rewards.examples.cli;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.ValidationException;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Report;
import dev.rewards.simulation.Simulation;
import dev.rewards.voucher.store.IssuedVoucher;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.transaction.MemberState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rewards simulate} (A3, A4) and {@code rewards synth}: a program, or two side by side, over a
 * history read as a stream (JSON lines or CSV) or generated on the fly, with a progress bar on a
 * terminal; and a synthetic history written out as JSON lines.
 */
final class SimulateCommand {
    static final String HELP = """
            Usage:
              rewards simulate --program FILE [--compare FILE] (--history FILE | --synthetic N)
                               [--members FILE] [--synthetic-members M] [--seed S] [--from INSTANT] [--months K]
                               [--issued FILE] [--spark MASTER | --by-member [--threads N]] [--format text|json|html]
                               [--out FILE]
              rewards synth --program FILE --synthetic N [--synthetic-members M] [--seed S] [--from INSTANT] [--months K]
                            [--members-out FILE]

            simulate  Runs the program over the history, streaming, and reports points issued, redeemed, expired
                      and outstanding (liability), cashback and discount cost, share of spend given back, tiers
                      at each month end, points by rule, voucher redemption rates, top members. --compare runs a
                      second program over the same history: figures side by side with the difference, and the
                      members most affected.
            synth     Writes a seeded synthetic history (JSON lines) to stdout.

            Options:
              --history FILE          One operation per line (docs/accounts.md), or CSV purchase lines when the
                                      name ends in .csv: transactionId,memberId,at,sku,category,unitPrice,quantity
                                      (a purchase is its consecutive rows; amounts in the program's currency).
              --synthetic N           N generated purchases; on top, about 3% of them refunded, and reviews and
                                      redemptions (2% and 1% of the operations).
              --synthetic-members M   Generated members (default N / 50).
              --seed S                The generator's seed (default 1).
              --from INSTANT          Start of the generated history (default 2026-01-01T00:00:00Z).
              --months K              Length of the generated history in months (default 24).
              --members FILE          Members known up front (the 'evaluate' format); others join at their first line.
              --issued FILE           Codes issued before the history (the 'vouchers check' format): their limits and
                                      balances hold, and a campaign's redemption rate is redeemed / issued.
              --spark MASTER          Run on Apache Spark (local[2], yarn, spark://host:7077): the same figures, for
                                      histories of any size. Needs rewards-spark and Spark on the class path
                                      (README, "Backtests on Spark"); JSON lines histories, without --compare or --issued.
              --by-member             The history is sorted by member (each member's lines together, in time order, as
                                      ORDER BY member, time gives them): members are replayed one after another on
                                      --threads threads (default: the machine's cores), one account in memory per
                                      thread; the same figures as in time order. Refused, naming the line, when the
                                      history is not so sorted. Not with --synthetic or --compare.
              --threads N             Threads for --by-member.
              --from, --to INSTANT    With --by-member: the history's span, given (otherwise the file is read once
                                      more for its first and last instant).
              --format F              text (default), json or html (self-contained, charts inline).
              --out FILE              Write the report there instead of stdout.
            """;

    private final RewardsCli cli;
    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(RewardsCli cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run(boolean synthOnly, String... args) {
        CliArgs parsed = CliSyntax.read(synthOnly ? "synth" : "simulate", args, 0);
        if (parsed.help()) {
            out.print(HELP);
            return RewardsCli.OK;
        }
        if (parsed.error().isPresent()) return usage(parsed.error().get());
        Map<String, String> o = parsed.values();
        if (!o.containsKey("--program")) return usage("missing --program FILE");
        if (synthOnly && !o.containsKey("--synthetic")) return usage("synth needs --synthetic N");
        if (!synthOnly && o.containsKey("--history") == o.containsKey("--synthetic")) return usage("give --history FILE or --synthetic N");
        String format = o.getOrDefault("--format", "text");
        if (!Set.of("text", "json", "html").contains(format)) return usage("--format must be text, json or html");
        try {
            Program program = RewardsJson.readProgram(Path.of(o.get("--program")));
            Optional<Program> compare = o.containsKey("--compare") ? Optional.of(RewardsJson.readProgram(Path.of(o.get("--compare")))) : Optional.empty();
            SyntheticHistory synthetic = null;
            long total = -1;
            if (o.containsKey("--synthetic")) {
                total = Long.parseLong(o.get("--synthetic"));
                int members = Integer.parseInt(o.getOrDefault("--synthetic-members", Long.toString(Math.max(1, total / 50))));
                Instant from = Instant.parse(o.getOrDefault("--from", "2026-01-01T00:00:00Z"));
                int months = Integer.parseInt(o.getOrDefault("--months", "24"));
                synthetic = SyntheticHistory.ofMonths(program, members, total, Long.parseLong(o.getOrDefault("--seed", "1")), from, months);
            }
            if (synthOnly) return synth(synthetic, o);
            if (o.containsKey("--spark")) {
                if (o.containsKey("--compare") || o.containsKey("--issued")) return usage("--spark runs one program, without --compare or --issued");
                if (o.containsKey("--history") && o.get("--history").toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    return usage("--spark reads JSON lines histories, not CSV");
                }
                List<String> problems = new ArrayList<>();
                List<MemberState> members = synthetic != null ? synthetic.members()
                        : o.containsKey("--members") ? List.copyOf(cli.readMembers(Path.of(o.get("--members")), problems).values()) : List.of();
                if (!problems.isEmpty()) {
                    problems.forEach(err::println);
                    return RewardsCli.BAD_INPUT;
                }
                Optional<Figures> figures = OnSpark.figures(o.get("--spark"), program, synthetic, o.get("--history"), members, err);
                return figures.isEmpty() ? RewardsCli.BAD_INPUT : report(new Report(figures.get(), Optional.empty()), format, o);
            }
            if (parsed.flags().contains("--by-member")) {
                if (synthetic != null || compare.isPresent() || o.containsKey("--spark")) return usage("--by-member reads a --history file, without --compare or --spark");
                int threads = Integer.parseInt(o.getOrDefault("--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
                if (threads < 1 || threads > 256) return usage("--threads must be between 1 and 256");
                if (o.containsKey("--from") != o.containsKey("--to")) return usage("--by-member takes the span as both --from and --to, or neither");
                Optional<Figures> figures = ByMember.figures(cli, program, o, threads, err);
                return figures.isEmpty() ? RewardsCli.BAD_INPUT : report(new Report(figures.get(), Optional.empty()), format, o);
            }
            if (o.containsKey("--threads") || o.containsKey("--to")) return usage("--threads and --to go with --by-member");
            Simulation a = new Simulation(program);
            Optional<Simulation> b = compare.map(Simulation::new);
            List<String> problems = new ArrayList<>();
            List<MemberState> members = synthetic != null ? synthetic.members()
                    : o.containsKey("--members") ? List.copyOf(cli.readMembers(Path.of(o.get("--members")), problems).values()) : List.of();
            if (o.containsKey("--issued")) {
                Path file = Path.of(o.get("--issued"));
                List<IssuedVoucher> codes = VoucherCommands.readIssued(file, program, problems);
                if (problems.isEmpty()) VoucherCommands.issueInto(file, codes, a::issue, problems);
                if (problems.isEmpty()) b.ifPresent(s -> VoucherCommands.issueInto(file, codes, s::issue, problems));
            }
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return RewardsCli.BAD_INPUT;
            }
            try (BufferedReader reader = o.containsKey("--history") ? Files.newBufferedReader(Path.of(o.get("--history")), StandardCharsets.UTF_8) : null) {
                Iterator<Operation> ops = synthetic != null ? synthetic
                        : o.get("--history").toLowerCase(Locale.ROOT).endsWith(".csv") ? new CsvPurchases(reader, program.currency()) : new JsonLines(reader);
                Instant first = null;
                Progress progress = new Progress(err, total);
                long n = 0;
                long bought = 0;
                while (ops.hasNext()) {
                    Operation op = ops.next();
                    if (first == null) {
                        first = op.at();
                        a.enrol(members, first);
                        Instant at = first;
                        b.ifPresent(s -> s.enrol(members, at));
                    }
                    a.apply(op);
                    b.ifPresent(s -> s.apply(op));
                    n++;
                    if (op instanceof Operation.Purchase) progress.tick(++bought);
                }
                progress.done(n);
            }
            return report(new Report(a.figures(), b.map(Simulation::figures)), format, o);
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println("rewards simulate: " + p));
            return RewardsCli.BAD_INPUT;
        } catch (NumberFormatException | DateTimeParseException e) {
            return usage("a number or instant is malformed: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            err.println("rewards: " + RewardsCli.ioProblem(e));
            return RewardsCli.BAD_INPUT;
        }
    }

    private int report(Report report, String format, Map<String, String> o) {
        String text = switch (format) {
            case "json" -> RewardsJson.pretty(report.json());
            case "html" -> report.html();
            default -> report.text();
        };
        if (o.containsKey("--out")) {
            if (!written(Path.of(o.get("--out")), text)) return RewardsCli.BAD_INPUT;
            err.println("rewards: report written to " + o.get("--out"));
        } else {
            out.print(text);
        }
        return RewardsCli.OK;
    }

    private int synth(SyntheticHistory history, Map<String, String> o) throws IOException {
        if (o.containsKey("--members-out")) {
            StringBuilder members = new StringBuilder();
            for (MemberState m : history.members()) members.append(RewardsJson.write(m)).append('\n');
            if (!written(Path.of(o.get("--members-out")), members.toString())) return RewardsCli.BAD_INPUT;
        }
        while (history.hasNext()) out.println(RewardsJson.write(history.next()));
        return RewardsCli.OK;
    }

    /** Writes a file the user named; on failure says so ("cannot write FILE: why") and returns false. */
    private boolean written(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("rewards: cannot write " + file + ": " + RewardsCli.ioProblem(e));
            return false;
        }
    }

    private int usage(String message) {
        err.println("rewards simulate: " + message);
        err.print(HELP);
        return RewardsCli.USAGE;
    }

    /** Operations from JSON lines, read one at a time; a bad line stops the run with its number. */
    static final class JsonLines implements Iterator<Operation> {
        private final BufferedReader reader;
        private Operation next;
        private int line;

        JsonLines(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            try {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    if (text.isBlank()) continue;
                    try {
                        next = RewardsJson.readOperation(text);
                    } catch (ValidationException e) {
                        throw new InvalidInputException(e.problems().stream().map(p -> new Problem("line " + line + ": " + p.path(), p.message())).toList());
                    }
                    return true;
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Operation next() {
            if (!hasNext()) throw new NoSuchElementException();
            Operation o = next;
            next = null;
            return o;
        }
    }

    /** Purchases from CSV rows {@code transactionId,memberId,at,sku,category,unitPrice,quantity}; consecutive rows form one. */
    /** A progress bar on stderr when it is a terminal, counting purchases; silent otherwise (redirected, piped, captured). */
    private static final class Progress {
        private final PrintStream err;
        private final long total;
        private final boolean on;
        private final long started = System.nanoTime();
        private long shown = -1;

        Progress(PrintStream err, long total) {
            this.err = err;
            this.total = total;
            this.on = err == System.err && stderrIsTerminal();
        }

        /** Where the platform says (Linux: what file descriptor 2 points to); else whether there is a console at all. */
        static boolean stderrIsTerminal() {
            try {
                Path fd = Path.of("/proc/self/fd/2");
                if (Files.isSymbolicLink(fd)) {
                    String target = Files.readSymbolicLink(fd).toString();
                    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // fall back to the console below
            }
            return System.console() != null;
        }

        void tick(long n) {
            if (!on || (n & 1023) != 0) return;
            long step = total > 0 ? Math.min(100, n * 100 / total) : n / 10_000;
            if (step == shown) return;
            shown = step;
            double seconds = (System.nanoTime() - started) / 1e9;
            if (total > 0) {
                int bars = (int) Math.min(30, 30 * n / total);
                err.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d / %,d  %,.0f/s ", "#".repeat(bars), " ".repeat(30 - bars), step, n, total, n / seconds);
            } else {
                err.printf(Locale.ROOT, "\r%,d purchases  %,.0f/s ", n, n / seconds);
            }
        }

        void done(long n) {
            if (on) err.printf(Locale.ROOT, "\r%,d operations in %.1f s%s%n", n, (System.nanoTime() - started) / 1e9, " ".repeat(30));
        }
    }
}
