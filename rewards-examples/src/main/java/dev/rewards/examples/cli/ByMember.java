package dev.rewards.examples.cli;

import dev.rewards.Rewards;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.SortedSimulation;
import dev.rewards.simulation.Span;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rewards simulate --history FILE --by-member}: a history sorted by member through
 * {@link SortedSimulation} on several threads. The file is read once for the history's span (its first
 * to its last instant, as the streaming simulator takes it) unless {@code --from} and {@code --to} give
 * it, then once per pass.
 */
final class ByMember {
    private ByMember() {
    }

    /** The figures, or empty after saying on {@code err} what was wrong with the input. */
    static Optional<Figures> figures(RewardsCli cli, Program program, Map<String, String> o, int threads, PrintStream err) throws IOException {
        Path file = Path.of(o.get("--history"));
        List<String> problems = new ArrayList<>();
        List<MemberState> members = o.containsKey("--members") ? List.copyOf(cli.readMembers(Path.of(o.get("--members")), problems).values()) : List.of();
        List<IssuedVoucher> codes = o.containsKey("--issued") ? VoucherCommands.readIssued(Path.of(o.get("--issued")), program, problems) : List.of();
        // checked as one store takes them (a code issued twice is named with its line); each thread's store is given them all
        if (problems.isEmpty() && !codes.isEmpty()) VoucherCommands.issueInto(Path.of(o.get("--issued")), codes, new InMemoryVoucherStore()::issue, problems);
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            return Optional.empty();
        }
        Instant first = o.containsKey("--from") && o.containsKey("--to") ? Instant.parse(o.get("--from")) : null;
        Instant last = first == null ? null : Instant.parse(o.get("--to"));
        if (first != null && last.isBefore(first)) {
            err.println("rewards simulate: --to " + last + " is before --from " + first);
            return Optional.empty();
        }
        if (first == null) try (Reading r = new Reading(file, program)) {
            while (r.hasNext()) {
                Instant at = r.next().at();
                if (first == null || at.isBefore(first)) first = at;
                if (last == null || at.isAfter(last)) last = at;
            }
        }
        if (first == null) {
            err.println("rewards simulate: " + file + " holds no operation");
            return Optional.empty();
        }
        SortedSimulation simulation = new SortedSimulation(program, Rewards.compile(program), new Span(first, last), threads);
        simulation.enrol(members);
        simulation.issue(codes);
        List<Reading> open = new ArrayList<>();
        Figures figures;
        try {
            figures = simulation.run(() -> {
                Reading r = new Reading(file, program);
                open.add(r);
                return r;
            });
        } finally {
            for (Reading r : open) r.close();
        }
        err.println("rewards: " + simulation.passes() + (simulation.passes() == 1 ? " pass" : " passes") + " over " + file + " on " + threads
                + (threads == 1 ? " thread" : " threads"));
        return Optional.of(figures);
    }

    /** One pass over the file: JSON lines, or CSV purchase lines when its name ends in .csv. */
    private static final class Reading implements Iterator<Operation>, AutoCloseable {
        private final BufferedReader reader;
        private final Iterator<Operation> ops;

        Reading(Path file, Program program) {
            try {
                reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ops = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? new CsvPurchases(reader, program.currency())
                    : new SimulateCommand.JsonLines(reader);
        }

        @Override
        public boolean hasNext() {
            return ops.hasNext();
        }

        @Override
        public Operation next() {
            return ops.next();
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
