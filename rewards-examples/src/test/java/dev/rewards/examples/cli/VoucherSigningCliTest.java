package dev.rewards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** M4 from the command line: codes signed with the campaign's keys, verified offline, the code masked in every answer. */
class VoucherSigningCliTest {
    @TempDir
    Path dir;
    private Path program;
    private Path keys;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RewardsCli cli = new RewardsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @BeforeEach
    void files() throws IOException {
        program = dir.resolve("program.json");
        Files.writeString(program, """
                {"id": "shop", "currency": "EUR", "timeZone": "Europe/Amsterdam", "earnRules": [],
                 "vouchers": {"campaigns": [{"id": "thanks", "benefit": {"type": "percentOff", "percent": "10"},
                   "codes": {"prefix": "THX", "groups": 3, "groupLength": 4, "macLength": 5}}]}}
                """);
        keys = dir.resolve("keys.json");
        String secret = Base64.getEncoder().encodeToString("a till key of 32 bytes, not real".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(keys, "{\"current\": \"K\", \"keys\": {\"K\": \"" + secret + "\"}}");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return cli.run(args);
    }

    @Test
    void generated_codes_verify_as_authentic_and_a_changed_mac_as_forged() {
        assertThat(run("vouchers", "generate", "--program", program.toString(), "--campaign", "thanks", "--count", "3",
                "--keys", keys.toString())).isZero();
        List<String> codes = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(codes).hasSize(3).allMatch(c -> c.matches("THX-\\w{4}-\\w{4}-\\w{4}-K\\w{5}-\\w"));

        for (String code : codes) {
            assertThat(run("vouchers", "verify", "--program", program.toString(), "--campaign", "thanks", "--keys", keys.toString(),
                    "--code", code)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("is authentic: made with a key of campaign thanks\n")
                    .doesNotContain(code);
        }
        String typo = codes.get(0).substring(0, 4) + (codes.get(0).charAt(4) == 'Z' ? 'Y' : 'Z') + codes.get(0).substring(5);
        assertThat(run("vouchers", "verify", "--program", program.toString(), "--campaign", "thanks", "--keys", keys.toString(),
                "--code", typo)).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("is mistyped");
    }

    @Test
    void a_signed_campaign_needs_its_keys_and_a_bad_key_file_is_named_with_every_problem() throws IOException {
        assertThat(run("vouchers", "generate", "--program", program.toString(), "--campaign", "thanks", "--count", "3"))
                .isEqualTo(RewardsCli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("campaign 'thanks' signs its codes (macLength): give --keys FILE");

        Files.writeString(keys, "{\"current\": \"Q\", \"keys\": {\"K\": \"c2hvcnQ=\", \"L\": \"not base64!\"}}");
        assertThat(run("vouchers", "generate", "--program", program.toString(), "--campaign", "thanks", "--count", "3",
                "--keys", keys.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(keys + ": keys.L: is not base64 text");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        Files.writeString(keys, "{\"current\": \"Q\", \"keys\": {\"K\": \"c2hvcnQ=\"}}");
        run("vouchers", "generate", "--program", program.toString(), "--campaign", "thanks", "--count", "3", "--keys", keys.toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(keys + ": keys.K: a key needs at least 16 bytes (128 bits), was 5")
                .contains(keys + ": current: must be the id of one of the keys [K], was Q").doesNotContain("Exception");
    }
}
