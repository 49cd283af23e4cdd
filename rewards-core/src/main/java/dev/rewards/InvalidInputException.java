package dev.rewards;

import java.util.List;

/**
 * A transaction, a member state or another input is invalid (a negative quantity, a missing id, a
 * line in another currency, malformed JSON); {@link #problems()} lists every reason.
 */
public final class InvalidInputException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<Problem> problems) {
        super("Invalid input", problems);
    }
}
