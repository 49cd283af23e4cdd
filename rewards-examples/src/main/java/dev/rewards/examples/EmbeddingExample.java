package dev.rewards.examples;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;

/**
 * The README's ten-line example: load a program, compile it once, decide a purchase. The lines
 * between the markers are the README's code block, word for word; a test checks that they match.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    public static void main(String[] args) {
        Path programFile = Path.of(args.length > 0 ? args[0] : "rewards-examples/data/brewhouse/program.json");
        // README:start
        Program program = RewardsJson.readProgram(programFile);        // or Program.builder()...build()
        CompiledProgram brewhouse = Rewards.compile(program);          // once; share it across threads

        MemberState ana = MemberState.enrolled("m-ana", Instant.parse("2026-01-05T08:00:00Z"), Currency.getInstance("EUR"));
        Transaction purchase = Transaction.builder("t-1", "m-ana", Instant.parse("2026-03-07T10:15:00Z"))
                .currency("EUR").channel("pos")
                .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans")
                .line("2", "cinnamon-bun", "3.20", 2, "pastry")
                .build();

        Outcome outcome = brewhouse.evaluate(ana, purchase);           // pure: no clock, no I/O
        System.out.println(outcome.points() + " points");              // 101 points
        System.out.println(outcome.explain());                         // every rule, and why
        // README:end
    }
}
