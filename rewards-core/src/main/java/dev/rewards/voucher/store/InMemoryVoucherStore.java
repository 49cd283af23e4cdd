package dev.rewards.voucher.store;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.transaction.VoucherCodes;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link VoucherStore} in memory, for tests, tills that sync later, and single-process hosts. One
 * lock guards every operation, so each is atomic; state is lost with the process.
 */
public final class InMemoryVoucherStore implements VoucherStore {
    private static final class Code {
        final String campaignId;
        final boolean issued;
        final Optional<String> issuedTo;
        int uses;
        Money balance;

        Code(String campaignId, boolean issued, Optional<String> issuedTo, Money balance) {
            this.campaignId = campaignId;
            this.issued = issued;
            this.issuedTo = issuedTo;
            this.balance = balance;
        }
    }

    private record Recorded(RedemptionResult result, String memberId, boolean reversed) {
    }

    private final Map<String, Code> codes = new HashMap<>();
    /** Uses by member, then by campaign: a snapshot reads one member's map. */
    private final Map<String, Map<String, Integer>> memberUses = new HashMap<>();
    private final Map<String, Long> issuedPerCampaign = new HashMap<>();
    private final Map<String, Recorded> redemptions = new HashMap<>();
    /** D8: what each campaign with a budget has used. */
    private final Map<String, CampaignUsage> budgets = new HashMap<>();

    @Override
    public synchronized CampaignUsage campaignUsage(String campaignId) {
        return budgets.getOrDefault(campaignId, CampaignUsage.none(campaignId));
    }

    @Override
    public synchronized void issue(List<IssuedVoucher> vouchers) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < vouchers.size(); i++) {
            String code = vouchers.get(i).code();
            if (codes.containsKey(code) || seen.putIfAbsent(code, i) != null) {
                problems.add(new Problem("[" + i + "].code", "code " + VoucherCodes.mask(code) + " is already issued"));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        for (IssuedVoucher v : vouchers) {
            codes.put(v.code(), new Code(v.campaignId(), true, v.memberId(), v.balance().orElse(null)));
            issuedPerCampaign.merge(v.campaignId(), 1L, Long::sum);
        }
    }

    @Override
    public synchronized boolean exists(String code) {
        return codes.containsKey(VoucherCodes.normalize(code));
    }

    @Override
    public synchronized long issuedCount(String campaignId) {
        return issuedPerCampaign.getOrDefault(campaignId, 0L);
    }

    /** Issued codes of the campaign with at least one use standing (a use given back by a whole refund does not count). */
    public synchronized long redeemedCount(String campaignId) {
        long n = 0;
        for (Code c : codes.values()) if (c.issued && c.uses > 0 && c.campaignId.equals(campaignId)) n++;
        return n;
    }

    @Override
    public synchronized VoucherSnapshot snapshot(String memberId, Collection<String> presented) {
        List<VoucherStatus> statuses = new ArrayList<>();
        for (String p : presented) {
            String code = VoucherCodes.normalize(p);
            Code c = codes.get(code);
            if (c == null) continue;
            statuses.add(new VoucherStatus(code, c.issued ? Optional.of(c.campaignId) : Optional.empty(), c.issuedTo, c.uses,
                    Optional.ofNullable(c.balance)));
        }
        Map<String, Integer> uses = memberUses.getOrDefault(memberId, Map.of());
        return VoucherSnapshot.of(statuses, uses, budgets);
    }

    @Override
    public synchronized List<Redemption.Use> usesHeldBy(String transactionId) {
        Recorded r = redemptions.get(transactionId);
        return r == null || r.reversed() || r.result().status() != RedemptionResult.Status.REDEEMED ? List.of() : r.result().uses();
    }

    @Override
    public synchronized RedemptionResult redeem(Redemption r) {
        Recorded before = redemptions.get(r.transactionId());
        if (before != null) {
            RedemptionResult first = before.result();
            return new RedemptionResult(r.transactionId(), RedemptionResult.Status.ALREADY_REDEEMED, first.uses(), first.balances(), List.of());
        }
        List<Reason> reasons = new ArrayList<>();
        Map<String, CampaignUsage> budgetsAfter = new HashMap<>();
        for (Redemption.Use u : r.uses()) {
            if (u.budget().isPresent()) {
                CampaignUsage used = budgetsAfter.getOrDefault(u.campaignId(), campaignUsage(u.campaignId()));
                var budget = u.budget().get();
                Money discount = u.discount().orElseThrow();
                if (budget.redemptions().isPresent() && used.redemptions() >= budget.redemptions().getAsLong()) {
                    reasons.add(RedemptionReasons.budgetRedemptions(u, used.redemptions()));
                } else if (budget.amount().isPresent() && budget.remaining(used).orElseThrow().isLessThan(discount)) {
                    reasons.add(RedemptionReasons.budgetAmount(u, used.spentOr(discount)));
                }
                budgetsAfter.put(u.campaignId(), used.plus(discount));
            }
            if (u.code().isPresent()) {
                Code c = codes.get(u.code().get());
                if (c == null && u.issued()) {
                    reasons.add(RedemptionReasons.notIssued(u));
                    continue;
                }
                int uses = c == null ? 0 : c.uses;
                if (u.maxUsesPerCode().isPresent() && uses >= u.maxUsesPerCode().getAsInt()) {
                    reasons.add(RedemptionReasons.usedUp(u, uses));
                }
                if (u.debit().isPresent() && (c == null || c.balance == null || c.balance.isLessThan(u.debit().get()))) {
                    reasons.add(RedemptionReasons.balanceShort(u, c == null ? null : c.balance));
                }
            }
            int byMember = memberUses.getOrDefault(r.memberId(), Map.of()).getOrDefault(u.campaignId(), 0);
            if (u.maxUsesPerMember().isPresent() && byMember >= u.maxUsesPerMember().getAsInt()) {
                reasons.add(RedemptionReasons.memberLimit(u, byMember));
            }
        }
        if (!reasons.isEmpty()) {
            return new RedemptionResult(r.transactionId(), RedemptionResult.Status.REJECTED, r.uses(), Map.of(), reasons);
        }
        Map<String, Money> balances = new LinkedHashMap<>();
        for (Redemption.Use u : r.uses()) {
            if (u.code().isPresent()) {
                Code c = codes.computeIfAbsent(u.code().get(), k -> new Code(u.campaignId(), false, Optional.empty(), null));
                c.uses++;
                if (u.debit().isPresent()) {
                    c.balance = c.balance.minus(u.debit().get());
                    balances.put(u.code().get(), c.balance);
                }
            }
            memberUses.computeIfAbsent(r.memberId(), m -> new HashMap<>()).merge(u.campaignId(), 1, Integer::sum);
        }
        budgets.putAll(budgetsAfter);
        RedemptionResult result = new RedemptionResult(r.transactionId(), RedemptionResult.Status.REDEEMED, r.uses(), balances, List.of());
        redemptions.put(r.transactionId(), new Recorded(result, r.memberId(), false));
        return result;
    }

    @Override
    public synchronized RedemptionResult reverse(String transactionId) {
        Recorded recorded = redemptions.get(transactionId);
        if (recorded == null) {
            return new RedemptionResult(transactionId, RedemptionResult.Status.NOT_FOUND, List.of(), Map.of(), List.of());
        }
        if (recorded.reversed()) {
            return new RedemptionResult(transactionId, RedemptionResult.Status.ALREADY_REVERSED, recorded.result().uses(), Map.of(), List.of());
        }
        String memberKey = recorded.memberId();
        Map<String, Money> balances = new LinkedHashMap<>();
        for (Redemption.Use u : recorded.result().uses()) {
            if (u.code().isPresent()) {
                Code c = codes.get(u.code().get());
                c.uses--;
                if (u.debit().isPresent()) {
                    c.balance = c.balance.plus(u.debit().get());
                    balances.put(u.code().get(), c.balance);
                }
            }
            memberUses.get(memberKey).merge(u.campaignId(), -1, Integer::sum);
            u.discount().ifPresent(d -> budgets.computeIfPresent(u.campaignId(), (k, used) -> used.minus(d)));
        }
        redemptions.put(transactionId, new Recorded(recorded.result(), recorded.memberId(), true));
        return new RedemptionResult(transactionId, RedemptionResult.Status.REVERSED, recorded.result().uses(), balances, List.of());
    }
}
