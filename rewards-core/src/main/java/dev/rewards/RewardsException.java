package dev.rewards;

/**
 * The base of every failure the library reports about a caller's data or program: catch this one
 * type to handle them all. Each subtype carries the data a support engineer needs (paths, ids,
 * currencies), not only a message.
 */
public abstract class RewardsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected RewardsException(String message) {
        super(message);
    }

    protected RewardsException(String message, Throwable cause) {
        super(message, cause);
    }
}
