package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.transaction.VoucherCodes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * S3: codes at rest as keyed hashes. A store given a {@code CodeHashing} keeps, for each code, a
 * token {@code <key id>:<HMAC-SHA256 of the normalised code, first 128 bits, hex>} instead of the code,
 * and finds a presented code by computing its token: the plain code is never written, and a stolen
 * table without the key does not reveal or let anyone test codes.
 *
 * <p>Keys come from the host (a secrets manager), at least {@value #MIN_KEY_BYTES} bytes, by id (1 to
 * 8 capital letters or digits, recorded in each token). Rotation: add a new key and make it current;
 * new codes are hashed with it, and a presented code is looked up under every key given (current
 * first), so keep an old key for as long as codes hashed with it may be presented. A hash cannot be
 * re-keyed without the plain code, so retiring a key means the codes hashed with it stop being found.
 * {@link #toString()} names the key ids only.
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeHashing {
    /** At least 128-bit keys. */
    public static final int MIN_KEY_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{1,8}");
    private static final int TOKEN_BYTES = 16;

    /** Key ids to keys, the current key first. */
    private final Map<String, byte[]> keys;

    private CodeHashing(Map<String, byte[]> keys) {
        this.keys = keys;
    }

    /**
     * Keys by id, hashing new codes with {@code current}; every problem at once.
     *
     * @throws InvalidInputException when an id is not 1 to 8 capital letters or digits, a key is shorter
     *                               than {@value #MIN_KEY_BYTES} bytes, or {@code current} is not among them
     */
    public static CodeHashing of(String current, Map<String, byte[]> keys) {
        List<Problem> problems = new ArrayList<>();
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        if (current != null && keys.containsKey(current)) ordered.put(current, null);
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                problems.add(new Problem("keys." + id, "a key id is 1 to 8 capital letters or digits"));
            } else if (key == null || key.length < MIN_KEY_BYTES) {
                problems.add(new Problem("keys." + id, "a key needs at least " + MIN_KEY_BYTES + " bytes (128 bits), was "
                        + (key == null ? 0 : key.length)));
            } else {
                ordered.put(id, key.clone());
            }
        });
        if (keys.isEmpty()) problems.add(new Problem("keys", "give at least one key"));
        if (current == null || !keys.containsKey(current)) {
            problems.add(new Problem("current", "must be the id of one of the keys " + new java.util.TreeSet<>(keys.keySet()) + ", was " + current));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new CodeHashing(Collections.unmodifiableMap(ordered));
    }

    /** One key, current. */
    public static CodeHashing of(String id, byte[] key) {
        return of(id, Map.of(id, key));
    }

    /** The token a new code is stored under: hashed with the current key. */
    public String token(String code) {
        Map.Entry<String, byte[]> first = keys.entrySet().iterator().next();
        return token(first.getKey(), first.getValue(), code);
    }

    /** The tokens a presented code may be stored under, the current key's first. */
    public List<String> tokens(String code) {
        List<String> out = new ArrayList<>(keys.size());
        keys.forEach((id, key) -> out.add(token(id, key, code)));
        return out;
    }

    /** True for a token: codes never hold a ':' ({@link VoucherCodes#isWellFormed}). */
    public static boolean isToken(String stored) {
        return stored != null && stored.indexOf(':') > 0;
    }

    private static String token(String id, byte[] key, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(VoucherCodes.normalize(code).getBytes(StandardCharsets.UTF_8));
            return id + ":" + HexFormat.of().withUpperCase().formatHex(h, 0, TOKEN_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "CodeHashing[current " + keys.keySet().iterator().next() + ", keys " + keys.keySet() + "]";
    }
}
