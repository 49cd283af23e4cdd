package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** L7: events carry product, store and channel; a review pays once per product; a check-in only in stores. */
class EventScopesTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE.withActions(new AccountPolicy.ActionRule("review", "review", 25).limitedTo(1).countedPerProduct(),
                    new AccountPolicy.ActionRule("check-in", "check-in", 10).onlyIn(Set.of(), Set.of("pos"))))
            .build();
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    final Accounts accounts = new Accounts(Rewards.compile(SHOP));
    MemberAccount ana = accounts.open("ana", T, Optional.empty());

    AccountResult event(MemberEvent e) {
        AccountResult r = accounts.event(ana, e);
        ana = r.account();
        return r;
    }

    @Test
    void a_review_pays_once_per_product() {
        event(MemberEvent.of("e-1", "ana", T.plusSeconds(60), "review").about("grinder"));
        event(MemberEvent.of("e-2", "ana", T.plusSeconds(120), "review").about("beans"));
        AccountResult again = event(MemberEvent.of("e-3", "ana", T.plusSeconds(180), "review").about("grinder"));

        assertThat(ana.available(T.plusSeconds(200))).isEqualTo(50);
        assertThat(again.rejected()).extracting(Reason::message).containsExactly("'review' is rewarded 1 time per member and product, and was already");
    }

    @Test
    void a_check_in_pays_only_through_the_till() {
        AccountResult app = event(MemberEvent.of("e-1", "ana", T.plusSeconds(60), "check-in").via(null, "app"));
        AccountResult till = event(MemberEvent.of("e-2", "ana", T.plusSeconds(120), "check-in").via("amsterdam-1", "pos"));

        assertThat(app.rejected()).extracting(Reason::code).containsExactly(ReasonCode.CHANNEL_NOT_ELIGIBLE);
        assertThat(till.rejected()).isEmpty();
        assertThat(ana.available(T.plusSeconds(200))).isEqualTo(10);
    }

    @Test
    void scoped_events_and_rules_read_back_and_are_in_the_terms() {
        MemberEvent e = MemberEvent.of("e-1", "ana", T, "review").about("grinder").via("amsterdam-1", "app");
        assertThat(RewardsJson.readOperation(RewardsJson.write(new Operation.Event(e)))).isEqualTo(new Operation.Event(e));
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("25 points for each review, once per product").contains("10 points for each check in, through pos");
    }
}
