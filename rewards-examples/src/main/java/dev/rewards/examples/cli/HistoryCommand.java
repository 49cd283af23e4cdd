package dev.rewards.examples.cli;

import static dev.rewards.examples.cli.Printable.printable;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rewards.Rewards;
import dev.rewards.ValidationException;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Referral;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rewards history}: runs members' histories (purchases, events, refunds, redemptions, the
 * passing of time; one JSON object per line) through their accounts, printing every event the host
 * would deliver, then each account's statement. Each member's referral code is their id in capitals.
 */
final class HistoryCommand {
    static final String HELP = """
            Usage: rewards history --program FILE --members FILE --history FILE [--at INSTANT] [--json]

            Opens an account per member with their tier and totals from the members file, runs each line
            of the history against the member's account, in order, and prints the events
            the host would deliver (points earned, confirmed, expiring, expired, redeemed, reversed; tier
            changes; badges), any refusal with its reasons, then every account at the end.

            Options:
              --program FILE   The program, with its 'accounts' section (docs/accounts.md).
              --members FILE   Members: their enrolment and tier (the same file as 'evaluate').
              --history FILE   One operation per line: {"kind": "purchase" | "event" | "refund" |
                               "redeemPoints" | "redeemReward" | "advance", ...} (docs/accounts.md).
              --at INSTANT     The instant of the closing statements (default: the last of the history).
              --json           Events and accounts as JSON lines instead of text.

            Exit status: 0 on success, 1 on bad input (every problem listed), 2 on usage errors.
            """;

    private final RewardsCli cli;
    private final PrintStream out;
    private final PrintStream err;

    HistoryCommand(RewardsCli cli, PrintStream out, PrintStream err) {
        this.cli = cli;
        this.out = out;
        this.err = err;
    }

    int run(String... args) {
        CliArgs parsed = CliSyntax.read("history", args, 0);
        if (parsed.help()) {
            out.print(HELP);
            return RewardsCli.OK;
        }
        if (parsed.error().isPresent()) return usage(parsed.error().get());
        Map<String, String> options = parsed.values();
        boolean json = parsed.has("--json");
        for (String o : List.of("--program", "--members", "--history")) if (!options.containsKey(o)) return usage("missing " + o + " FILE");
        try {
            return history(options, json);
        } catch (IOException | UncheckedIOException e) {
            err.println("rewards: " + RewardsCli.ioProblem(e));
            return RewardsCli.BAD_INPUT;
        }
    }

    private int usage(String message) {
        err.println("rewards history: " + message);
        err.print(HELP);
        return RewardsCli.USAGE;
    }

    private int history(Map<String, String> options, boolean json) throws IOException {
        List<String> problems = new ArrayList<>();
        Path programFile = Path.of(options.get("--program"));
        Path historyFile = Path.of(options.get("--history"));
        Program program = null;
        try {
            program = RewardsJson.readProgram(programFile);
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(programFile + ": " + p));
        }
        Map<String, MemberState> members = cli.readMembers(Path.of(options.get("--members")), problems);
        List<Operation> ops = new ArrayList<>();
        List<String> lines = Files.readAllLines(historyFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                Operation op = RewardsJson.readOperation(lines.get(i));
                if (!members.containsKey(op.memberId())) problems.add(historyFile + ":" + (i + 1) + ": $.memberId: unknown member '" + op.memberId() + "'");
                ops.add(op);
            } catch (ValidationException e) {
                for (var p : e.problems()) problems.add(historyFile + ":" + (i + 1) + ": " + p);
            }
        }
        Instant end = null;
        if (options.containsKey("--at")) {
            try {
                end = Instant.parse(options.get("--at"));
            } catch (RuntimeException e) {
                problems.add("--at: is not an instant such as 2027-01-01T00:00:00Z: '" + options.get("--at") + "'");
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("rewards: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was run");
            return RewardsCli.BAD_INPUT;
        }
        Accounts accounts = new Accounts(Rewards.compile(program), new InMemoryVoucherStore());
        // each member's standing from the members file, as of the start of the history
        Instant first = ops.stream().map(Operation::at).min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<String, MemberAccount> byMember = new LinkedHashMap<>();
        for (MemberState m : members.values()) {
            byMember.put(m.id(), accounts.importState(m, first, Optional.of(m.id().toUpperCase(Locale.ROOT))));
        }
        Instant last = Instant.EPOCH;
        for (Operation op : ops) {
            if (op.at().isAfter(last)) last = op.at();
            // time passes for everyone, so the output reads in time order
            List<AccountEvent> meanwhile = new ArrayList<>();
            for (MemberAccount a : List.copyOf(byMember.values())) {
                if (!op.at().isAfter(a.clock())) continue;
                AccountResult moved = accounts.advance(a, op.at());
                byMember.put(a.memberId(), moved.account());
                meanwhile.addAll(moved.events());
            }
            meanwhile.sort(Comparator.comparing(AccountEvent::at));
            meanwhile.forEach(e -> print(e, json));
            if (op instanceof Operation.Event e && e.event().referralCode().isPresent()) refer(accounts, byMember, e.event(), json);
            AccountResult r = accounts.apply(byMember.get(op.memberId()), op);
            byMember.put(op.memberId(), r.account());
            print(r, op, json);
            for (MemberEvent effect : r.effects()) {
                AccountResult paid = accounts.applyEffect(byMember.get(effect.memberId()), effect);
                byMember.put(effect.memberId(), paid.account());
                print(paid, new Operation.Event(effect), json);
            }
        }
        Instant at = end == null ? last : end;
        List<AccountEvent> closing = new ArrayList<>();
        for (MemberAccount a : List.copyOf(byMember.values())) {
            AccountResult advanced = accounts.advance(a, at);
            byMember.put(a.memberId(), advanced.account());
            closing.addAll(advanced.events());
        }
        closing.sort(Comparator.comparing(AccountEvent::at));
        closing.forEach(e -> print(e, json));
        if (!json) out.println("Accounts at " + at);
        for (MemberAccount a : byMember.values()) {
            if (json) out.println(RewardsJson.write(a));
            else out.println(describe(accounts.statement(a, at), program));
        }
        return RewardsCli.OK;
    }

    private void refer(Accounts accounts, Map<String, MemberAccount> byMember, MemberEvent e, boolean json) {
        Referral r = Referral.byCode(accounts, byMember, e);
        if (json) return;
        r.referrerId().ifPresent(id -> out.println(e.at() + "  " + printable(e.memberId()) + "  REFERRED by " + printable(id)));
        for (Reason why : r.refused()) out.println(e.at() + "  " + printable(e.memberId()) + "  REFERRAL REFUSED: " + printable(why.toString()));
    }

    private void print(AccountEvent e, boolean json) {
        out.println(json ? RewardsJson.write(e) : e.at() + "  " + printable(e.memberId()) + "  " + e.type() + (e.points() != 0 ? " " + e.points() : "")
                + e.amount().map(m -> " " + m).orElse("") + ": " + printable(e.message()));
    }

    private void print(AccountResult r, Operation op, boolean json) {
        for (AccountEvent e : r.events()) print(e, json);
        for (Reason why : r.rejected()) {
            out.println(json ? JsonNodeFactory.instance.objectNode().put("rejected", op.id()).put("code", why.code().name()).toString()
                    : op.at() + "  " + printable(op.memberId()) + "  REFUSED " + printable(op.id()) + ": " + printable(why.toString()));
        }
        r.value().ifPresent(v -> {
            if (!json) out.println(op.at() + "  " + printable(op.memberId()) + "  " + printable(op.id()) + " is worth " + v + " off");
        });
    }

    private static String describe(AccountStatement s, Program program) {
        StringBuilder b = new StringBuilder("  ").append(s.memberId()).append(": ").append(s.available()).append(" points");
        if (s.pending() > 0) b.append(" (+").append(s.pending()).append(" pending)");
        if (s.debt() > 0) b.append(", owes ").append(s.debt());
        b.append(", tier ").append(s.tier().orElse("(none)"));
        s.nextTier().ifPresent(n -> b.append("; ").append(s.toNextTier().map(Object::toString).orElse("?")).append(" more to reach ").append(n));
        s.toKeepTier().ifPresent(k -> b.append("; ").append(k).append(" more by ").append(s.keepBy().orElseThrow()).append(" to keep ")
                .append(s.tier().orElse("the tier")));
        if (!s.expiringSoon().isEmpty()) {
            b.append("; expiring soon: ");
            b.append(String.join(", ", s.expiringSoon().stream().map(x -> x.points() + " on " + x.on()).toList()));
        }
        if (!s.badges().isEmpty()) b.append("; badges: ").append(String.join(", ", s.badges()));
        if (s.storeCredit().isPositive() || s.pendingCashback().isPositive() || s.cashbackOwed().isPositive()) {
            b.append("; store credit ").append(s.storeCredit());
            if (s.pendingCashback().isPositive()) b.append(" (+").append(s.pendingCashback()).append(" cashback pending)");
            if (s.cashbackOwed().isPositive()) b.append(", owes ").append(s.cashbackOwed());
        }
        return b.toString();
    }
}
