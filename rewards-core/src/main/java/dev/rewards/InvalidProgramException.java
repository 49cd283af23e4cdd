package dev.rewards;

import java.util.List;

/** A program (built in Java or loaded from JSON) is invalid; {@link #problems()} lists every reason. */
public final class InvalidProgramException extends ValidationException {
    private static final long serialVersionUID = 1L;

    public InvalidProgramException(List<Problem> problems) {
        super("Invalid program", problems);
    }
}
