package dev.rewards.voucher.store;

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
 * uses or none, every limit re-checked at that moment, each transaction id at most once.
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

    /** The state of the presented codes and of the member's campaign uses, for one evaluation. */
    VoucherSnapshot snapshot(String memberId, Collection<String> codes);

    /** Marks the vouchers used, once per transaction id; a second call returns the first result. */
    RedemptionResult redeem(Redemption redemption);

    /** Reverses a transaction's redemption (a refund): uses given back, gift balances restored. Idempotent. */
    RedemptionResult reverse(String transactionId);
}
