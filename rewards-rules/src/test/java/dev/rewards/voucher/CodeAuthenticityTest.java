package dev.rewards.voucher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.CodeAuthenticator.Status;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * M4: codes a till verifies offline as made by the holder of the campaign's key (a keyed MAC in the
 * code), beside the check character that catches typos; key rotation; stated forgery odds.
 */
class CodeAuthenticityTest {
    static final byte[] KEY_A = "0123456789abcdef-key-A".getBytes();
    static final byte[] KEY_B = "fedcba9876543210-key-B".getBytes();
    static final CodePattern SIGNED = CodePattern.standard("BREW").withMac(4);
    static final CodeAuthenticator HEAD_OFFICE = new CodeAuthenticator("thanks", SIGNED, CodeKeys.of("A", Map.of("A", KEY_A)));

    @Test
    void a_signed_code_carries_a_key_id_and_a_mac_before_its_check_character_and_verifies_offline() {
        String code = new CodeGenerator(HEAD_OFFICE).generate(1).get(0);

        assertThat(code).matches("BREW-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-A[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]");
        assertThat(SIGNED.matches(code)).isTrue();
        assertThat(HEAD_OFFICE.verify(code)).isEqualTo(Status.AUTHENTIC);
        assertThat(HEAD_OFFICE.verify(code.toLowerCase())).isEqualTo(Status.AUTHENTIC);
        assertThat(SIGNED.forgeryOdds()).isEqualTo(BigInteger.valueOf(1_048_576));
        assertThat(SIGNED.entropyBits()).isEqualTo(60.0);
    }

    @Test
    void a_typo_anywhere_reads_as_mistyped_never_as_a_forgery() {
        String code = new CodeGenerator(HEAD_OFFICE).generate(1).get(0);
        for (int i = 5; i < code.length(); i++) {
            if (code.charAt(i) == '-') continue;
            for (char c : CodePattern.UNAMBIGUOUS.toCharArray()) {
                if (c == code.charAt(i)) continue;
                assertThat(HEAD_OFFICE.verify(code.substring(0, i) + c + code.substring(i + 1))).isEqualTo(Status.MISTYPED);
            }
        }
    }

    @Test
    void forged_codes_pass_about_once_in_the_stated_odds() {
        CodePattern weak = CodePattern.standard("T").withMac(2);
        CodeAuthenticator till = new CodeAuthenticator("thanks", weak, CodeKeys.of("A", Map.of("A", KEY_A)));
        Random forger = new Random(42);
        int passed = 0;
        int tries = 200_000;
        for (int n = 0; n < tries; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 12; i++) body.append(CodePattern.UNAMBIGUOUS.charAt(forger.nextInt(32)));
            String mac = "A" + CodePattern.UNAMBIGUOUS.charAt(forger.nextInt(32)) + CodePattern.UNAMBIGUOUS.charAt(forger.nextInt(32));
            String forged = "T-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8) + "-" + mac + "-"
                    + weak.checkCharacterOf(body + mac);
            Status s = till.verify(forged);
            assertThat(s).isIn(Status.AUTHENTIC, Status.FORGED);
            if (s == Status.AUTHENTIC) passed++;
        }
        // 1 in 32^2 = 1,024: about 195 of 200,000; the bounds are 5 standard deviations apart
        assertThat(weak.forgeryOdds()).isEqualTo(BigInteger.valueOf(1024));
        assertThat(passed).isBetween(125, 265);
    }

    @Test
    void a_code_is_bound_to_its_campaign_and_a_key_can_be_rotated() {
        String old = new CodeGenerator(HEAD_OFFICE).generate(1).get(0);
        CodeAuthenticator otherCampaign = new CodeAuthenticator("spring", SIGNED, CodeKeys.of("A", Map.of("A", KEY_A)));
        CodeAuthenticator rotated = new CodeAuthenticator("thanks", SIGNED, CodeKeys.of("B", Map.of("A", KEY_A, "B", KEY_B)));
        CodeAuthenticator retired = new CodeAuthenticator("thanks", SIGNED, CodeKeys.of("B", Map.of("B", KEY_B)));
        String fresh = new CodeGenerator(rotated).generate(1).get(0);

        assertThat(otherCampaign.verify(old)).isEqualTo(Status.FORGED);
        assertThat(rotated.verify(old)).isEqualTo(Status.AUTHENTIC);
        assertThat(fresh.charAt(20)).isEqualTo('B');
        assertThat(rotated.verify(fresh)).isEqualTo(Status.AUTHENTIC);
        assertThat(retired.verify(old)).isEqualTo(Status.UNKNOWN_KEY);
        assertThat(HEAD_OFFICE.verify(fresh)).isEqualTo(Status.UNKNOWN_KEY);
    }

    @Test
    void keys_are_checked_all_at_once_and_never_printed() {
        assertThatThrownBy(() -> CodeKeys.of("C", Map.of("A", "short".getBytes(), "ab", KEY_B))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("keys.A: a key needs at least 16 bytes (128 bits), was 5")
                .hasMessageContaining("keys.ab: a key id is one capital letter or digit")
                .hasMessageContaining("current: must be the id of one of the keys [A, ab], was C");
        assertThat(CodeKeys.of("A", Map.of("A", KEY_A)).toString()).isEqualTo("CodeKeys[current A, ids [A]]");
        assertThatThrownBy(() -> new CodeGenerator(SIGNED)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("generate them with the campaign's keys");
    }

    @Test
    void a_till_offline_accepts_an_authentic_code_and_not_a_forged_one() {
        VoucherCampaign thanks = VoucherCampaign.withCodes("thanks", SIGNED, Benefit.PercentOff.of("10"))
                .restrictedBy(new Restriction.UsesPerCode(1));
        Program program = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .vouchers(VoucherPolicy.of(thanks)).build();
        assertThat(RewardsJson.readProgram(RewardsJson.write(program))).isEqualTo(program);
        CodeAuthenticator till = CodeAuthenticator.of(thanks, CodeKeys.of("A", Map.of("A", KEY_A)));
        String real = new CodeGenerator(till, new SecureRandom()).generate(1).get(0);
        String forged = real.substring(0, 21) + (real.charAt(21) == 'Z' ? 'Y' : 'Z') + real.substring(22, real.length() - 1);
        forged = forged + SIGNED.checkCharacterOf(forged.replace("BREW-", "").replace("-", ""));

        MemberState ana = MemberState.enrolled("ana", Instant.parse("2026-01-01T00:00:00Z"), java.util.Currency.getInstance("EUR"));
        Transaction tx = Transaction.builder("t-1", "ana", Instant.parse("2026-03-03T10:00:00Z")).currency("EUR")
                .line("1", "beans", "20.00", 1, "beans").build().withVouchers(real, forged);
        Outcome o = Rewards.compile(program).evaluate(ana, tx, CodeAuthenticator.offlineSnapshot(tx.vouchers(), List.of(till)));

        assertThat(till.verify(forged)).isEqualTo(Status.FORGED);
        assertThat(o.voucher(real).orElseThrow().amount()).isEqualTo(Money.of("2.00", "EUR"));
        assertThat(o.voucher(forged).orElseThrow().reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_CODE);
    }
}
