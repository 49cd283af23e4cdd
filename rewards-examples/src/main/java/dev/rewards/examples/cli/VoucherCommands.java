package dev.rewards.examples.cli;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.ValidationException;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.transaction.VoucherCodes;
import dev.rewards.voucher.CodeAuthenticator;
import dev.rewards.voucher.CodeGenerator;
import dev.rewards.voucher.CodeKeys;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rewards vouchers generate} and {@code rewards vouchers check}. Generated codes go to standard
 * output, one per line (they are the product); everything written to standard error masks codes (S1).
 */
final class VoucherCommands {
    private static final String HELP = """
            Usage:
              rewards vouchers generate --program FILE --campaign ID --count N [--keys FILE]
              rewards vouchers verify --program FILE --campaign ID --keys FILE --code CODE
              rewards vouchers check --program FILE --members FILE --transactions FILE --code CODE [--issued FILE]

            generate   Prints N new codes for the campaign, one per line, from its code pattern, with a
                       cryptographically secure random source and no duplicates. Refuses (exit 1) when the
                       pattern has too little entropy for N codes; stderr states the entropy.
                       --keys FILE: the campaign's signing keys, for a pattern with a MAC (macLength):
                       {"current": "A", "keys": {"A": "<base64, 16 bytes or more>"}}.
            verify     Says offline whether CODE was made with one of the keys (M4): authentic, mistyped
                       (the check character catches it), signed with a key not in FILE, or forged.
                       Exit 0 when authentic, 1 otherwise.
            check      Presents CODE with every transaction and prints whether it is accepted, with the
                       discount and its allocation over the lines, or every reason it is rejected.
                       --issued FILE: issued codes, one JSON object per line
                       ({"code": ..., "campaignId": ..., "memberId": ..., "balance": "25.00"}), for codes
                       that are not a campaign's public code.

            Exit status: 0 on success, 1 on bad input, 2 on usage errors.
            """;

    private final RewardsCli cli;
    private final PrintStream out;
    private final PrintStream err;

    VoucherCommands(RewardsCli cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).print(HELP);
            return args.length == 0 ? RewardsCli.USAGE : RewardsCli.OK;
        }
        String sub = args[0];
        CliArgs parsed = CliSyntax.read("vouchers " + sub, args, 1);
        if (parsed.help()) {
            out.print(HELP);
            return RewardsCli.OK;
        }
        if (parsed.error().isPresent()) return usage(parsed.error().get());
        Map<String, String> options = parsed.values();
        try {
            return switch (sub) {
                case "generate" -> {
                    for (String o : List.of("--program", "--campaign", "--count")) if (!options.containsKey(o)) yield usage("generate needs " + o);
                    yield generate(Path.of(options.get("--program")), options.get("--campaign"), options.get("--count"),
                            Optional.ofNullable(options.get("--keys")).map(Path::of));
                }
                case "verify" -> {
                    for (String o : List.of("--program", "--campaign", "--keys", "--code")) if (!options.containsKey(o)) yield usage("verify needs " + o);
                    yield verify(options);
                }
                case "check" -> {
                    for (String o : List.of("--program", "--members", "--transactions", "--code")) {
                        if (!options.containsKey(o)) yield usage("check needs " + o);
                    }
                    yield check(options);
                }
                default -> usage("unknown command '" + sub + "'");
            };
        } catch (IOException | UncheckedIOException e) {
            err.println("rewards: " + RewardsCli.ioProblem(e));
            return RewardsCli.BAD_INPUT;
        }
    }

    private int usage(String message) {
        err.println("rewards vouchers: " + message);
        err.print(HELP);
        return RewardsCli.USAGE;
    }

    /** The campaign with a code pattern, or null after saying why not. */
    private VoucherCampaign campaignWithCodes(Path programFile, String campaignId) throws IOException {
        Program program;
        try {
            program = RewardsJson.readProgram(programFile);
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println(programFile + ": " + p));
            return null;
        }
        Optional<VoucherCampaign> campaign = program.vouchers().campaign(campaignId);
        if (campaign.isEmpty()) {
            err.println("rewards vouchers: program " + program.label() + " has no campaign '" + campaignId + "'");
            return null;
        }
        if (campaign.get().codes().isEmpty()) {
            err.println("rewards vouchers: campaign '" + campaignId + "' has no code pattern ('codes'); it uses "
                    + campaign.get().code().map(c -> "a public code").orElse("no code"));
            return null;
        }
        return campaign.get();
    }

    /** The keys of a key file, or null after naming every problem with the file. */
    private CodeKeys keys(Path file) throws IOException {
        try {
            var root = RewardsJson.parse(Files.readString(file, StandardCharsets.UTF_8));
            java.util.Map<String, String> keys = new java.util.TreeMap<>();
            root.path("keys").properties().forEach(e -> keys.put(e.getKey(), e.getValue().asText()));
            return CodeKeys.ofBase64(root.path("current").asText(null), keys);
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println(file + ": " + p));
            return null;
        }
    }

    private int verify(Map<String, String> options) throws IOException {
        VoucherCampaign campaign = campaignWithCodes(Path.of(options.get("--program")), options.get("--campaign"));
        if (campaign == null) return RewardsCli.BAD_INPUT;
        if (!campaign.codes().get().authenticated()) {
            err.println("rewards vouchers: campaign '" + campaign.id() + "' signs no codes (its pattern has no macLength)");
            return RewardsCli.BAD_INPUT;
        }
        CodeKeys keys = keys(Path.of(options.get("--keys")));
        if (keys == null) return RewardsCli.BAD_INPUT;
        String code = options.get("--code");
        CodeAuthenticator.Status status = CodeAuthenticator.of(campaign, keys).verify(code);
        out.println(VoucherCodes.mask(code) + " " + switch (status) {
            case AUTHENTIC -> "is authentic: made with a key of campaign " + campaign.id();
            case MISTYPED -> "is mistyped: not of the campaign's shape or its check character is wrong";
            case UNKNOWN_KEY -> "is signed with a key id not in " + options.get("--keys");
            case FORGED -> "is forged: its MAC is not the key's";
        });
        return status == CodeAuthenticator.Status.AUTHENTIC ? RewardsCli.OK : RewardsCli.BAD_INPUT;
    }

    private int generate(Path programFile, String campaignId, String countText, Optional<Path> keyFile) throws IOException {
        VoucherCampaign found = campaignWithCodes(programFile, campaignId);
        if (found == null) return RewardsCli.BAD_INPUT;
        CodeGenerator generator;
        if (found.codes().get().authenticated()) {
            if (keyFile.isEmpty()) return usage("campaign '" + campaignId + "' signs its codes (macLength): give --keys FILE");
            CodeKeys keys = keys(keyFile.get());
            if (keys == null) return RewardsCli.BAD_INPUT;
            generator = new CodeGenerator(CodeAuthenticator.of(found, keys));
        } else {
            generator = new CodeGenerator(found.codes().get());
        }
        int count;
        try {
            count = Integer.parseInt(countText);
        } catch (NumberFormatException e) {
            return usage("--count must be a whole number, was '" + countText + "'");
        }
        CodePattern pattern = found.codes().get();
        try {
            List<String> codes = generator.generate(count);
            codes.forEach(out::println);
            err.printf(Locale.ROOT, "rewards: %d codes for campaign %s; the pattern has %.1f bits of entropy, %.1f needed for %d codes%n",
                    codes.size(), campaignId, pattern.entropyBits(), CodeGenerator.requiredBits(count), count);
            return RewardsCli.OK;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("rewards vouchers: " + p));
            return RewardsCli.BAD_INPUT;
        }
    }

    private int check(Map<String, String> options) throws IOException {
        RewardsCli.Loaded loaded = cli.load(Path.of(options.get("--program")), Path.of(options.get("--members")),
                Path.of(options.get("--transactions")), "nothing was checked");
        if (loaded == null) return RewardsCli.BAD_INPUT;
        InMemoryVoucherStore store = new InMemoryVoucherStore();
        if (options.containsKey("--issued")) {
            List<String> problems = readIssued(Path.of(options.get("--issued")), loaded.program(), store);
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                return RewardsCli.BAD_INPUT;
            }
        }
        String code = options.get("--code");
        if (!VoucherCodes.isWellFormed(code)) {
            err.println("rewards vouchers: --code " + VoucherCodes.mask(code) + " is not a well-formed code");
            return RewardsCli.BAD_INPUT;
        }
        CompiledProgram compiled = Rewards.compile(loaded.program());
        for (Transaction tx : loaded.transactions()) {
            MemberState member = loaded.members().get(tx.memberId());
            Transaction with = tx.withVouchers(code);
            Outcome outcome = compiled.evaluate(member, with, store.snapshot(member.id(), with.vouchers()));
            VoucherResult v = outcome.voucher(code).orElseThrow();
            out.println(tx.id() + " " + v.label() + (v.applied() ? " accepted: " + v.summary() : " rejected:"));
            for (Reason r : v.reasons()) out.println("    " + r.code() + ": " + r.message());
        }
        return RewardsCli.OK;
    }

    /** Reads an issued-codes file (one JSON object per line, strictly) into the store; returns every problem, with file and line. */
    static List<String> readIssued(Path file, Program program, InMemoryVoucherStore store) throws IOException {
        List<String> problems = new ArrayList<>();
        List<IssuedVoucher> issued = readIssued(file, program, problems);
        if (problems.isEmpty()) issueInto(file, issued, store::issue, problems);
        return problems;
    }

    /** The codes of an issued-codes file; what is wrong goes to {@code problems}, with file and line. */
    static List<IssuedVoucher> readIssued(Path file, Program program, List<String> problems) throws IOException {
        List<IssuedVoucher> issued = new ArrayList<>();
        java.util.Map<String, Integer> lineOf = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                IssuedVoucher v = RewardsJson.readIssuedVoucher(RewardsJson.parse(lines.get(i)), program.currency());
                Integer first = lineOf.putIfAbsent(v.code(), i + 1);
                if (first != null) {
                    problems.add(file + ":" + (i + 1) + ": $.code: code " + VoucherCodes.mask(v.code()) + " is issued twice (first on line " + first + ")");
                }
                issued.add(v);
            } catch (ValidationException e) {
                for (var p : e.problems()) problems.add(file + ":" + (i + 1) + ": " + p);
            } catch (RuntimeException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return issued;
    }

    /** Issues the codes (a code twice in the file is a problem, named with the file). */
    static void issueInto(Path file, List<IssuedVoucher> codes, java.util.function.Consumer<List<IssuedVoucher>> issue, List<String> problems) {
        try {
            issue.accept(codes);
        } catch (ValidationException e) {
            for (var p : e.problems()) problems.add(file + ": " + p);
        }
    }
}
