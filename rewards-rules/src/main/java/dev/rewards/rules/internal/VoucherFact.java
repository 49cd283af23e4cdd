package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.rules.internal.benefit.BenefitKind;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.transaction.VoucherCodes;
import dev.rewards.voucher.VoucherStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One voucher on one transaction, as a fact: a presented code (resolved to its campaign, or not) or
 * an automatic promotion, with the checks that do not belong to a campaign's restrictions answered
 * (unknown, presented twice, issued to someone else, nothing for the benefit to act on). The DRL
 * rejects it for each failed check; {@link Discounts} applies the ones left, in order.
 */
public final class VoucherFact {
    final Optional<String> code;
    final VoucherCampaign campaign;
    final Optional<VoucherStatus> status;
    final int order;
    private final boolean unknown;
    private final boolean duplicate;
    private final boolean issuedToOther;
    /** What the benefit does; null for an unknown code. */
    final BenefitKind kind;
    /** Why the benefit has nothing to act on in this basket. */
    private final Optional<Reason> unusable;
    final List<Reason> reasons = new ArrayList<>(1);
    /** Set by {@link Discounts}: what the voucher took off or paid, by line position, and on shipping. */
    BigDecimal[] byLine;
    BigDecimal shipping = BigDecimal.ZERO;
    boolean applied;

    VoucherFact(Optional<String> code, VoucherCampaign campaign, Optional<VoucherStatus> status, int order, boolean duplicate,
                String memberId, List<Line> lines, BigDecimal shipping) {
        this(code, campaign, status, order, duplicate, memberId, lines, shipping, campaign == null ? null : BenefitKind.of(campaign.benefit()));
    }

    /** A fact whose benefit is {@code kind} rather than its campaign's (L9: points paid at checkout). */
    VoucherFact(Optional<String> code, VoucherCampaign campaign, Optional<VoucherStatus> status, int order, boolean duplicate,
                String memberId, List<Line> lines, BigDecimal shipping, BenefitKind kind) {
        this.code = code;
        this.campaign = campaign;
        this.status = status;
        this.order = order;
        this.unknown = campaign == null;
        this.duplicate = duplicate;
        this.issuedToOther = status.flatMap(VoucherStatus::issuedTo).filter(m -> !m.equals(memberId)).isPresent();
        this.kind = kind;
        this.unusable = kind == null ? Optional.empty()
                : kind.unusable(campaign, lines, shipping, status.flatMap(VoucherStatus::balance));
    }

    public boolean isUnknown() {
        return unknown;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public boolean isIssuedToOther() {
        return issuedToOther;
    }

    /** V1: the benefit has nothing to act on (a free item not in the basket, no shipping, no balance). */
    public boolean isUnusable() {
        return unusable.isPresent();
    }

    public void rejectUnusable() {
        reasons.add(unusable.orElseThrow());
    }

    public void reject(ReasonCode code) {
        reasons.add(VoucherReasons.of(code, this));
    }

    void reject(Reason reason) {
        reasons.add(reason);
    }

    boolean accepted() {
        return reasons.isEmpty();
    }

    String label() {
        return code.map(VoucherCodes::mask).orElseGet(() -> campaign.id());
    }

    Optional<Money> balance() {
        return status.flatMap(VoucherStatus::balance);
    }

    @Override
    public String toString() {
        return "VoucherFact[" + label() + "]";
    }
}
