package dev.rewards.account.store;

import dev.rewards.InvalidInputException;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.program.Program;
import dev.rewards.voucher.CodeAuthenticator;
import dev.rewards.voucher.CodeGenerator;
import dev.rewards.voucher.CodeKeys;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.store.IssueResult;
import dev.rewards.voucher.store.IssuedVoucher;
import dev.rewards.voucher.store.VoucherStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * V8: issues the vouchers an account's result announces ({@code VOUCHER_ISSUED} events: a tier
 * reached, a birthday, an enrolment anniversary or a tenure reward) through the voucher store, each
 * exactly once: the trigger's id is a hash of the member, the campaign, the instant and its rank among
 * the vouchers of that campaign announced then (not the wording of the event), so
 * the same result handled again (a retry, a replay, two nodes) finds the voucher issued the first time
 * ({@link IssueResult.Status#ALREADY_ISSUED}) instead of issuing a second. Each code is drawn from the
 * campaign's pattern ({@code SecureRandom}; signed with the campaign's keys where its codes carry a
 * MAC), bound to the member, and tagged with the channel it is sent through. The ids hold no member
 * id in clear (S4).
 *
 * <p>Thread-safe when the store is.
 */
public final class VoucherRewards {
    private final Program program;
    private final VoucherStore store;
    private final String channel;
    private final Optional<CodeKeys> keys;

    /** Issues through {@code store}, tagging each voucher with {@code channel} ({@code email}, {@code app}, ...). */
    public VoucherRewards(Program program, VoucherStore store, String channel) {
        this(program, store, channel, Optional.empty());
    }

    /** As above, signing codes of campaigns whose codes carry a MAC (M4) with {@code keys}. */
    public VoucherRewards(Program program, VoucherStore store, String channel, Optional<CodeKeys> keys) {
        this.program = Objects.requireNonNull(program, "program");
        this.store = Objects.requireNonNull(store, "store");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.keys = keys == null ? Optional.empty() : keys;
    }

    /** One announced voucher and what the store did: the event names the campaign, the result the code. */
    public record Issued(AccountEvent event, IssueResult result) {
    }

    /**
     * Issues every voucher {@code result} announces, in order.
     *
     * @throws InvalidInputException naming each announced campaign the program lacks or that has no generated codes
     */
    public List<Issued> issue(AccountResult result) {
        List<AccountEvent> announced = result.events().stream().filter(e -> e.type() == AccountEvent.Type.VOUCHER_ISSUED && e.detail().isPresent())
                .toList();
        List<dev.rewards.Problem> problems = new ArrayList<>();
        for (AccountEvent e : announced) {
            if (program.vouchers().campaign(e.detail().get()).flatMap(VoucherCampaign::codes).isEmpty()) {
                problems.add(new dev.rewards.Problem("campaign", "campaign '" + e.detail().get() + "' of program " + program.label()
                        + " does not exist or has no generated codes to issue"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        List<Issued> out = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (AccountEvent e : announced) {
            // the n-th voucher of the campaign the result announces at that instant: the same for the same operation, whatever the wording
            int n = seen.merge(e.detail().get() + "|" + e.at(), 1, Integer::sum);
            out.add(new Issued(e, issueOnce(triggerId(e, n), e.memberId(), program.vouchers().campaign(e.detail().get()).orElseThrow())));
        }
        return out;
    }

    private IssueResult issueOnce(String trigger, String memberId, VoucherCampaign campaign) {
        CodeGenerator generator = campaign.codes().get().authenticated()
                ? new CodeGenerator(CodeAuthenticator.of(campaign, keys.orElseThrow(() -> new IllegalStateException("campaign " + campaign.id()
                + "'s codes carry a MAC: give VoucherRewards the campaign's keys"))))
                : new CodeGenerator(campaign.codes().get());
        for (int attempt = 1; ; attempt++) {
            IssuedVoucher v = IssuedVoucher.to(memberId, generator.generate(1).get(0), campaign.id()).via(channel);
            try {
                return store.issueOnce(trigger, v);
            } catch (InvalidInputException taken) {
                if (attempt == 5) throw taken; // five random codes all taken: the pattern is too small for the campaign
            }
        }
    }

    /** The trigger's id: {@code v8:} and SHA-256 of the member, the campaign, the instant and the voucher's rank among those of that campaign then. */
    static String triggerId(AccountEvent e, int nth) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((e.memberId() + "\n" + e.detail().orElse("") + "\n" + e.at() + "\n" + nth)
                    .getBytes(StandardCharsets.UTF_8));
            return "v8:" + HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", x);
        }
    }
}
