package dev.rewards.voucher;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * M4: the secret keys that sign and verify codes, by key id (one character of the code alphabet, the
 * first of the code's MAC group), with the id new codes are signed with. Rotation: add a key, make it
 * current, and keep the old one for as long as codes signed with it may be presented; a till that no
 * longer holds a key answers {@link CodeAuthenticator.Status#UNKNOWN_KEY} for its codes. The host
 * supplies the keys (a secrets manager, the till's secure storage); they are never part of a program
 * and never printed ({@link #toString()} names only the ids).
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeKeys {
    /** At least 128-bit keys. */
    public static final int MIN_KEY_BYTES = 16;

    private final char current;
    private final Map<Character, byte[]> keys;

    private CodeKeys(char current, Map<Character, byte[]> keys) {
        this.current = current;
        this.keys = keys;
    }

    /**
     * Keys by id, signing with {@code current}; every problem at once.
     *
     * @throws InvalidInputException when an id is not one character, a key is shorter than
     *                               {@value #MIN_KEY_BYTES} bytes, or {@code current} is not among them
     */
    public static CodeKeys of(String current, Map<String, byte[]> keys) {
        List<Problem> problems = new ArrayList<>();
        Map<Character, byte[]> copy = new TreeMap<>();
        keys.forEach((id, key) -> {
            if (id == null || id.length() != 1 || !Character.isLetterOrDigit(id.charAt(0)) || id.charAt(0) != Character.toUpperCase(id.charAt(0))) {
                problems.add(new Problem("keys." + id, "a key id is one capital letter or digit of the code alphabet"));
            } else if (key == null || key.length < MIN_KEY_BYTES) {
                problems.add(new Problem("keys." + id, "a key needs at least " + MIN_KEY_BYTES + " bytes (128 bits), was "
                        + (key == null ? 0 : key.length)));
            } else {
                copy.put(id.charAt(0), key.clone());
            }
        });
        if (keys.isEmpty()) problems.add(new Problem("keys", "give at least one key"));
        if (current == null || current.length() != 1 || !keys.containsKey(current)) {
            problems.add(new Problem("current", "must be the id of one of the keys " + new TreeMap<>(keys).keySet() + ", was " + current));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new CodeKeys(current.charAt(0), Collections.unmodifiableMap(copy));
    }

    /** Keys written as base64 text, by id. */
    public static CodeKeys ofBase64(String current, Map<String, String> keys) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> decoded = new TreeMap<>();
        keys.forEach((id, text) -> {
            try {
                decoded.put(id, Base64.getDecoder().decode(Objects.requireNonNull(text, "key").strip()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new Problem("keys." + id, "is not base64 text"));
            }
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return of(current, decoded);
    }

    /** The id new codes are signed with. */
    public char current() {
        return current;
    }

    /** The key with this id; null when this holder does not have it. */
    byte[] key(char id) {
        return keys.get(id);
    }

    public boolean has(char id) {
        return keys.containsKey(id);
    }

    @Override
    public String toString() {
        return "CodeKeys[current " + current + ", ids " + keys.keySet() + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CodeKeys k) || k.current != current || !k.keys.keySet().equals(keys.keySet())) return false;
        for (var e : keys.entrySet()) if (!Arrays.equals(e.getValue(), k.keys.get(e.getKey()))) return false;
        return true;
    }

    @Override
    public int hashCode() {
        return Character.hashCode(current) * 31 + keys.keySet().hashCode();
    }
}
