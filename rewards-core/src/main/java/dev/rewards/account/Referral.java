package dev.rewards.account;

import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a referral by code did (P6): the referrer when accepted, or why not. {@link #byCode} is the
 * step for a host holding several members' accounts in a map (the history command, scenario files).
 *
 * <p>Immutable and thread-safe.
 */
public record Referral(Optional<String> referrerId, List<Reason> refused) {
    public Referral {
        refused = List.copyOf(refused);
    }

    /**
     * Finds the referrer whose code the event carries, refers the event's member through
     * {@code accounts}, and stores both accounts in {@code byMember} when accepted.
     */
    public static Referral byCode(Accounts accounts, Map<String, MemberAccount> byMember, MemberEvent e) {
        String code = e.referralCode().orElseThrow(() -> new IllegalArgumentException("event " + e.id() + " carries no referral code"));
        Optional<MemberAccount> referrer = byMember.values().stream()
                .filter(a -> a.referralCode().filter(c -> c.equalsIgnoreCase(code.strip())).isPresent()).findFirst();
        if (referrer.isEmpty()) {
            return new Referral(Optional.empty(), List.of(Reason.of(ReasonCode.UNKNOWN_REFERRAL_CODE, "no member has that referral code")));
        }
        AccountResult r = accounts.refer(referrer.get(), byMember.get(e.memberId()), code, e.at());
        if (!r.applied()) return new Referral(Optional.empty(), r.rejected());
        byMember.put(e.memberId(), r.account());
        byMember.put(referrer.get().memberId(), accounts.referred(referrer.get()));
        return new Referral(Optional.of(referrer.get().memberId()), List.of());
    }
}
