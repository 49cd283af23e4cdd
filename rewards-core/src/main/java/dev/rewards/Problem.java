package dev.rewards;

import java.util.Objects;

/**
 * One thing wrong with a program or an input, and where: a JSON path such as
 * {@code $.earnRules[2].per} (the same words as the builder methods), or a field name relative to
 * the value being built. Where the input came from a file, {@code line} is the 1-based line of the
 * file the problem is on, and 0 otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public record Problem(String path, String message, int line) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public Problem(String path, String message) {
        this(path, message, 0);
    }

    /** This problem seen from an enclosing value: {@code per} under {@code $.earnRules[2]}. */
    public Problem under(String parent) {
        if (path.isEmpty()) return new Problem(parent, message, line);
        return new Problem(path.startsWith("[") ? parent + path : parent + "." + path, message, line);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", " : "") + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
