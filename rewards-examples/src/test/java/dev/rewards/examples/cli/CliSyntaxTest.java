package dev.rewards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the command line as users type it (picocli), and what they read when it goes wrong. */
class CliSyntaxTest {
    private static final Path DATA = Path.of("data/brewhouse");
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RewardsCli cli = new RewardsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void version_prints_the_builds_version_and_exits_0() {
        assertThat(cli.run("--version")).isZero();
        assertThat(out()).startsWith("rewards ").doesNotContain("unknown").contains("Java ");
        assertThat(cli.run("-V")).isZero();
    }

    @Test
    void options_take_their_value_after_a_space_or_an_equals_sign_alike() {
        assertThat(cli.run("evaluate", "--program=" + DATA.resolve("program.json"), "--members=" + DATA.resolve("members.json"),
                "--transactions", DATA.resolve("transactions.jsonl").toString())).isZero();
        String withEquals = out();
        out.reset();
        assertThat(cli.run("evaluate", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--transactions", DATA.resolve("transactions.jsonl").toString())).isZero();
        assertThat(withEquals).isNotEmpty().isEqualTo(out());
    }

    @Test
    void a_mistyped_command_or_option_is_a_usage_error_that_suggests_the_closest() {
        assertThat(cli.run("evalute")).isEqualTo(RewardsCli.USAGE);
        assertThat(cli.run("evaluate", "--progam", "p.json")).isEqualTo(RewardsCli.USAGE);
        assertThat(cli.run("vouchers", "generat")).isEqualTo(RewardsCli.USAGE);
        assertThat(err()).contains("rewards: unknown command 'evalute'", "rewards evaluate")
                .contains("rewards evaluate: unknown option", "--progam", "Possible solutions: --program")
                .contains("rewards vouchers: unknown command 'generat'", "generate")
                .doesNotContain("Exception", "\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_option_given_twice_is_refused_not_silently_overwritten() {
        assertThat(cli.run("terms", "--program", "a.json", "--program", "b.json")).isEqualTo(RewardsCli.USAGE);
        assertThat(err()).contains("'--program'").contains("only once");
    }

    @Test
    void terms_diff_tells_what_changes_for_members_between_two_program_files(@TempDir Path dir) throws IOException {
        Path v2 = dir.resolve("v2.json");
        Files.writeString(v2, Files.readString(DATA.resolve("program.json")).replace("\"points\": 1, \"per\": \"1.00\"", "\"points\": 2, \"per\": \"1.00\"")
                .replace("\"version\": 1", "\"version\": 2"));
        assertThat(cli.run("terms", "--diff", DATA.resolve("program.json").toString(), v2.toString())).isZero();
        assertThat(out()).startsWith("# brewhouse: what changes from version 1 to version 2").contains("1 change for members.",
                "- Now: **base**: 2 points for every 1.00 EUR spent");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\"}");
        assertThat(cli.run("terms", "--diff", DATA.resolve("program.json").toString(), bad.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains(bad.toString()).doesNotContain("\tat ");
        assertThat(cli.run("terms", "--diff", DATA.resolve("program.json").toString())).isEqualTo(RewardsCli.USAGE);
    }

    @Test
    void evaluate_converts_a_basket_in_another_currency_with_the_rate_table_given_and_says_so(@TempDir Path dir) throws IOException {
        Path txs = dir.resolve("usd.jsonl");
        Files.writeString(txs, "{\"id\":\"us-1\",\"memberId\":\"m-ana\",\"at\":\"2026-03-02T08:00:00Z\",\"currency\":\"USD\","
                + "\"lines\":[{\"id\":\"1\",\"sku\":\"ethiopia-beans-1kg\",\"categories\":[\"beans\"],\"unitPrice\":\"21.00\",\"quantity\":1}]}\n");
        Path rates = dir.resolve("rates.json");
        Files.writeString(rates, "{\"currency\": \"EUR\", \"source\": \"ECB 2026-03-01\", \"rates\": {\"USD\": \"0.9210\"}}");
        String[] args = {"explain", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--transactions", txs.toString(), "--rates", rates.toString()};

        assertThat(cli.run(args)).isZero();
        assertThat(out()).contains("Currency: 21.00 USD converted at 0.921 EUR per USD, each price rounded HALF_EVEN (ECB 2026-03-01)");
        out.reset();
        args[0] = "evaluate";
        assertThat(cli.run(args)).isZero();
        assertThat(out()).contains("\"conversion\":{\"from\":\"USD\",\"to\":\"EUR\",\"rate\":\"0.921\",\"rounding\":\"HALF_EVEN\",\"merchandise\":\"21.00\",\"source\":\"ECB 2026-03-01\"}",
                "\"qualifyingSpend\":\"19.34\"");

        // without a table the basket is refused, naming the way out; a bad table is named with its fields
        assertThat(cli.run("evaluate", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--transactions", txs.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains("$.currency: must be EUR like the program, was USD (--rates FILE converts other currencies)");
        Files.writeString(rates, "{\"currency\": \"EUR\", \"rates\": {\"USD\": \"-1\"}}");
        args[0] = "evaluate";
        assertThat(cli.run(args)).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains(rates + ": $.rates.USD: must be more than zero").doesNotContain("\tat ");
    }

    @Test
    void evaluate_takes_the_hosts_calendars_that_the_programs_conditions_name(@TempDir Path dir) throws IOException {
        // P10: a program whose bonus is off on public holidays, the holidays in the host's own file
        Path program = dir.resolve("program.json");
        Files.writeString(program, "{\"id\": \"shop\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Amsterdam\", \"earnRules\": ["
                + "{\"kind\": \"spend\", \"id\": \"base\", \"points\": 1, \"per\": \"1.00\", \"when\": {\"exceptCalendar\": \"holidays\"}}]}");
        Path calendars = dir.resolve("calendars.json");
        Files.writeString(calendars, "{\"holidays\": [\"2026-03-06\"]}");
        Path members = Files.writeString(dir.resolve("members.json"), "[{\"id\": \"m-ana\", \"enrolledAt\": \"2025-01-01T00:00:00Z\", \"currency\": \"EUR\"}]");
        Path txs = Files.writeString(dir.resolve("tx.jsonl"), "{\"id\":\"t-1\",\"memberId\":\"m-ana\",\"at\":\"2026-03-06T08:00:00Z\","
                + "\"currency\":\"EUR\",\"lines\":[{\"id\":\"1\",\"sku\":\"beans\",\"categories\":[\"beans\"],\"unitPrice\":\"21.00\",\"quantity\":1}]}\n");
        String[] args = {"explain", "--program", program.toString(), "--members", members.toString(),
                "--transactions", txs.toString(), "--calendars", calendars.toString()};

        assertThat(cli.run(args)).as(err()).isZero();
        assertThat(out()).contains("does not apply on the days of calendar holidays, and 2026-03-06 is one");
        assertThat(cli.run("evaluate", "--program", program.toString(), "--members", members.toString(),
                "--transactions", txs.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains("$.earnRules[0].when.exceptCalendar: no calendar 'holidays'");
        Files.writeString(calendars, "{\"holidays\": [\"2026-02-30\"]}");
        assertThat(cli.run(args)).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains(calendars + ": $.holidays[0]: expected a day such as 2027-04-27").doesNotContain("\tat ");
    }

    @Test
    void a_missing_file_is_named_once_in_plain_words() {
        assertThat(cli.run("terms", "--program", "nope.json")).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains("no such file: nope.json").doesNotContain("Cannot read").doesNotContain("cannot read cannot");
    }

    @Test
    void a_report_that_cannot_be_written_says_cannot_write() {
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--synthetic", "50",
                "--out", "/nonexistent-dir/report.txt")).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains("cannot write /nonexistent-dir/report.txt").doesNotContain("cannot read");
    }

    @Test
    void a_csv_history_is_read_by_a_real_csv_parser_quoted_commas_included(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, """
                transactionId,memberId,at,sku,category,unitPrice,quantity
                t-1,m-ana,2026-03-07T10:15:00Z,"beans, dark roast",beans,19.50,1
                t-1,m-ana,2026-03-07T10:15:00Z,"bun \"\"large\"\"",pastry,"3.20",2
                t-2,m-bo,2026-03-08T10:15:00Z,bun,pastry,3.20,1
                """);
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", csv.toString(), "--format", "json"))
                .as(err()).isZero();
        assertThat(out()).contains("\"purchases\" : 2");
    }

    @Test
    void a_bad_csv_field_names_its_line_and_column_never_a_parsers_message(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("history.csv");
        Files.writeString(csv, "t-1,m-ana,2026-03-07T10:15:00Z,bun,pastry,3.20,1\nt-2,m-ana,2026-03-08T10:15:00Z,bun,pastry,\"3,20\",1\n");
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", csv.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        Files.writeString(csv, "t-1,m-ana,2026-03-07T10:15:00Z,bun,pastry,1e999999999,1\n");
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", csv.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err()).contains("line 2: unitPrice: not a decimal amount such as 19.50: '3,20'")
                .contains("line 1: unitPrice: out of range").doesNotContain("Character", "Exception");
    }

    @Test
    void no_progress_bar_is_written_to_a_stderr_that_is_not_a_terminal() {
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--synthetic", "3000")).isZero();
        assertThat(err()).doesNotContain("\r").doesNotContain("purchases/s");
    }
}
