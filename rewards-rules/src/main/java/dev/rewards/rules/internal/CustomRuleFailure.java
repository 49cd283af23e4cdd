package dev.rewards.rules.internal;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.CustomRule;
import dev.rewards.program.Program;
import dev.rewards.transaction.Transaction;
import java.util.List;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * What a custom rule did wrong while a transaction was evaluated, as the library's own typed error
 * naming the rule: a consequence that threw (Drools' ConsequenceException, with the DRL rule's name,
 * traced back to the program's custom rule whose DRL declares it), or a fact of the vocabulary that
 * could not be taken (its message names the custom rule already).
 */
final class CustomRuleFailure {
    private CustomRuleFailure() {
    }

    static RuntimeException of(RuntimeException e, Program program, Transaction tx) {
        if (e instanceof ConsequenceException c && c.getMatch() != null) {
            String drlRule = c.getMatch().getRule().getName();
            if (!c.getMatch().getRule().getPackageName().equals("dev.rewards.rules")) {
                Throwable cause = c.getCause() == null ? c : c.getCause();
                return new InvalidProgramException(List.of(new Problem(pathOf(program, drlRule), "DRL rule \"" + drlRule
                        + "\" failed on transaction " + tx.id() + ": " + cause)));
            }
            if (c.getCause() instanceof IllegalStateException ise) {
                return new InvalidProgramException(List.of(new Problem("$.customRules", ise.getMessage() + " (transaction " + tx.id() + ")")));
            }
        }
        return e;
    }

    /** The custom rule whose DRL declares the DRL rule, by its position in the program. */
    private static String pathOf(Program program, String drlRule) {
        List<CustomRule> custom = program.customRules();
        for (int i = 0; i < custom.size(); i++) {
            if (custom.get(i).drl().contains("rule \"" + drlRule + "\"")) return "$.customRules[" + i + "] (" + custom.get(i).id() + ")";
        }
        return "$.customRules";
    }
}
