package dev.rewards.voucher.store;

import dev.rewards.money.Money;
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
        return withOwnUsesBack(snapshot(memberId, codes), usesHeldBy(transactionId));
    }

    /** The snapshot with a transaction's own uses not counted against it (see {@link #snapshot(String, String, Collection)}). */
    static VoucherSnapshot withOwnUsesBack(VoucherSnapshot s, List<Redemption.Use> own) {
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

    /**
     * V9: adds {@code amount} to a gift voucher's balance, once per operation id (a second call, at the
     * same time or later, returns {@link VoucherChange.Status#ALREADY_APPLIED} and changes nothing).
     * Rejected, changing nothing: a code not issued ({@code UNKNOWN_CODE}), one without a balance
     * ({@code NOT_A_GIFT_VOUCHER}), an amount in another currency ({@code CURRENCY_MISMATCH}).
     *
     * @throws dev.rewards.InvalidInputException for a missing id, a malformed code, an amount not above
     *                                           zero, or an id used before for another operation
     */
    VoucherChange topUp(String operationId, String code, Money amount);

    /**
     * V9: a partial refund of an order paid partly with gift vouchers puts {@code amount} back on them,
     * once per refund id: spread over the codes the transaction paid with, one after the other in the
     * store's order of codes (of tokens, where it keeps keyed hashes), each up to
     * what it paid less what was given back before. A later {@link #reverse} of the whole transaction
     * gives back only the rest. Rejected, changing nothing: a transaction that paid with no gift voucher
     * ({@code UNKNOWN_PURCHASE}), one reversed whole ({@code ALREADY_REFUNDED}), more than is left to
     * give back ({@code NOTHING_LEFT}, naming what is left), another currency ({@code CURRENCY_MISMATCH}).
     */
    VoucherChange giveBack(String refundId, String transactionId, Money amount);

    /**
     * V9: passes a member-bound voucher from {@code fromMember} to {@code toMember}, once per operation
     * id; its uses and balance go with it. Rejected, changing nothing: a code not issued
     * ({@code UNKNOWN_CODE}), or not bound to {@code fromMember} ({@code NOT_ISSUED_TO_MEMBER}).
     */
    VoucherChange transfer(String operationId, String code, String fromMember, String toMember);

    /**
     * S4: forgets a member. Every row naming the member (codes issued to them, their uses of each
     * campaign, their redemptions, vouchers passed to or from them) names a fresh random pseudonym
     * instead, the same one across the store, which nothing links back to the id: their codes stay theirs
     * (nobody else can use them), a refund can still reverse their redemptions, and no counter changes
     * (codes issued, uses, campaign budgets). Returns the number of rows changed (0 for an unknown or
     * already forgotten member).
     */
    long forget(String memberId);

    /**
     * V8: issues {@code voucher} once for {@code triggerId} (a member reaching a tier, a birthday, a
     * milestone: {@link dev.rewards.account.store.VoucherRewards} makes the ids). The first call stores
     * it ({@code ISSUED}); a later or concurrent call for the same trigger stores nothing and names the
     * code issued then ({@code ALREADY_ISSUED}).
     *
     * @throws dev.rewards.InvalidInputException if the code is already issued for another trigger (masked; draw another)
     */
    IssueResult issueOnce(String triggerId, IssuedVoucher voucher);

    /** V8: the campaign's issued codes and those with a use standing, by channel ({@link ChannelFigures#NONE} for codes without one). */
    java.util.SortedMap<String, ChannelFigures> channels(String campaignId);
}
