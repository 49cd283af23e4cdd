package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Goods returned from an earlier purchase (P7): which lines, and how many units of each. No lines
 * means the whole purchase. The id is the idempotency key.
 *
 * <p>Immutable and thread-safe.
 */
public record Refund(String id, String memberId, String transactionId, Instant at, Map<String, Integer> lines) {
    public Refund {
        Checks checks = Checks.start();
        if (checks.present(id, "id")) checks.require(!id.isBlank(), "id", "must not be blank");
        checks.present(memberId, "memberId");
        checks.present(transactionId, "transactionId");
        checks.instant(at, "at");
        lines = lines == null ? Map.of() : new TreeMap<>(lines);
        lines.forEach((line, quantity) -> checks.positive(quantity, "lines." + line));
        lines = Map.copyOf(lines);
        checks.throwIfAny(InvalidInputException::new);
    }

    public static Refund whole(String id, String memberId, String transactionId, Instant at) {
        return new Refund(id, memberId, transactionId, at, Map.of());
    }

    public boolean isWhole() {
        return lines.isEmpty();
    }
}
