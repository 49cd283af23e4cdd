package dev.rewards.voucher.store;

import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.VoucherStatus;
import java.util.HashMap;
import java.util.Map;

import dev.rewards.voucher.VoucherSnapshot;
import java.util.Collection;
import java.util.List;

/**
 * Where voucher state lives between evaluations (V3, V6): issued codes, how often each code and each
 * member's campaign was used, gift voucher balances, and redemptions by transaction id. The library
 * ships {@link InMemoryVoucherStore} and {@link JdbcVoucherStore}; a host may write its own.
 *
 * <p>The cycle at checkout: {@link #snapshot} before evaluating, {@code evaluate(member, transaction,
 * snapshot)}, then {@link #redeem} with {@link Redemption#of} once the order is placed; {@link #reverse}
 * on refund. Implementations are thread-safe, and {@link #redeem} is atomic: all of a transaction's
 * uses or none, every limit re-checked at that moment (per code, per member, and campaign budgets),
 * each transaction id at most once.
 */
public interface VoucherStore {

    /**
     * Stores generated codes, all or none.
     *
     * @throws dev.rewards.InvalidInputException if a code is already issued (the message masks it)
     */
    void issue(List<IssuedVoucher> vouchers);

    /** True when the code is issued or was used as a public code. */
    boolean exists(String code);

    /** How many codes the campaign has issued. */
    long issuedCount(String campaignId);

    /**
     * D8: what the campaign has used of its budget: redemptions standing and the discount they gave
     * ({@link CampaignUsage#none} when nothing is counted). With the campaign's
     * {@link dev.rewards.voucher.CampaignBudget}, {@code budget.remaining(usage)} is what is left.
     */
    CampaignUsage campaignUsage(String campaignId);

    /**
     * The state of the presented codes, of the member's campaign uses and of every campaign budget
     * counted, for one evaluation.
     */
    VoucherSnapshot snapshot(String memberId, Collection<String> codes);

    /**
     * The uses a transaction's redemption recorded and still holds (empty when it redeemed nothing, or
     * was reversed).
     */
    List<Redemption.Use> usesHeldBy(String transactionId);

    /**
     * V6: the state as one transaction sees it, so that evaluating an order again after its vouchers
     * were redeemed gives the same outcome: the uses it holds are not counted against it (a code's last
     * use is its own) and what it paid with gift vouchers is back on their balances. Before redemption
     * it is {@link #snapshot(String, Collection)}.
     */
    default VoucherSnapshot snapshot(String memberId, String transactionId, Collection<String> codes) {
        VoucherSnapshot s = snapshot(memberId, codes);
        List<Redemption.Use> own = usesHeldBy(transactionId);
        if (own.isEmpty()) return s;
        Map<String, VoucherStatus> statuses = new HashMap<>(s.codes());
        Map<String, Integer> byMember = new HashMap<>(s.usesByMember());
        Map<String, CampaignUsage> campaigns = new HashMap<>(s.campaigns());
        for (Redemption.Use u : own) {
            u.discount().ifPresent(d -> campaigns.computeIfPresent(u.campaignId(), (k, used) -> used.minus(d)));
            VoucherStatus st = u.code().map(statuses::get).orElse(null);
            if (st != null) {
                statuses.put(st.code(), new VoucherStatus(st.code(), st.campaignId(), st.issuedTo(), Math.max(0, st.uses() - 1),
                        st.balance().map(b -> u.debit().map(b::plus).orElse(b))));
            }
            byMember.computeIfPresent(u.campaignId(), (k, n) -> Math.max(0, n - 1));
        }
        return new VoucherSnapshot(statuses, byMember, campaigns);
    }

    /** Marks the vouchers used, once per transaction id; a second call returns the first result. */
    RedemptionResult redeem(Redemption redemption);

    /** Reverses a transaction's redemption (a refund): uses given back, gift balances restored. Idempotent. */
    RedemptionResult reverse(String transactionId);
}
