package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.ActionRule;
import dev.rewards.program.Challenge;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.AccountPolicy.PeriodCap;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** P2, P5: actions rewarded a limited number of times, and bonuses under the period caps when the program says so. */
class ActionLimitsTest {
    private static final Program APP = Program.builder().id("app").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .accounts(AccountPolicy.NONE
                    .withActions(new ActionRule("signup-bonus", "signup", 50).limitedTo(1),
                            new ActionRule("review-bonus", "review", 20).limitedTo(2, Period.MONTH))
                    .withPeriodCaps(PeriodCap.of("max-100-a-day", Period.DAY, 100).withBonuses())
                    .withChallenges(new Challenge("reviewer", "review", 2, Period.MONTH, "reviewer", 500)))
            .build();
    private final Accounts accounts = new Accounts(Rewards.compile(APP));
    private MemberAccount ana = accounts.open("ana", Instant.parse("2026-03-01T08:00:00Z"), Optional.empty());

    private AccountResult event(String id, String at, String type) {
        AccountResult r = accounts.event(ana, MemberEvent.of(id, "ana", Instant.parse(at), type));
        ana = r.account();
        return r;
    }

    @Test
    void a_signup_pays_once_whatever_the_events_say() {
        AccountResult first = event("e-1", "2026-03-01T09:00:00Z", "signup");
        AccountResult second = event("e-2", "2026-04-01T09:00:00Z", "signup");

        assertThat(first.rejected()).isEmpty();
        assertThat(second.rejected()).extracting(r -> r.code()).containsExactly(ReasonCode.ACTION_LIMIT_REACHED);
        assertThat(second.rejected().get(0).message()).isEqualTo("'signup' is rewarded 1 time per member, and was already");
        assertThat(ana.total(LedgerEntry.Kind.EARNED)).isEqualTo(50);
    }

    @Test
    void reviews_pay_twice_a_month_and_again_next_month() {
        event("e-1", "2026-03-02T09:00:00Z", "review");
        event("e-2", "2026-03-03T09:00:00Z", "review");
        AccountResult third = event("e-3", "2026-03-04T09:00:00Z", "review");
        AccountResult april = event("e-4", "2026-04-02T09:00:00Z", "review");

        assertThat(third.rejected()).extracting(r -> r.code()).containsExactly(ReasonCode.ACTION_LIMIT_REACHED);
        assertThat(april.rejected()).isEmpty();
    }

    @Test
    void a_cap_that_includes_bonuses_holds_back_a_challenge_bonus_over_it() {
        event("e-1", "2026-03-02T09:00:00Z", "review");
        AccountResult badge = event("e-2", "2026-03-02T10:00:00Z", "review");

        // 20 + 20 from reviews, then the 500-point badge bonus: only 60 fit under 100 a day
        assertThat(ana.total(LedgerEntry.Kind.EARNED)).isEqualTo(100);
        assertThat(ana.ledger()).anyMatch(e -> e.kind() == LedgerEntry.Kind.CAPPED && e.points() == 440);
        assertThat(badge.events()).anyMatch(e -> e.message().contains("440 held back by max-100-a-day"));
    }

    @Test
    void the_limits_read_and_write_as_json() {
        assertThat(RewardsJson.readProgram(RewardsJson.write(APP))).isEqualTo(APP);
        assertThat(RewardsJson.write(APP).replaceAll("\\s", "")).contains("\"maxTimes\":2,\"per\":\"MONTH\"").contains("\"includeBonuses\":true");
    }
}
