package dev.rewards.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rewards.InvalidInputException;
import dev.rewards.InvalidProgramException;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.VoucherCodes;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** V2: codes from a pattern, unguessable, unique, with a check character a till can verify offline. */
class CodeGeneratorTest {

    @Test
    void the_standard_pattern_has_sixty_bits_and_a_check_character() {
        CodePattern pattern = CodePattern.standard("BREW");

        String code = new CodeGenerator(pattern).generate(1).get(0);

        assertThat(pattern.entropyBits()).isEqualTo(60.0);
        assertThat(code).matches("BREW-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]");
        assertThat(pattern.matches(code)).isTrue();
        assertThat(pattern.matches(code.toLowerCase())).isTrue();
    }

    @Test
    void the_check_character_catches_every_single_mistyped_character() {
        CodePattern pattern = CodePattern.standard("BREW");
        String code = new CodeGenerator(pattern).generate(1).get(0);
        for (int i = 5; i < code.length(); i++) {
            if (code.charAt(i) == '-') continue;
            for (char c : CodePattern.UNAMBIGUOUS.toCharArray()) {
                if (c == code.charAt(i)) continue;
                String typo = code.substring(0, i) + c + code.substring(i + 1);
                assertThat(pattern.matches(typo)).as(typo).isFalse();
            }
        }
    }

    /**
     * For every alphabet size a checked pattern accepts, every single wrong character in every position
     * of every two-character code (one doubled position, one not: the check is linear in them) changes
     * the check character. Exhaustive: all sizes, all codes, all substitutions.
     */
    @Test
    void for_every_alphabet_size_a_check_character_is_allowed_for_it_catches_every_single_typo() {
        String symbols = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int n = 2; n <= 36; n++) {
            String alphabet = symbols.substring(0, n);
            if (n % 2 == 1) {
                int size = n;
                assertThatThrownBy(() -> new CodePattern("P", 1, 2, "-", alphabet, true)).isInstanceOf(InvalidProgramException.class)
                        .hasMessageContaining("with a check character it needs an even number of symbols (an odd number lets some single"
                                + " typos through), was " + size);
                continue;
            }
            CodePattern pattern = new CodePattern("P", 1, 2, "-", alphabet, true);
            for (char a : alphabet.toCharArray()) {
                for (char b : alphabet.toCharArray()) {
                    char check = pattern.checkCharacterOf("" + a + b);
                    for (char x : alphabet.toCharArray()) {
                        if (x != a) assertThat(pattern.checkCharacterOf("" + x + b)).as("n=%d %c%c -> %c%c", n, a, b, x, b).isNotEqualTo(check);
                        if (x != b) assertThat(pattern.checkCharacterOf("" + a + x)).as("n=%d %c%c -> %c%c", n, a, b, a, x).isNotEqualTo(check);
                    }
                }
            }
        }
    }

    @Test
    void a_pattern_with_too_little_entropy_for_the_batch_is_refused_with_the_figures() {
        CodePattern short_ = new CodePattern("X", 1, 6, "-", CodePattern.UNAMBIGUOUS, false);

        assertThatThrownBy(() -> new CodeGenerator(short_).generate(1000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pattern: has 30.0 bits of entropy; 1000 codes need at least 42.0 (log2 of the codes + 32)");
    }

    @Test
    void codes_taken_by_the_campaign_are_never_generated_again() {
        CodePattern binary = new CodePattern("T", 4, 10, "-", "AB", false);
        Set<String> taken = new HashSet<>(new CodeGenerator(binary).generate(50));

        List<String> codes = new CodeGenerator(binary, new SecureRandom()).generate(50, taken.size(), taken::contains);

        assertThat(codes).doesNotContainAnyElementsOf(taken).doesNotHaveDuplicates();
    }

    @Test
    void a_bad_pattern_reports_every_problem() {
        assertThatThrownBy(() -> new CodePattern("brew", 0, 20, "/", "AAB", false))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("prefix").hasMessageContaining("groups").hasMessageContaining("groupLength")
                .hasMessageContaining("separator").hasMessageContaining("alphabet");
    }

    @Test
    void generated_codes_are_unique_and_match_their_pattern() {
        Properties.check().forAll(integers().between(1, 4), integers().between(3, 6), integers().between(1, 300))
                .checkAssert((groups, length, count) -> {
                    CodePattern pattern = new CodePattern("P", groups, length, "-", CodePattern.UNAMBIGUOUS, groups % 2 == 0);
                    if (pattern.entropyBits() < CodeGenerator.requiredBits(count)) return;
                    List<String> codes = new CodeGenerator(pattern).generate(count);
                    assertThat(codes).hasSize(count).doesNotHaveDuplicates().allMatch(pattern::matches);
                });
    }

    @Test
    void codes_are_masked_in_logs_except_for_their_last_two_characters() {
        assertThat(VoucherCodes.mask("BREW-7KQ2-M9XD")).isEqualTo("****-****-**XD");
        assertThat(VoucherCodes.mask("abcd")).isEqualTo("****");
    }
}
