package dev.rewards.outcome;

import dev.rewards.reason.Reason;
import dev.rewards.money.Money;
import dev.rewards.program.RuleKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule of the program did with one transaction (A1): applied, with the points or cashback
 * it gave and the lines it used; or not applied, with every reason. A verdict may be applied and
 * still carry a reason that limited it (a cashback cap). {@code summary} is one English sentence.
 *
 * <p>Immutable and thread-safe.
 */
public record Verdict(String ruleId, RuleKind kind, boolean applied, long points, Optional<Money> cashback,
                      List<String> lines, List<Reason> reasons, String summary) implements Explained {
    public Verdict {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        cashback = cashback == null ? Optional.empty() : cashback;
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(summary, "summary");
    }


}
