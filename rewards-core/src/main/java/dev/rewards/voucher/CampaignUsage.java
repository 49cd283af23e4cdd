package dev.rewards.voucher;

import dev.rewards.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * D8: what a campaign with a {@link CampaignBudget} has used so far, as the voucher store counts it:
 * redemptions standing (a reversed one gives its place back) and the discount they gave. Campaigns
 * without a budget are not counted. Immutable and thread-safe.
 */
public record CampaignUsage(String campaignId, long redemptions, Optional<Money> spent) {
    public CampaignUsage {
        Objects.requireNonNull(campaignId, "campaignId");
        spent = spent == null ? Optional.empty() : spent;
        if (redemptions < 0) throw new IllegalArgumentException("redemptions must not be negative, was " + redemptions);
    }

    /** A campaign nothing was redeemed from. */
    public static CampaignUsage none(String campaignId) {
        return new CampaignUsage(campaignId, 0, Optional.empty());
    }

    /** The discount given so far, zero in {@code like}'s currency when none. */
    public Money spentOr(Money like) {
        return spent.orElse(Money.zero(like.currency()));
    }

    /** This usage with one more redemption of {@code amount}. */
    public CampaignUsage plus(Money amount) {
        return new CampaignUsage(campaignId, redemptions + 1, Optional.of(spentOr(amount).plus(amount)));
    }

    /** This usage with one redemption of {@code amount} given back. */
    public CampaignUsage minus(Money amount) {
        return new CampaignUsage(campaignId, Math.max(0, redemptions - 1), Optional.of(spentOr(amount).minus(amount)));
    }
}
