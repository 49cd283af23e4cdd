package dev.rewards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.json.RewardsJson;
import dev.rewards.voucher.CodePattern;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool on the bundled Brewhouse example, and on bad input. */
class RewardsCliTest {
    private static final Path DATA = Path.of("data/brewhouse");
    private static final String[] BREWHOUSE = {"--program", DATA.resolve("program.json").toString(),
            "--members", DATA.resolve("members.json").toString(),
            "--transactions", DATA.resolve("transactions.jsonl").toString()};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RewardsCli cli = new RewardsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private int run(String command, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.run(all);
    }

    private List<String> stdout() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void evaluate_prints_one_json_outcome_per_transaction() {
        assertThat(run("evaluate", BREWHOUSE)).isZero();

        List<JsonNode> outcomes = stdout().stream().map(RewardsJson::parse).toList();
        assertThat(outcomes).extracting(o -> o.get("transactionId").asText())
                .containsExactly("t-1001", "t-1002", "t-1003", "t-1004", "t-1005", "t-1006");
        assertThat(outcomes).extracting(o -> o.get("points").asLong()).containsExactly(6L, 56L, 47L, 158L, 0L, 38L);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void ana_reaches_gold_on_saturday_and_earns_as_gold_on_monday() {
        run("evaluate", BREWHOUSE);

        JsonNode saturday = RewardsJson.parse(stdout().get(2));
        JsonNode monday = RewardsJson.parse(stdout().get(5));
        assertThat(saturday.at("/tier/upgraded").asBoolean()).isTrue();
        assertThat(saturday.at("/tier/after").asText()).isEqualTo("gold");
        assertThat(monday.at("/tier/before").asText()).isEqualTo("gold");
        assertThat(monday.get("cashback").asText()).isEqualTo("0.44");
    }

    @Test
    void independent_evaluation_does_not_carry_state_between_transactions() {
        run("evaluate", append(BREWHOUSE, "--independent"));

        JsonNode monday = RewardsJson.parse(stdout().get(5));
        assertThat(monday.at("/tier/before").asText()).isEqualTo("green");
    }

    @Test
    void explain_prints_every_rule_with_what_it_gave_or_why_not() {
        assertThat(run("explain", BREWHOUSE)).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Transaction t-1004, member m-ben, program brewhouse v1")
                .contains("[applied]     gold-cashback (cashback): 3% of 89.00 EUR: 2.00 EUR as store credit [lines 1]")
                .contains("CAPPED: capped at 2.00 EUR per transaction; 0.67 EUR not paid")
                .contains("[not applied] base (spend): member m-dee was not enrolled at the time of the transaction");
    }

    @Test
    void help_is_there_for_the_tool_and_each_command() {
        assertThat(cli.run("--help")).isZero();
        assertThat(run("evaluate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: rewards <command>")
                .contains("Usage: rewards evaluate --program FILE --members FILE --transactions FILE");
    }

    @Test
    void usage_errors_exit_with_2() {
        assertThat(cli.run()).isEqualTo(2);
        assertThat(run("teleport")).isEqualTo(2);
        assertThat(run("simulate")).isEqualTo(2);
        assertThat(run("evaluate", "--program", "p.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'teleport'")
                .contains("rewards simulate: missing --program FILE").contains("rewards evaluate: missing --members FILE");
    }

    @Test
    void bad_input_lists_every_problem_with_file_and_line_and_evaluates_nothing(@TempDir Path dir) throws IOException {
        Path transactions = dir.resolve("bad.jsonl");
        Files.writeString(transactions, String.join("\n",
                Files.readAllLines(DATA.resolve("transactions.jsonl")).get(0),
                "{\"id\":\"t-2\",\"memberId\":\"m-ana\",\"at\":\"yesterday\",\"currency\":\"EUR\",\"lines\":[]}",
                "{\"id\":\"t-3\",\"memberId\":\"m-zed\",\"at\":\"2026-03-06T07:42:00Z\",\"currency\":\"EUR\",\"lines\":[{\"id\":\"1\",\"sku\":\"x\",\"unitPrice\":\"1.00\",\"quantity\":-2}]}",
                "{not json"));
        String[] args = BREWHOUSE.clone();
        args[5] = transactions.toString();

        assertThat(run("evaluate", args)).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                transactions + ":2: $.at: is not an ISO-8601 instant such as 2026-03-01T09:30:00Z: 'yesterday' (Text 'yesterday' could not be parsed at index 0)",
                transactions + ":3: $.lines[0].quantity: must be positive, was -2",
                transactions + ":4: $: malformed JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name (column 2)",
                "rewards: 3 problems; nothing was evaluated");
    }

    @Test
    void an_invalid_program_is_reported_with_its_json_paths(@TempDir Path dir) throws IOException {
        Path program = dir.resolve("program.json");
        Files.writeString(program, Files.readString(DATA.resolve("program.json")).replace("\"per\": \"1.00\"", "\"per\": \"-1\""));
        String[] args = BREWHOUSE.clone();
        args[1] = program.toString();

        assertThat(run("explain", args)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(program + ": $.earnRules[0].per: must be positive, was -1");
    }

    @Test
    void a_yaml_program_decides_exactly_as_its_json(@TempDir Path dir) throws IOException {
        JsonNode program = RewardsJson.parse(Files.readString(DATA.resolve("program.json")));
        Path yaml = dir.resolve("program.yaml");
        Files.writeString(yaml, new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(program));
        String[] args = BREWHOUSE.clone();
        args[1] = yaml.toString();

        assertThat(run("evaluate", BREWHOUSE)).isZero();
        String fromJson = out.toString(StandardCharsets.UTF_8);
        out.reset();
        assertThat(run("evaluate", args)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(fromJson);
    }

    private static String[] append(String[] args, String more) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }

    @Test
    void vouchers_generate_prints_unique_codes_of_the_campaign_pattern_and_states_the_entropy() {
        assertThat(cli.run("vouchers", "generate", "--program", DATA.resolve("program.json").toString(), "--campaign", "gift-card",
                "--count", "25")).isZero();

        List<String> codes = stdout();
        assertThat(codes).hasSize(25).doesNotHaveDuplicates()
                .allMatch(CodePattern.standard("GIFT")::matches);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("60.0 bits of entropy, 36.6 needed for 25 codes");
    }

    @Test
    void vouchers_generate_refuses_a_campaign_without_a_pattern() {
        assertThat(cli.run("vouchers", "generate", "--program", DATA.resolve("program.json").toString(), "--campaign", "spring-beans",
                "--count", "5")).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("campaign 'spring-beans' has no code pattern");
    }

    @Test
    void vouchers_check_accepts_or_gives_every_reason_for_each_transaction_without_showing_the_code() {
        String[] args = {"vouchers", "check", BREWHOUSE[0], BREWHOUSE[1], BREWHOUSE[2], BREWHOUSE[3], BREWHOUSE[4], BREWHOUSE[5],
                "--code", "spring-beans"};
        assertThat(cli.run(args)).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("t-1003 ******-***NS accepted: 10% off: 1.95 EUR on line 1")
                .contains("t-1006 ******-***NS rejected:\n    BELOW_MINIMUM_SPEND: spend 4.00 EUR more on eligible items")
                .doesNotContain("SPRING-BEANS");
    }

    @Test
    void vouchers_check_refuses_an_issued_codes_file_with_unknown_fields_or_bad_amounts_naming_file_line_and_field(@TempDir Path dir)
            throws IOException {
        Path issued = dir.resolve("issued.jsonl");
        Files.writeString(issued, String.join("\n",
                "{\"code\": \"GIFT-AAAA-BBBB-CCCC\", \"campaignId\": \"gift-card\", \"balance\": \"25.00\", \"uses\": 1}",
                "{\"code\": \"GIFT-DDDD-EEEE-FFFF\", \"campaignId\": \"gift-card\", \"balance\": \"1e999999999\"}",
                "{\"code\": \"GIFT-GGGG-HHHH-JJJJ\", \"campaignId\": \"gift-card\", \"balance\": \"10.00\"}"));
        String[] args = {"vouchers", "check", BREWHOUSE[0], BREWHOUSE[1], BREWHOUSE[2], BREWHOUSE[3], BREWHOUSE[4], BREWHOUSE[5],
                "--code", "GIFT-GGGG-HHHH-JJJJ", "--issued", issued.toString()};

        assertThat(cli.run(args)).isEqualTo(RewardsCli.BAD_INPUT);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains(issued + ":1: $.uses: unknown field 'uses'").contains(issued + ":2: $.balance")
                .doesNotContain(issued + ":3").doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /** The bundled program with one custom rule, written to {@code file}. */
    private static Path withCustomRule(Path file, String id, String drl) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode program = (com.fasterxml.jackson.databind.node.ObjectNode)
                RewardsJson.parse(Files.readString(DATA.resolve("program.json")));
        program.putArray("customRules").addObject().put("id", id).put("drl", drl);
        Files.writeString(file, program.toString());
        return file;
    }

    @Test
    void no_input_ends_in_a_stack_trace(@TempDir Path dir) throws IOException {
        Path broken = withCustomRule(dir.resolve("broken.json"), "broken", "package dev.rewards.custom;\nrule \"x\" when then nosuch(); end\n");
        Path throwing = withCustomRule(dir.resolve("throwing.json"), "npe", "package dev.rewards.custom;\n"
                + "import dev.rewards.transaction.Transaction;\nrule \"npe\" when Transaction() then String s = null; s.length(); end\n");

        assertThat(run("evaluate", "--program", broken.toString(), BREWHOUSE[2], BREWHOUSE[3], BREWHOUSE[4], BREWHOUSE[5]))
                .isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(run("evaluate", "--program", throwing.toString(), BREWHOUSE[2], BREWHOUSE[3], BREWHOUSE[4], BREWHOUSE[5]))
                .isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(run("simulate", "--program", DATA.resolve("program.json").toString(), "--synthetic", "-5")).isEqualTo(RewardsCli.USAGE);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("$.customRules[0].drl").contains("$.customRules[0] (npe): DRL rule \"npe\" failed on transaction t-1001")
                .contains("members and transactions must be positive").doesNotContain("\tat ").doesNotContain("Java source");
    }

    @Test
    void ids_with_quotes_or_line_breaks_cannot_forge_lines_of_the_output(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history.jsonl");
        String forged = "x-1\\n2026-06-01T09:30:00Z  m-ana  POINTS_EARNED 9999: \\\"free\\\"";
        Files.writeString(history, "{\"kind\":\"redeemPoints\",\"id\":\"" + forged + "\",\"memberId\":\"m-ana\","
                + "\"at\":\"2026-06-01T09:30:00Z\",\"points\":99999,\"orderTotal\":\"20.00\",\"currency\":\"EUR\"}\n");
        String[] args = {"history", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--history", history.toString()};

        assertThat(cli.run(args)).isZero();
        List<String> text = stdout();
        out.reset();
        String[] json = java.util.Arrays.copyOf(args, args.length + 1);
        json[args.length] = "--json";
        assertThat(cli.run(json)).isZero();

        assertThat(text).noneMatch(l -> l.startsWith("2026-06-01T09:30:00Z  m-ana  POINTS_EARNED 9999"));
        assertThat(text).anyMatch(l -> l.contains("REFUSED x-1\\n2026-06-01T09:30:00Z"));
        List<JsonNode> lines = stdout().stream().map(RewardsJson::parse).toList();
        assertThat(lines).anyMatch(n -> n.path("rejected").asText().equals("x-1\n2026-06-01T09:30:00Z  m-ana  POINTS_EARNED 9999: \"free\""));
    }

    @Test
    void history_runs_each_members_year_and_prints_events_in_time_order_and_the_closing_accounts() {
        assertThat(cli.run("history", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--history", DATA.resolve("history.jsonl").toString())).isZero();

        List<String> lines = stdout();
        assertThat(lines).contains(
                "2026-01-24T10:15:00Z  m-ana  TIER_CHANGED: tier green -> gold",
                "2026-03-06T07:55:00Z  m-cas  REFERRED by m-ana",
                "2026-03-06T08:10:00Z  m-ana  POINTS_EARNED 100: 100 points referral: a member you referred made a first purchase, spendable from 2026-03-20",
                "2026-03-30T08:00:00Z  m-ana  BADGE_EARNED 50: badge regular: 5 x purchase in one month",
                "2026-04-02T09:00:00Z  m-ana  POINTS_REVERSED 39: 39 points reversed for a refund",
                "2026-06-01T09:00:00Z  m-ana  x-2 is worth 3.00 EUR off",
                "2026-06-01T09:30:00Z  m-cas  REFUSED x-3: NOT_ENOUGH_POINTS: needs 5000 points, 270 spendable",
                "2026-03-02T08:00:00Z  m-ana  CASHBACK_EARNED 0.77 EUR: 0.77 EUR store credit, usable from 2026-03-16 if not returned",
                "  m-ana: 35 points, tier gold; 250.00 EUR more by 2027-12-31 to keep gold; badges: regular; store credit 3.85 EUR");
        List<String> events = lines.subList(0, lines.indexOf("Accounts at 2027-02-15T00:00:00Z"));
        assertThat(events).extracting(l -> l.substring(0, 20)).isSorted();
    }

    @Test
    void history_applies_adjustments_by_hand_and_prints_who_made_them_and_why(@TempDir Path dir) throws IOException {
        Path history = dir.resolve("history.jsonl");
        Files.writeString(history, Files.readString(DATA.resolve("history.jsonl"))
                + "{\"kind\":\"adjust\",\"id\":\"goodwill-1\",\"memberId\":\"m-ana\",\"at\":\"2026-06-02T09:00:00Z\",\"points\":50,"
                + "\"credit\":\"2.00\",\"currency\":\"EUR\",\"reason\":\"late delivery\",\"actor\":\"agent-17\"}\n"
                + "{\"kind\":\"adjust\",\"id\":\"fix-1\",\"memberId\":\"m-cas\",\"at\":\"2026-06-02T09:00:00Z\",\"points\":-100000,"
                + "\"reason\":\"double booking\",\"actor\":\"agent-3\"}\n");
        assertThat(cli.run("history", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--history", history.toString())).isZero();
        assertThat(stdout()).contains("2026-06-02T09:00:00Z  m-ana  POINTS_ADJUSTED 50: 50 points credited by agent-17: late delivery",
                "2026-06-02T09:00:00Z  m-ana  CREDIT_ADJUSTED 2.00 EUR: 2.00 EUR store credit credited by agent-17: late delivery")
                .anyMatch(l -> l.startsWith("2026-06-02T09:00:00Z  m-cas  REFUSED fix-1: NOT_ENOUGH_POINTS"))
                .contains("  m-ana: 85 points, tier gold; 250.00 EUR more by 2027-12-31 to keep gold; badges: regular; store credit 5.85 EUR");
    }

    @Test
    void history_with_a_bad_line_names_it_and_runs_nothing() throws Exception {
        Path bad = Files.createTempFile("history", ".jsonl");
        Files.writeString(bad, "{\"kind\":\"teleport\",\"memberId\":\"m-ana\"}\n");
        assertThat(cli.run("history", "--program", DATA.resolve("program.json").toString(), "--members", DATA.resolve("members.json").toString(),
                "--history", bad.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(":1: $.kind: unknown kind 'teleport'");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void simulate_prices_the_program_over_a_synthetic_history_and_compares_two_programs() throws Exception {
        Path html = Files.createTempFile("report", ".html");
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--compare", DATA.resolve("program.json").toString(),
                "--synthetic", "2000", "--seed", "3", "--format", "html", "--out", html.toString())).isZero();

        String page = Files.readString(html);
        assertThat(page).contains("<svg", "points issued", "Members per tier at the end of each month").doesNotContain("<script");
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--synthetic", "2000", "--seed", "3")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("points outstanding", "liability (outstanding)", "Points by rule", "Top members");
    }

    @Test
    void simulate_reads_purchases_from_csv_and_names_a_bad_row() throws Exception {
        Path csv = Files.createTempFile("history", ".csv");
        Files.writeString(csv, """
                transactionId,memberId,at,sku,category,unitPrice,quantity
                t-1,m-ana,2026-03-03T09:00:00Z,ethiopia-beans-1kg,beans,19.50,1
                t-1,m-ana,2026-03-03T09:00:00Z,croissant,pastry,2.40,1
                t-2,m-ben,2026-03-04T09:00:00Z,grinder,equipment,89.00,1
                """);
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", csv.toString(), "--format", "json")).isZero();
        JsonNode report = RewardsJson.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(report.at("/program/purchases").asLong()).isEqualTo(2);
        assertThat(report.at("/program/spend").asText()).isEqualTo("110.90");

        Files.writeString(csv, "t-1,m-ana,2026-03-03T09:00:00Z,beans\n");
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", csv.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1: needs 7 fields");
    }

    @Test
    void simulate_with_issued_codes_reports_redemption_as_redeemed_over_issued(@TempDir Path dir) throws IOException {
        Path issued = dir.resolve("issued.jsonl");
        Files.writeString(issued, String.join("\n",
                "{\"code\": \"GIFT-AAAA-BBBB-CCCC\", \"campaignId\": \"gift-card\", \"balance\": \"25.00\"}",
                "{\"code\": \"GIFT-DDDD-EEEE-FFFF\", \"campaignId\": \"gift-card\", \"balance\": \"25.00\"}",
                "{\"code\": \"GIFT-GGGG-HHHH-JJJJ\", \"campaignId\": \"gift-card\", \"balance\": \"25.00\"}"));
        Path history = dir.resolve("history.jsonl");
        Files.writeString(history, "{\"kind\":\"purchase\",\"id\":\"t-1\",\"memberId\":\"m-ana\",\"at\":\"2026-03-03T09:00:00Z\","
                + "\"currency\":\"EUR\",\"vouchers\":[\"GIFT-AAAA-BBBB-CCCC\"],\"lines\":[{\"id\":\"1\",\"sku\":\"grinder\","
                + "\"categories\":[\"equipment\"],\"unitPrice\":\"89.00\",\"quantity\":1}]}\n");

        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", history.toString(),
                "--issued", issued.toString(), "--format", "json")).isZero();
        String inTime = out.toString(StandardCharsets.UTF_8);
        JsonNode giftCard = RewardsJson.parse(inTime).at("/program/campaigns/gift-card");
        assertThat(giftCard.path("issued").asLong()).isEqualTo(3);
        assertThat(giftCard.path("redeemed").asLong()).isEqualTo(1);
        assertThat(giftCard.path("rate").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        out.reset();
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", history.toString(),
                "--issued", issued.toString(), "--format", "json", "--by-member", "--threads", "2")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("codes issued to every thread, redeemed once").isEqualTo(inTime);

        Files.writeString(issued, Files.readString(issued) + "\n{\"code\": \"GIFT-AAAA-BBBB-CCCC\", \"campaignId\": \"gift-card\", \"balance\": \"5.00\"}");
        out.reset();
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", history.toString(),
                "--issued", issued.toString(), "--by-member")).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(cli.run("simulate", "--program", DATA.resolve("program.json").toString(), "--history", history.toString(),
                "--issued", issued.toString())).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(issued + ":4: $.code: code ****-****-****-**CC is issued twice (first on line 1)")
                .doesNotContain("GIFT-AAAA");
    }

    @Test
    void synth_writes_a_history_that_simulate_and_history_read_back() throws Exception {
        assertThat(cli.run("synth", "--program", DATA.resolve("program.json").toString(), "--synthetic", "50", "--seed", "9")).isZero();
        List<String> lines = stdout();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(50).allSatisfy(l -> RewardsJson.readOperation(l));
    }

    @Test
    void simulate_by_member_gives_the_report_of_the_history_in_time_order_and_names_a_line_out_of_order(@TempDir Path dir) throws Exception {
        assertThat(cli.run("synth", "--program", DATA.resolve("program.json").toString(), "--synthetic", "600", "--synthetic-members", "30",
                "--seed", "4", "--months", "6")).isZero();
        List<String> inTime = stdout();
        List<String> byMember = new java.util.ArrayList<>(inTime);
        byMember.sort(java.util.Comparator.comparing(l -> RewardsJson.parse(l).path("memberId").asText())); // stable: in time within a member
        Path timeFile = dir.resolve("time.jsonl");
        Path memberFile = dir.resolve("by-member.jsonl");
        Files.write(timeFile, inTime);
        Files.write(memberFile, byMember);
        String program = DATA.resolve("program.json").toString();

        out.reset();
        assertThat(cli.run("simulate", "--program", program, "--history", timeFile.toString(), "--format", "json")).isZero();
        String expected = out.toString(StandardCharsets.UTF_8);
        for (String threads : List.of("1", "3")) {
            out.reset();
            assertThat(cli.run("simulate", "--program", program, "--history", memberFile.toString(), "--by-member", "--threads", threads,
                    "--format", "json")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 pass over " + memberFile + " on 3 threads");

        err.reset();
        int again = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < inTime.size() && again == 0; i++) {
            String member = RewardsJson.parse(inTime.get(i)).path("memberId").asText();
            if (!seen.add(member) && !member.equals(RewardsJson.parse(inTime.get(i - 1)).path("memberId").asText())) again = i + 1;
        }
        assertThat(cli.run("simulate", "--program", program, "--history", timeFile.toString(), "--by-member")).isEqualTo(RewardsCli.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line " + again + ", history: ")
                .contains("comes again after other members: the history must be sorted by member").doesNotContain("Exception").doesNotContain("pass");
        assertThat(cli.run("simulate", "--program", program, "--synthetic", "100", "--by-member")).isEqualTo(RewardsCli.USAGE);
        assertThat(cli.run("simulate", "--program", program, "--history", timeFile.toString(), "--threads", "2")).isEqualTo(RewardsCli.USAGE);
        assertThat(cli.run("simulate", "--program", program, "--history", memberFile.toString(), "--by-member", "--from", "2026-01-01T00:00:00Z"))
                .isEqualTo(RewardsCli.USAGE);
    }
}
