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
import dev.rewards.voucher.CodeGenerator;
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
              rewards vouchers generate --program FILE --campaign ID --count N
              rewards vouchers check --program FILE --members FILE --transactions FILE --code CODE [--issued FILE]

            generate   Prints N new codes for the campaign, one per line, from its code pattern, with a
                       cryptographically secure random source and no duplicates. Refuses (exit 1) when the
                       pattern has too little entropy for N codes; stderr states the entropy.
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
                    yield generate(Path.of(options.get("--program")), options.get("--campaign"), options.get("--count"));
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

    private int generate(Path programFile, String campaignId, String countText) {
        Program program;
        try {
            program = RewardsJson.readProgram(programFile);
        } catch (ValidationException e) {
            e.problems().forEach(p -> err.println(programFile + ": " + p));
            return RewardsCli.BAD_INPUT;
        }
        Optional<VoucherCampaign> campaign = program.vouchers().campaign(campaignId);
        if (campaign.isEmpty()) {
            err.println("rewards vouchers: program " + program.label() + " has no campaign '" + campaignId + "'");
            return RewardsCli.BAD_INPUT;
        }
        if (campaign.get().codes().isEmpty()) {
            err.println("rewards vouchers: campaign '" + campaignId + "' has no code pattern ('codes'); it uses "
                    + campaign.get().code().map(c -> "a public code").orElse("no code"));
            return RewardsCli.BAD_INPUT;
        }
        int count;
        try {
            count = Integer.parseInt(countText);
        } catch (NumberFormatException e) {
            return usage("--count must be a whole number, was '" + countText + "'");
        }
        CodePattern pattern = campaign.get().codes().get();
        try {
            List<String> codes = new CodeGenerator(pattern).generate(count);
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
