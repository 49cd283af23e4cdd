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
        Optional<String> issuedTo;
        int uses;
        Money balance;
        String channel = ChannelFigures.NONE;

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
    /** V9: operations by id, as asked and as first answered. */
    private final Map<String, Map.Entry<VoucherOps.Recorded, VoucherChange>> operations = new HashMap<>();
    /** V9: what give-backs put back on each code, by transaction. */
    private final Map<String, Map<String, Money>> givenBack = new HashMap<>();

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
            Code c = new Code(v.campaignId(), true, v.memberId(), v.balance().orElse(null));
            c.channel = v.channel().orElse(ChannelFigures.NONE);
            codes.put(v.code(), c);
            issuedPerCampaign.merge(v.campaignId(), 1L, Long::sum);
        }
    }

    /** V8: the voucher issued for each trigger. */
    private final Map<String, String> triggers = new HashMap<>();

    @Override
    public synchronized IssueResult issueOnce(String triggerId, IssuedVoucher voucher) {
        VoucherOps.checkTrigger(triggerId);
        String before = triggers.get(triggerId);
        if (before != null) return new IssueResult(triggerId, IssueResult.Status.ALREADY_ISSUED, before);
        issue(List.of(voucher));
        triggers.put(triggerId, voucher.code());
        return new IssueResult(triggerId, IssueResult.Status.ISSUED, voucher.code());
    }

    @Override
    public synchronized java.util.SortedMap<String, ChannelFigures> channels(String campaignId) {
        java.util.SortedMap<String, ChannelFigures> out = new java.util.TreeMap<>();
        for (Code c : codes.values()) {
            if (!c.issued || !c.campaignId.equals(campaignId)) continue;
            ChannelFigures f = out.getOrDefault(c.channel, new ChannelFigures(0, 0));
            out.put(c.channel, new ChannelFigures(f.issued() + 1, f.redeemed() + (c.uses > 0 ? 1 : 0)));
        }
        return out;
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
        if (r == null || r.reversed() || r.result().status() != RedemptionResult.Status.REDEEMED) return List.of();
        // V9: what give-backs returned to a gift voucher, the transaction no longer holds
        Map<String, Money> back = givenBack.getOrDefault(transactionId, Map.of());
        return r.result().uses().stream().map(u -> u.code().map(back::get).map(u::lessGivenBack).orElse(u)).toList();
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
                    Money back = givenBack.getOrDefault(transactionId, Map.of()).get(u.code().get());
                    c.balance = c.balance.plus(back == null ? u.debit().get() : u.debit().get().minus(back));
                    balances.put(u.code().get(), c.balance);
                }
            }
            memberUses.get(memberKey).merge(u.campaignId(), -1, Integer::sum);
            u.discount().ifPresent(d -> budgets.computeIfPresent(u.campaignId(), (k, used) -> used.minus(d)));
        }
        redemptions.put(transactionId, new Recorded(recorded.result(), recorded.memberId(), true));
        return new RedemptionResult(transactionId, RedemptionResult.Status.REVERSED, recorded.result().uses(), balances, List.of());
    }

    @Override
    public synchronized VoucherChange topUp(String operationId, String code, Money amount) {
        VoucherOps.checkTopUp(operationId, code, amount);
        VoucherOps.Recorded asked = VoucherOps.topUp(code, amount);
        VoucherChange before = again(operationId, asked);
        if (before != null) return before;
        String key = VoucherCodes.normalize(code);
        Code c = codes.get(key);
        if (c == null || !c.issued) return VoucherChange.rejected(operationId, VoucherChange.Kind.TOP_UP, VoucherOps.unknownCode(key));
        if (c.balance == null) return VoucherChange.rejected(operationId, VoucherChange.Kind.TOP_UP, VoucherOps.notGift(key));
        if (!c.balance.currency().equals(amount.currency())) {
            return VoucherChange.rejected(operationId, VoucherChange.Kind.TOP_UP, VoucherOps.otherCurrency(key, c.balance, amount));
        }
        c.balance = c.balance.plus(amount);
        return record(operationId, asked, new VoucherChange(operationId, VoucherChange.Kind.TOP_UP, VoucherChange.Status.APPLIED,
                Map.of(key, amount), Map.of(key, c.balance), c.issuedTo, List.of()));
    }

    @Override
    public synchronized VoucherChange giveBack(String refundId, String transactionId, Money amount) {
        VoucherOps.checkGiveBack(refundId, transactionId, amount);
        VoucherOps.Recorded asked = VoucherOps.giveBack(transactionId, amount);
        VoucherChange before = again(refundId, asked);
        if (before != null) return before;
        Recorded r = redemptions.get(transactionId);
        Map<String, Money> left = new HashMap<>();
        if (r != null && r.result().status() == RedemptionResult.Status.REDEEMED) {
            Map<String, Money> back = givenBack.getOrDefault(transactionId, Map.of());
            for (Redemption.Use u : r.result().uses()) {
                if (u.debit().isEmpty() || u.code().isEmpty()) continue;
                Money paid = u.debit().get();
                left.merge(u.code().get(), back.containsKey(u.code().get()) ? paid.minus(back.get(u.code().get())) : paid, Money::plus);
            }
        }
        if (left.isEmpty()) return VoucherChange.rejected(refundId, VoucherChange.Kind.GIVE_BACK, VoucherOps.noGiftPayment(transactionId));
        if (r.reversed()) return VoucherChange.rejected(refundId, VoucherChange.Kind.GIVE_BACK, VoucherOps.reversed(transactionId));
        Money total = VoucherOps.total(left, Money.zero(left.values().iterator().next().currency()));
        if (!total.currency().equals(amount.currency())) {
            return VoucherChange.rejected(refundId, VoucherChange.Kind.GIVE_BACK, VoucherOps.otherCurrency(left.keySet().iterator().next(), total, amount));
        }
        Map<String, Money> spread = VoucherOps.spread(left, amount);
        if (spread == null) return VoucherChange.rejected(refundId, VoucherChange.Kind.GIVE_BACK, VoucherOps.tooMuch(transactionId, total, amount));
        Map<String, Money> balances = new LinkedHashMap<>();
        spread.forEach((code, m) -> {
            Code c = codes.get(code);
            c.balance = c.balance.plus(m);
            balances.put(code, c.balance);
            givenBack.computeIfAbsent(transactionId, t -> new HashMap<>()).merge(code, m, Money::plus);
        });
        return record(refundId, asked, new VoucherChange(refundId, VoucherChange.Kind.GIVE_BACK, VoucherChange.Status.APPLIED, spread, balances,
                Optional.empty(), List.of()));
    }

    @Override
    public synchronized VoucherChange transfer(String operationId, String code, String fromMember, String toMember) {
        VoucherOps.checkTransfer(operationId, code, fromMember, toMember);
        VoucherOps.Recorded asked = VoucherOps.transfer(code, fromMember, toMember);
        VoucherChange before = again(operationId, asked);
        if (before != null) return before;
        String key = VoucherCodes.normalize(code);
        Code c = codes.get(key);
        if (c == null || !c.issued) return VoucherChange.rejected(operationId, VoucherChange.Kind.TRANSFER, VoucherOps.unknownCode(key));
        if (!c.issuedTo.equals(Optional.of(fromMember))) {
            return VoucherChange.rejected(operationId, VoucherChange.Kind.TRANSFER, VoucherOps.notHolder(key, fromMember, c.issuedTo.orElse(null)));
        }
        c.issuedTo = Optional.of(toMember);
        return record(operationId, asked, new VoucherChange(operationId, VoucherChange.Kind.TRANSFER, VoucherChange.Status.APPLIED, Map.of(),
                c.balance == null ? Map.of() : Map.of(key, c.balance), c.issuedTo, List.of()));
    }

    private VoucherChange again(String operationId, VoucherOps.Recorded asked) {
        Map.Entry<VoucherOps.Recorded, VoucherChange> first = operations.get(operationId);
        if (first == null) return null;
        first.getKey().sameAs(operationId, asked);
        VoucherChange f = first.getValue();
        Map<String, Money> balances = new LinkedHashMap<>();
        for (String code : f.balances().keySet()) balances.put(code, codes.get(code).balance);
        Optional<String> holder = asked.kind() == VoucherChange.Kind.GIVE_BACK ? Optional.empty() : codes.get(asked.subject()).issuedTo;
        return new VoucherChange(operationId, f.kind(), VoucherChange.Status.ALREADY_APPLIED, f.amounts(), balances, holder, List.of());
    }

    private VoucherChange record(String operationId, VoucherOps.Recorded asked, VoucherChange applied) {
        operations.put(operationId, Map.entry(asked, applied));
        return applied;
    }

    @Override
    public synchronized long forget(String memberId) {
        String pseudonym = VoucherOps.pseudonym();
        long changed = 0;
        for (Code c : codes.values()) {
            if (c.issuedTo.equals(Optional.of(memberId))) {
                c.issuedTo = Optional.of(pseudonym);
                changed++;
            }
        }
        Map<String, Integer> uses = memberUses.remove(memberId);
        if (uses != null) {
            memberUses.put(pseudonym, uses);
            changed += uses.size();
        }
        for (Map.Entry<String, Recorded> e : redemptions.entrySet()) {
            Recorded r = e.getValue();
            if (!r.memberId().equals(memberId)) continue;
            RedemptionResult f = r.result();
            e.setValue(new Recorded(f, pseudonym, r.reversed()));
            changed++;
        }
        for (Map.Entry<String, Map.Entry<VoucherOps.Recorded, VoucherChange>> e : operations.entrySet()) {
            VoucherOps.Recorded k = e.getValue().getKey();
            if (!memberId.equals(k.from()) && !memberId.equals(k.to())) continue;
            VoucherChange v = e.getValue().getValue();
            String from = memberId.equals(k.from()) ? pseudonym : k.from();
            String to = memberId.equals(k.to()) ? pseudonym : k.to();
            e.setValue(Map.entry(new VoucherOps.Recorded(k.kind(), k.subject(), k.amount(), from, to),
                    new VoucherChange(v.operationId(), v.kind(), v.status(), v.amounts(), v.balances(),
                            v.issuedTo().map(m -> m.equals(memberId) ? pseudonym : m), v.reasons())));
            changed++;
        }
        return changed;
    }
}
