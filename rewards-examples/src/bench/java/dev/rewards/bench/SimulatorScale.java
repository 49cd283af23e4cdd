package dev.rewards.bench;

import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SyntheticHistory;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The simulator at scale (A3, A4; docs/simulator.md, "Memory and time"): the bundled programme over a
 * seeded synthetic history of {@code purchases} purchases of {@code members} members across 24 months
 * from 2026-01-01 (plus the refunds, reviews and redemptions the generator mixes in), in one
 * {@link Simulation}; prints the time of the run, the accounts' compact form per member and the heap
 * left after a collection per member (programme and engine included).
 * Run: {@code java -Xmx256m -cp rewards-examples/target/benchmarks.jar dev.rewards.bench.SimulatorScale 1000000 20000}
 */
public final class SimulatorScale {
    private SimulatorScale() {
    }

    public static void main(String[] args) {
        long purchases = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Program program = RewardsJson.readProgram(Path.of(args.length > 2 ? args[2] : "rewards-examples/data/brewhouse/program.json"));
        SyntheticHistory history = SyntheticHistory.ofMonths(program, members, purchases, 1, Instant.parse("2026-01-01T00:00:00Z"), 24);
        Simulation simulation = new Simulation(program);
        long start = System.nanoTime();
        boolean first = true;
        while (history.hasNext()) {
            Operation op = history.next();
            if (first) simulation.enrol(history.members(), op.at());
            first = false;
            simulation.apply(op);
        }
        Figures figures = simulation.figures();
        long end = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%d purchases, %d members: %.1f s; accounts %d bytes per member in compact form; heap after GC %d MB, %d bytes per member (programme and engine included); points issued %d%n",
                figures.purchases(), figures.members(), (end - start) / 1e9, simulation.accountBytes() / figures.members(), used >> 20,
                used / figures.members(), figures.pointsIssued());
    }
}
