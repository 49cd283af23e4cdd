package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.util.HashSet;
import java.util.Set;

/**
 * The shape of a campaign's generated codes (V2): an optional prefix, {@code groups} groups of
 * {@code groupLength} random characters from {@code alphabet}, joined by {@code separator}, and an
 * optional check character at the end so that a till can reject a mistyped code offline. The default
 * alphabet leaves out the characters people confuse (0/O, 1/I): 32 symbols, 5 bits each.
 *
 * <p>{@code BREW-7KQ2-M9XD-4} is prefix {@code BREW}, 2 groups of 4, separator {@code -}, check character {@code 4}.
 *
 * <p>M4: with {@code macLength} above zero, a further group holds a key id character and
 * {@code macLength} characters of a keyed MAC (HMAC-SHA256 of the campaign, prefix and random
 * characters under the host's secret key), before the check character, which then covers them too:
 * {@code BREW-7KQ2-M9XD-AQ7TX-9} carries key {@code A} and MAC {@code Q7TX}. A till holding the key
 * verifies a code offline ({@link CodeAuthenticator}); a forger without it hits a valid MAC once in
 * {@link #forgeryOdds()} tries (32<sup>4</sup>, about one in a million, for 4 characters of the default
 * alphabet; 32<sup>6</sup>, about one in a billion, for 6).
 *
 * <p>Immutable and thread-safe.
 */
public record CodePattern(String prefix, int groups, int groupLength, String separator, String alphabet, boolean checkCharacter,
                          int macLength) {
    /** Digits 2-9 and the capitals but I and O: 32 symbols, none to be mistaken for another once 0 and 1 are gone. */
    public static final String UNAMBIGUOUS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public CodePattern {
        prefix = prefix == null ? "" : prefix;
        separator = separator == null ? "-" : separator;
        alphabet = alphabet == null ? UNAMBIGUOUS : alphabet;
        Checks checks = Checks.start();
        checks.require(prefix.isEmpty() || prefix.matches("[A-Z0-9]{1,16}"), "prefix", "must be 1 to 16 capitals or digits");
        checks.require(groups >= 1 && groups <= 8, "groups", "must be 1 to 8, was " + groups);
        checks.require(groupLength >= 1 && groupLength <= 16, "groupLength", "must be 1 to 16, was " + groupLength);
        checks.require(separator.isEmpty() || separator.equals("-") || separator.equals("_"), "separator",
                "must be '-', '_' or empty");
        Set<Character> seen = new HashSet<>();
        boolean distinct = true;
        for (char c : alphabet.toCharArray()) distinct &= seen.add(c);
        checks.require(alphabet.matches("[A-Z0-9]{2,36}") && distinct, "alphabet", "must be 2 to 36 distinct capitals or digits");
        // Luhn mod N catches every single wrong character only when doubling permutes the symbols: N even
        checks.require(!checkCharacter || alphabet.length() % 2 == 0, "alphabet", "with a check character it needs an even number of"
                + " symbols (an odd number lets some single typos through), was " + alphabet.length());
        checks.require(macLength >= 0 && macLength <= 12, "macLength", "must be 0 (no MAC) to 12, was " + macLength);
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** A pattern without a MAC. */
    public CodePattern(String prefix, int groups, int groupLength, String separator, String alphabet, boolean checkCharacter) {
        this(prefix, groups, groupLength, separator, alphabet, checkCharacter, 0);
    }

    /** The same pattern with a keyed MAC of {@code length} characters (M4), verifiable offline by a till holding the key. */
    public CodePattern withMac(int length) {
        return new CodePattern(prefix, groups, groupLength, separator, alphabet, checkCharacter, length);
    }

    /** True when codes carry a keyed MAC (M4). */
    public boolean authenticated() {
        return macLength > 0;
    }

    /** One forged code in this many passes the MAC check: the alphabet size to the power of the MAC length (1 without a MAC). */
    public java.math.BigInteger forgeryOdds() {
        return java.math.BigInteger.valueOf(alphabet.length()).pow(macLength);
    }

    /** Prefix, 3 groups of 4 unambiguous characters joined by '-', with a check character: 60 bits. */
    public static CodePattern standard(String prefix) {
        return new CodePattern(prefix, 3, 4, "-", UNAMBIGUOUS, true);
    }

    /** Bits of randomness in one code: random characters times log2(alphabet size). */
    public double entropyBits() {
        return groups * groupLength * (Math.log(alphabet.length()) / Math.log(2));
    }

    /** True when the code has this pattern's shape (and, with a check character, the right one). */
    public boolean matches(String code) {
        return parse(code) != null;
    }

    /**
     * The random characters and the MAC group (key id and MAC, empty without a MAC) of a code of this
     * shape whose check character is right; null otherwise.
     */
    String[] parse(String code) {
        if (code == null) return null;
        String c = VoucherCodes.normalize(code);
        StringBuilder random = new StringBuilder();
        int at = 0;
        if (!prefix.isEmpty()) {
            if (!c.startsWith(prefix + separator)) return null;
            at = prefix.length() + separator.length();
        }
        for (int g = 0; g < groups + (authenticated() ? 1 : 0); g++) {
            if (g > 0) {
                if (!c.startsWith(separator, at)) return null;
                at += separator.length();
            }
            int length = g < groups ? groupLength : 1 + macLength;
            if (at + length > c.length()) return null;
            for (int i = 0; i < length; i++) {
                char ch = c.charAt(at + i);
                if (alphabet.indexOf(ch) < 0) return null;
                random.append(ch);
            }
            at += length;
        }
        int randomLength = groups * groupLength;
        String[] parts = {random.substring(0, randomLength), random.substring(randomLength)};
        if (checkCharacter) {
            if (at + 1 + separator.length() != c.length() || !c.startsWith(separator, at)) return null;
            return c.charAt(c.length() - 1) == checkCharacterOf(random) ? parts : null;
        }
        return at == c.length() ? parts : null;
    }

    /** The Luhn mod N check character of the random characters: catches every single wrong character and most swaps. */
    char checkCharacterOf(CharSequence randomChars) {
        int n = alphabet.length();
        int sum = 0;
        boolean twice = true;
        for (int i = randomChars.length() - 1; i >= 0; i--) {
            int v = alphabet.indexOf(randomChars.charAt(i));
            if (twice) {
                v *= 2;
                v = v / n + v % n;
            }
            sum += v;
            twice = !twice;
        }
        return alphabet.charAt((n - sum % n) % n);
    }
}
