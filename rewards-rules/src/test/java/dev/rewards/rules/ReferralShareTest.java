package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L7: a referral reward as a percentage of what the friend's first purchase earned, and its exact clawback. */
class ReferralShareTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE.withReferral(new AccountPolicy.ReferralRule(100, 50, Money.of("10.00", "EUR")).withReferrerPercent("10")))
            .build();
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
    final Accounts accounts = new Accounts(Rewards.compile(SHOP));

    @Test
    void the_referrer_gets_100_points_plus_ten_percent_of_the_friends_first_purchase_and_a_refund_takes_exactly_that_back() {
        MemberAccount ana = accounts.open("ana", T, Optional.of("ANA"));
        MemberAccount ben = accounts.refer(ana, accounts.open("ben", T, Optional.empty()), "ANA", T).account();
        ana = accounts.referred(ana);
        AccountResult first = accounts.purchase(ben, Transaction.builder("t-1", "ben", T.plusSeconds(3600)).currency("EUR")
                .line("1", "grinder", "237.00", 1, "equipment").build());
        MemberEvent reward = first.effects().get(0);

        // ben's purchase earned 237 points: 100 + 10% (23.7, rounded down) = 123
        assertThat(reward.points()).contains(123L);
        ana = accounts.applyEffect(ana, reward).account();
        assertThat(ana.available(T.plusSeconds(7200))).isEqualTo(123);
        assertThat(RewardsJson.readOperation(RewardsJson.write(new Operation.Event(reward)))).isEqualTo(new Operation.Event(reward));

        AccountResult refund = accounts.refund(first.account(), Refund.whole("r-1", "ben", "t-1", T.plusSeconds(86_400)));
        ana = accounts.applyEffect(ana, refund.effects().get(0)).account();
        assertThat(ana.available(T.plusSeconds(90_000))).isZero();
    }

    @Test
    void hosts_cannot_hand_points_to_their_own_events_and_the_share_is_in_the_terms() {
        MemberAccount ana = accounts.open("ana", T, Optional.of("ANA"));
        assertThatThrownBy(() -> accounts.event(ana, new MemberEvent("e-1", "ana", T, "review", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(1000L)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("points: an event's points come from the program's action rules");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("- Refer a friend: 100 points plus 10% of the points their first purchase earns for you and 50");
    }
}
