package dev.rewards.rules;

import dev.rewards.program.Challenge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.ActionRule;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.AccountPolicy.PeriodCap;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L7: limits over a rolling window (the days up to each moment) beside calendar periods and the lifetime. */
class RollingWindowsTest {
    static Program shop(AccountPolicy accounts) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .accounts(accounts).build();
    }

    private final Accounts accounts = new Accounts(Rewards.compile(shop(AccountPolicy.NONE
            .withActions(new ActionRule("reviews", "review", 25, 3, Optional.of(Period.ROLLING_30_DAYS))))));
    private MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());

    private AccountResult review(String id, String at) {
        AccountResult r = accounts.event(ana, MemberEvent.of(id, "ana", Instant.parse(at), "review"));
        ana = r.account();
        return r;
    }

    @Test
    void three_reviews_in_any_30_days_and_a_fourth_once_the_first_is_30_days_old() {
        review("e-1", "2026-01-01T10:00:00Z");
        review("e-2", "2026-01-10T10:00:00Z");
        review("e-3", "2026-01-20T10:00:00Z");
        AccountResult fourth = review("e-4", "2026-01-31T09:59:59Z");
        assertThat(fourth.rejected()).extracting(Reason::code, Reason::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                ReasonCode.ACTION_LIMIT_REACHED, "'review' is rewarded 3 times per member in any 30 days, and was already"));
        // thirty days after the first review, it has left the window
        assertThat(review("e-5", "2026-01-31T10:00:00Z").rejected()).isEmpty();
        assertThat(ana.available(Instant.parse("2026-02-01T00:00:00Z"))).isEqualTo(100);
        assertThat(ana.challengeProgress().keySet()).containsExactlyInAnyOrder("action:reviews@2026-01-10T10:00:00Z",
                "action:reviews@2026-01-20T10:00:00Z", "action:reviews@2026-01-31T10:00:00Z");
    }

    @Test
    void a_points_cap_over_a_rolling_week_holds_back_what_is_over_it() {
        Accounts capped = new Accounts(Rewards.compile(shop(AccountPolicy.NONE.withActions(new ActionRule("reviews", "review", 25))
                .withPeriodCaps(new PeriodCap("fifty-a-week", Period.ROLLING_7_DAYS, 50, Optional.of("review"))))));
        MemberAccount bob = capped.open("bob", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
        String[] days = {"2026-01-05T10:00:00Z", "2026-01-09T10:00:00Z", "2026-01-11T10:00:00Z", "2026-01-12T10:00:01Z"};
        long[] credited = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            long before = bob.total(dev.rewards.account.LedgerEntry.Kind.EARNED);
            bob = capped.event(bob, MemberEvent.of("e-" + i, "bob", Instant.parse(days[i]), "review")).account();
            credited[i] = bob.total(dev.rewards.account.LedgerEntry.Kind.EARNED) - before;
        }
        // Monday and Friday fill the week; Sunday is within 7 days of both; the next Monday a second after the first left
        assertThat(credited).containsExactly(25, 25, 0, 25);
    }

    @Test
    void rolling_windows_read_back_from_json_are_in_the_terms_and_are_refused_for_challenges() {
        Program p = shop(AccountPolicy.NONE.withActions(new ActionRule("reviews", "review", 25, 3, Optional.of(Period.ROLLING_30_DAYS)))
                .withPeriodCaps(new PeriodCap("cap", Period.ROLLING_365_DAYS, 500, Optional.empty())));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
        assertThat(Terms.markdown(p)).contains("25 points for each review, up to 3 times in any 30 days.")
                .contains("At most 500 points in any 365 days.");
        assertThatThrownBy(() -> shop(AccountPolicy.NONE.withChallenges(
                new Challenge("streak", "purchase", 3, Period.ROLLING_7_DAYS, "regular", 10))))
                .isInstanceOf(InvalidProgramException.class).hasMessageContaining("accounts.challenges[0].period: a challenge runs over a calendar period");
    }
}
