package dev.rewards.voucher;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Generates codes in bulk from a {@link CodePattern} with a cryptographically secure random source
 * (V2), with no duplicate within the batch or against the codes the campaign already has.
 *
 * <p>Unguessable means: with every code of the campaign live, one random guess must hit a valid code
 * with a chance of at most 2<sup>-{@value #GUESS_RESISTANCE_BITS}</sup>. So the pattern needs
 * {@code log2(codes in the campaign) + 32} bits of entropy; a batch that would need more is refused
 * with the figures, before anything is generated.
 */
public final class CodeGenerator {
    /** A random guess finds a valid code with probability at most 2^-32 (one in about four billion). */
    public static final int GUESS_RESISTANCE_BITS = 32;

    private final CodePattern pattern;
    private final SecureRandom random;
    /** M4: signs each code under the current key; null for a pattern without a MAC. */
    private final CodeAuthenticator signer;

    private CodeGenerator(CodePattern pattern, SecureRandom random, CodeAuthenticator signer) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.random = Objects.requireNonNull(random, "random");
        if (pattern.authenticated() && signer == null) {
            throw new IllegalArgumentException("the pattern's codes carry a MAC: generate them with the campaign's keys");
        }
        this.signer = signer;
    }

    public CodeGenerator(CodePattern pattern, SecureRandom random) {
        this(pattern, random, null);
    }

    public CodeGenerator(CodePattern pattern) {
        this(pattern, new SecureRandom());
    }

    /** M4: codes of an authenticated pattern, each with the MAC of {@code signer}'s current key. */
    public CodeGenerator(CodeAuthenticator signer, SecureRandom random) {
        this(signer.pattern(), random, Objects.requireNonNull(signer, "signer"));
    }

    public CodeGenerator(CodeAuthenticator signer) {
        this(signer, new SecureRandom());
    }

    /** Bits of entropy a pattern needs so that a campaign of {@code codes} codes stays unguessable. */
    public static double requiredBits(long codes) {
        return Math.log(Math.max(codes, 1)) / Math.log(2) + GUESS_RESISTANCE_BITS;
    }

    /** {@code count} new codes, none equal to another nor to one {@code taken} says is already in the campaign. */
    public List<String> generate(int count, long existingCodes, Predicate<String> taken) {
        Objects.requireNonNull(taken, "taken");
        double needed = requiredBits(existingCodes + (long) count);
        List<Problem> problems = new ArrayList<>();
        if (count < 1 || count > 10_000_000) problems.add(new Problem("count", "must be 1 to 10000000, was " + count));
        if (pattern.entropyBits() < needed) {
            problems.add(new Problem("pattern", String.format(Locale.ROOT,
                    "has %.1f bits of entropy; %d codes need at least %.1f (log2 of the codes + %d) to stay unguessable:"
                            + " add groups or characters", pattern.entropyBits(), existingCodes + (long) count, needed,
                    GUESS_RESISTANCE_BITS)));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Set<String> made = new HashSet<>(count * 2);
        List<String> out = new ArrayList<>(count);
        while (out.size() < count) {
            String code = next();
            if (made.add(code) && !taken.test(code)) out.add(code);
        }
        return out;
    }

    public List<String> generate(int count) {
        return generate(count, 0, c -> false);
    }

    private String next() {
        String alphabet = pattern.alphabet();
        StringBuilder code = new StringBuilder();
        StringBuilder randomChars = new StringBuilder();
        if (!pattern.prefix().isEmpty()) code.append(pattern.prefix()).append(pattern.separator());
        for (int g = 0; g < pattern.groups(); g++) {
            if (g > 0) code.append(pattern.separator());
            for (int i = 0; i < pattern.groupLength(); i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                code.append(c);
                randomChars.append(c);
            }
        }
        if (signer != null) {
            String mac = signer.macGroup(randomChars.toString());
            code.append(pattern.separator()).append(mac);
            randomChars.append(mac);
        }
        if (pattern.checkCharacter()) code.append(pattern.separator()).append(pattern.checkCharacterOf(randomChars));
        return code.toString();
    }
}
