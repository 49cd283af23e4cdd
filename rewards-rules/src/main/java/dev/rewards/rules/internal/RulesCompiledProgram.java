package dev.rewards.rules.internal;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.money.CurrencyMismatchException;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.VoucherSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.KieSession;

/**
 * A program compiled for the Drools engine: the shared knowledge base and the program's table.
 * Each evaluation runs in a session of its own, disposed at the end. Immutable and thread-safe.
 */
public final class RulesCompiledProgram implements CompiledProgram {
    private final Program program;
    private final ProgramTable table;
    private final KnowledgeBases.RuleBase rules;
    private final boolean custom;

    public RulesCompiledProgram(Program program) {
        this(program, KnowledgeBases.withCustom(Objects.requireNonNull(program, "program").customRules()));
    }

    private RulesCompiledProgram(Program program, KnowledgeBases.RuleBase rules) {
        this(new ProgramTable(program), rules);
    }

    RulesCompiledProgram(ProgramTable table, KnowledgeBases.RuleBase rules) {
        this.program = table.program();
        this.table = table;
        this.rules = rules;
        this.custom = !table.program().customRules().isEmpty();
    }

    /**
     * The naive use, for benchmarks only: the knowledge base rebuilt for this program alone, bypassing
     * every cache, as if a newcomer built one per transaction.
     */
    public static RulesCompiledProgram uncached(Program program) {
        return new RulesCompiledProgram(program, KnowledgeBases.uncached(program.customRules()));
    }

    @Override
    public Program program() {
        return program;
    }

    @Override
    public Outcome evaluate(MemberState member, Transaction transaction) {
        return evaluate(member, transaction, VoucherSnapshot.EMPTY);
    }

    @Override
    public Outcome evaluate(MemberState member, Transaction transaction, VoucherSnapshot vouchers) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(vouchers, "vouchers");
        check(member, transaction);
        Evaluation evaluation = new Evaluation(table, member, transaction, vouchers);
        KieSession session = rules.sessions().newKieSession();
        try {
            session.insert(evaluation);
            if (evaluation.isVoucherPhase()) {
                // the rule settling the discounts inserts the candidates once the line amounts are final
                for (VoucherFact v : evaluation.voucherFacts()) session.insert(v);
                for (RestrictionCheck r : evaluation.restrictionChecks()) session.insert(r);
            } else {
                // the rules this basket may concern, a handful whatever the program's size
                for (Candidate c : evaluation.candidateFacts()) session.insert(c);
            }
            if (custom) {
                // only custom DRL reads these; the built-in rules work from the evaluation alone
                session.insert(transaction);
                session.insert(member);
                for (Line line : transaction.lines()) session.insert(line);
            }
            session.fireAllRules();
        } catch (RuntimeException e) {
            // Drools wraps what a consequence throws; an overflow is only reachable with absurd amounts
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ArithmeticException) {
                    throw new InvalidInputException(List.of(new Problem("lines", "transaction " + transaction.id()
                            + " would earn more points than can be counted (" + Long.MAX_VALUE + ")")));
                }
            }
            if (custom) throw CustomRuleFailure.of(e, program, transaction);
            throw e;
        } finally {
            session.dispose();
        }
        return evaluation.toOutcome();
    }

    private void check(MemberState member, Transaction tx) {
        if (!tx.currency().equals(program.currency())) {
            throw new CurrencyMismatchException(program.currency(), tx.currency(), "transaction " + tx.id());
        }
        if (!member.qualifyingSpend().currency().equals(program.currency())) {
            throw new CurrencyMismatchException(program.currency(), member.qualifyingSpend().currency(),
                    "qualifyingSpend of member " + member.id());
        }
        List<Problem> problems = new ArrayList<>();
        if (!member.id().equals(tx.memberId())) {
            problems.add(new Problem("memberId", "transaction " + tx.id() + " is for member '" + tx.memberId()
                    + "', but the member state is for '" + member.id() + "'"));
        }
        member.tier().filter(t -> program.tier(t).isEmpty()).ifPresent(t ->
                problems.add(new Problem("member.tier", "unknown tier '" + t + "' in program " + program.label())));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    @Override
    public String toString() {
        return "CompiledProgram[" + program.label() + ", " + table.entries().size() + " rules]";
    }
}
