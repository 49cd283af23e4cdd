package dev.rewards.simulation;

import dev.rewards.money.Money;
import java.util.List;
import java.util.Map;

/**
 * What a program cost and did over a history (A3): points issued, redeemed, expired, reversed and
 * outstanding (the liability, in points and in money at the program's conversion rate), cashback
 * (booked by the accounts: after caps per period, less what refunds took back) and what of it the
 * accounts still hold (store credit and pending, a liability), discount cost, spend and the share of it given back, the tier distribution at the end of each
 * month, each rule's contribution, each voucher campaign's redemption rate, and the top members.
 *
 * <p>Immutable and thread-safe.
 */
public record Figures(String program, long purchases, long events, long refunds, long redemptions, int members, Money spend,
                      long pointsIssued, long pointsRedeemed, long pointsExpired, long pointsReversed, long pointsOutstanding,
                      Money liability, Money cashback, Money cashbackHeld, Money discounts, Money paidWithVouchers, Money rewardedValue,
                      double shareOfSpendRewarded, Map<String, Map<String, Integer>> tiersByMonth, Map<String, Long> pointsByRule,
                      Map<String, Money> cashbackByRule, Map<String, Campaign> campaigns, List<TopMember> topMembers,
                      Map<String, Long> pointsByMember) {

    /** A voucher campaign's presented and applied counts, its redemption rate and what it cost. */
    public record Campaign(long presented, long applied, Money amount) {
        public double rate() {
            return presented == 0 ? 0 : (double) applied / presented;
        }
    }

    public record TopMember(String memberId, long points, Money spend) {
    }
}
