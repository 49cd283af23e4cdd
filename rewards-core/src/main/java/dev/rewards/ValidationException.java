package dev.rewards;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Something the caller handed over is invalid. It lists every problem found, each with its path,
 * not only the first: fix them all in one go. Nothing was evaluated or changed.
 */
public abstract class ValidationException extends RewardsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    protected ValidationException(String subject, List<Problem> problems) {
        super(describe(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the input. Never empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String subject, List<Problem> problems) {
        if (problems.size() == 1) return subject + ": " + problems.get(0);
        return subject + ": " + problems.size() + " problems\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
