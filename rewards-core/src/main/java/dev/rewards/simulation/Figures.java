package dev.rewards.simulation;

import dev.rewards.money.Money;
import java.util.List;
import java.util.Map;

/**
 * What a program cost and did over a history (A3): points issued, redeemed, expired, reversed and
 * outstanding (the liability, in points and in money at the program's conversion rate), cashback
 * (booked by the accounts: after caps per period, less what refunds took back) and what of it the
 * accounts still hold (store credit and pending, a liability), discount cost, spend and the share of it given back, the tier distribution at the end of each
 * month, each rule's contribution, each voucher campaign's redemption rate, the top members, and (E6) for
 * each rule and campaign partners fund, the points and discount by funder ({@link PartnerShares}).
 *
 * <p>Immutable and thread-safe.
 */
public record Figures(String program, long purchases, long events, long refunds, long redemptions, int members, Money spend,
                      long pointsIssued, long pointsRedeemed, long pointsExpired, long pointsReversed, long pointsOutstanding,
                      Money liability, Money cashback, Money cashbackHeld, Money discounts, Money paidWithVouchers, Money rewardedValue,
                      double shareOfSpendRewarded, Map<String, Map<String, Integer>> tiersByMonth, Map<String, Long> pointsByRule,
                      Map<String, Money> cashbackByRule, Map<String, Campaign> campaigns, List<TopMember> topMembers,
                      Map<String, Long> pointsByMember, Map<String, Map<String, Long>> partnerPoints,
                      Map<String, Map<String, Money>> partnerDiscounts) {

    /**
     * A voucher campaign: codes issued to the simulation ({@link Simulation#issue}) and how many of them
     * are redeemed at the end (a use a whole refund gave back does not count), how often its codes were
     * presented and applied, and what it cost.
     */
    public record Campaign(long issued, long redeemed, long presented, long applied, Money amount) {
        /** A campaign without issued codes (a public code or an automatic promotion). */
        public Campaign(long presented, long applied, Money amount) {
            this(0, 0, presented, applied, amount);
        }

        /**
         * The redemption rate (A3): redeemed / issued for a campaign of issued codes; for a public code
         * or an automatic promotion, which issue nothing, applied / presented.
         */
        public double rate() {
            if (issued > 0) return (double) redeemed / issued;
            return presented == 0 ? 0 : (double) applied / presented;
        }
    }

    public record TopMember(String memberId, long points, Money spend) {
    }
}
