package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L2: falling back at the period end to the tier reached (default), one tier at a time, or at once when the total drops. */
class DowngradeModesTest {
    static Program shop(Tiering.Downgrade mode) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("silver", "200.00"),
                        Tier.of("gold", "500.00")).withDowngrade(mode))
                .accounts(AccountPolicy.NONE.withPendingDays(0)).build();
    }

    static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    static MemberAccount goldIn2026(Accounts accounts) {
        MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        return accounts.purchase(ana, Transaction.builder("t-1", "ana", MARCH).currency("EUR").line("1", "espresso-machine", "600.00", 1, "equipment")
                .build()).account();
    }

    static List<String> tierChanges(AccountResult r) {
        return r.events().stream().filter(e -> e.type() == AccountEvent.Type.TIER_CHANGED).map(AccountEvent::message).toList();
    }

    @Test
    void at_the_period_end_a_member_falls_to_the_tier_reached_or_one_tier_at_a_time() {
        for (var c : new Object[][] {{Tiering.Downgrade.PERIOD_END, "green"}, {Tiering.Downgrade.ONE_TIER_AT_PERIOD_END, "silver"}}) {
            Accounts accounts = new Accounts(Rewards.compile(shop((Tiering.Downgrade) c[0])));
            MemberAccount ana = goldIn2026(accounts);
            // gold earned in 2026 holds through 2027; nothing bought in 2027, so the review at its end falls back
            AccountResult newYear = accounts.advance(ana, Instant.parse("2028-01-02T00:00:00Z"));
            assertThat(newYear.account().tier()).as("%s", c[0]).contains((String) c[1]);
        }
    }

    @Test
    void immediately_a_refund_below_the_threshold_drops_the_tier_at_once() {
        Accounts periodEnd = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END)));
        Accounts immediately = new Accounts(Rewards.compile(shop(Tiering.Downgrade.IMMEDIATELY)));
        Refund back = Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-03-10T10:00:00Z"));

        AccountResult kept = periodEnd.refund(goldIn2026(periodEnd), back);
        AccountResult dropped = immediately.refund(goldIn2026(immediately), back);

        assertThat(kept.account().tier()).contains("gold");
        assertThat(dropped.account().tier()).contains("green");
        assertThat(tierChanges(dropped)).containsExactly("tier gold -> green (downgrade: a refund took the total below the threshold)");
        assertThat(RewardsJson.readProgram(RewardsJson.write(shop(Tiering.Downgrade.IMMEDIATELY)))).isEqualTo(shop(Tiering.Downgrade.IMMEDIATELY));
    }
}
