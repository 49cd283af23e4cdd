package dev.rewards.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in DRL files, the one list of them: the precompiled knowledge base and every build with
 * custom DRL take the same files from here. BuiltInRulesTest fails when a file in the rules folder
 * is missing from this list or from a knowledge base built with or without custom DRL.
 */
final class BuiltInRules {
    /** The folder, matching the files' {@code package} line. */
    static final String FOLDER = "dev/rewards/rules/";
    /** In phase order (the order is for readers: salience orders the phases). */
    static final List<String> FILES = List.of("vouchers.drl", "eligibility.drl", "earning.drl", "custom.drl", "caps.drl",
            "cashback.drl", "tiers.drl");

    private BuiltInRules() {
    }

    static String text(String file) {
        try (InputStream in = BuiltInRules.class.getResourceAsStream("/" + FOLDER + file)) {
            if (in == null) throw new IllegalStateException("Missing rule resource " + file + "; this is a bug in rewards-rules");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
