package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Milestone;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L6: lifetime milestones: a bonus on the 3rd purchase and on the 2nd friend whose referral paid, each once. */
class MilestonesTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE.withReferral(new AccountPolicy.ReferralRule(100, 50, Money.of("10.00", "EUR")))
                    .withMilestones(new Milestone("third-purchase", Milestone.Counting.PURCHASES, 3, 300),
                            new Milestone("two-friends", Milestone.Counting.REFERRALS, 2, 500)))
            .build();
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    final Accounts accounts = new Accounts(Rewards.compile(SHOP));

    AccountResult buy(MemberAccount a, String id, int day) {
        return accounts.purchase(a, Transaction.builder(id, a.memberId(), T.plusSeconds(86_400L * day)).currency("EUR")
                .line("1", "beans", "20.00", 1, "beans").build());
    }

    static List<String> bonuses(AccountResult r) {
        List<String> out = new ArrayList<>();
        for (AccountEvent e : r.events()) if (e.detail().filter(d -> d.startsWith("milestone:")).isPresent()) out.add(e.message());
        return out;
    }

    @Test
    void the_third_purchase_pays_the_bonus_once_and_a_refund_before_it_delays_it() {
        MemberAccount ana = accounts.open("ana", T, Optional.empty());
        ana = buy(ana, "t-1", 1).account();
        ana = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", T.plusSeconds(86_400L * 2))).account();
        ana = buy(ana, "t-2", 3).account();
        AccountResult notYet = buy(ana, "t-3", 4);
        AccountResult third = buy(notYet.account(), "t-4", 5);
        AccountResult fourth = buy(third.account(), "t-5", 6);

        assertThat(bonuses(notYet)).isEmpty();
        assertThat(bonuses(third)).containsExactly("300 points milestone third-purchase: 3 purchases");
        assertThat(bonuses(fourth)).isEmpty();
    }

    @Test
    void the_second_friend_whose_referral_paid_pays_the_referrer_a_bonus() {
        MemberAccount ana = accounts.open("ana", T, Optional.of("ANA"));
        List<String> paid = new ArrayList<>();
        for (String friend : List.of("ben", "cas", "dee")) {
            MemberAccount f = accounts.open(friend, T, Optional.empty());
            f = accounts.refer(ana, f, "ANA", T).account();
            ana = accounts.referred(ana);
            AccountResult first = buy(f, "t-" + friend, 1);
            for (MemberEvent effect : first.effects()) {
                AccountResult r = accounts.applyEffect(ana, effect);
                paid.addAll(bonuses(r));
                ana = r.account();
            }
        }
        assertThat(paid).containsExactly("500 points milestone two-friends: 2 referrals");
        assertThat(RewardsJson.readAccount(RewardsJson.write(ana))).isEqualTo(ana);
    }

    @Test
    void milestones_read_back_from_json_and_are_in_the_terms() {
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("300 bonus points on your 3rd purchase").contains("500 bonus points when the 2nd friend you referred qualifies");
    }
}
