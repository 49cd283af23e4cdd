package dev.rewards.program;

import java.util.Optional;

/**
 * L6: {@code points} once, when the member's count of {@code counting} reaches {@code count}: their
 * 10th purchase (purchases refunded in full do not count), their 5th friend whose referral paid.
 * A bonus: capped only by period caps that include bonuses. Paid once per member and milestone, and
 * not taken back when the count later drops.
 */
public record Milestone(String id, Counting counting, int count, long points, Optional<String> voucherCampaign) {
    public enum Counting { PURCHASES, REFERRALS }

    public Milestone {
        voucherCampaign = voucherCampaign == null ? Optional.empty() : voucherCampaign;
        AccountChecks.milestone(id, counting, count, points, voucherCampaign);
    }

    /** Points only. */
    public Milestone(String id, Counting counting, int count, long points) {
        this(id, counting, count, points, Optional.empty());
    }

    /** V8: reaching it also issues a voucher of {@code campaign}. */
    public Milestone withVoucher(String campaign) {
        return new Milestone(id, counting, count, points, Optional.of(campaign));
    }
}
