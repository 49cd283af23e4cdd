package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The voucher state an evaluation reads, taken from the host's store before it (so that evaluation
 * stays a pure function): the status of each code the transaction presents, and how many times the
 * member has used each campaign, and what campaigns with a budget have used of it (D8). {@link #EMPTY} knows no issued code and no use: public codes and
 * automatic promotions still work, usage limits see zero uses.
 *
 * <p>Immutable and thread-safe. The store re-checks every limit atomically when it redeems, so a
 * snapshot that is out of date by the time of redemption can never lead to a second use.
 */
public record VoucherSnapshot(Map<String, VoucherStatus> codes, Map<String, Integer> usesByMember, Map<String, CampaignUsage> campaigns) {
    public static final VoucherSnapshot EMPTY = new VoucherSnapshot(Map.of(), Map.of());

    /** A snapshot without campaign budgets counted. */
    public VoucherSnapshot(Map<String, VoucherStatus> codes, Map<String, Integer> usesByMember) {
        this(codes, usesByMember, Map.of());
    }

    public VoucherSnapshot {
        campaigns = campaigns == null ? Map.of() : Map.copyOf(campaigns);
        Map<String, VoucherStatus> byCode = new HashMap<>();
        if (codes != null) codes.forEach((k, v) -> byCode.put(VoucherCodes.normalize(k), v));
        codes = Map.copyOf(byCode);
        usesByMember = usesByMember == null ? Map.of() : Map.copyOf(usesByMember);
    }

    public static VoucherSnapshot of(Collection<VoucherStatus> statuses, Map<String, Integer> usesByMember) {
        return of(statuses, usesByMember, Map.of());
    }

    /** With what the campaigns with a budget have used (D8), by campaign id. */
    public static VoucherSnapshot of(Collection<VoucherStatus> statuses, Map<String, Integer> usesByMember, Map<String, CampaignUsage> campaigns) {
        Map<String, VoucherStatus> byCode = new HashMap<>();
        for (VoucherStatus s : statuses) byCode.put(s.code(), s);
        return new VoucherSnapshot(byCode, usesByMember, campaigns);
    }

    /** What the campaign has used of its budget; none when the store has counted nothing for it. */
    public CampaignUsage usage(String campaignId) {
        return campaigns.getOrDefault(campaignId, CampaignUsage.none(campaignId));
    }

    public Optional<VoucherStatus> status(String code) {
        return Optional.ofNullable(codes.get(VoucherCodes.normalize(code)));
    }

    public int usesByMember(String campaignId) {
        return usesByMember.getOrDefault(campaignId, 0);
    }

    @Override
    public String toString() {
        return "VoucherSnapshot[" + codes.values() + ", member uses " + usesByMember + (campaigns.isEmpty() ? "" : ", campaigns " + campaigns.values()) + "]";
    }
}
