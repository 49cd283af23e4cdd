package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.reason.Shortfall;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L2: a qualification period that restarts on upgrade: 12 months from tier entry, reviewed on each
 * anniversary of it; what was spent before the upgrade does not count towards keeping (or passing) it.
 */
class TierYearTest {
    static Program shop(QualificationWindow window) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.SPEND, window, Tier.of("green", "0"), Tier.of("silver", "200.00"), Tier.of("gold", "500.00")))
                .accounts(AccountPolicy.NONE.withPendingDays(0)).build();
    }

    private final Accounts accounts = new Accounts(Rewards.compile(shop(QualificationWindow.TIER_YEAR)));
    private MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());

    private void buy(String id, String at, String amount) {
        ana = accounts.purchase(ana, Transaction.builder(id, "ana", Instant.parse(at)).currency("EUR").line("1", "beans", amount, 1, "beans")
                .build()).account();
    }

    @Test
    void the_count_starts_again_at_each_upgrade() {
        buy("t-1", "2026-02-01T09:00:00Z", "300.00");
        assertThat(ana.tier()).contains("silver");
        buy("t-2", "2026-03-01T09:00:00Z", "400.00");
        // 700.00 in all, but only 400.00 since silver began
        assertThat(ana.tier()).contains("silver");
        buy("t-3", "2026-04-01T09:00:00Z", "150.00");
        assertThat(ana.tier()).contains("gold");

        Accounts calendarYear = new Accounts(Rewards.compile(shop(QualificationWindow.CALENDAR_YEAR)));
        MemberAccount bob = calendarYear.open("bob", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        for (String[] t : new String[][] {{"t-1", "2026-02-01T09:00:00Z", "300.00"}, {"t-2", "2026-03-01T09:00:00Z", "400.00"}}) {
            bob = calendarYear.purchase(bob, Transaction.builder(t[0], "bob", Instant.parse(t[1])).currency("EUR").line("1", "beans", t[2], 1, "beans")
                    .build()).account();
        }
        assertThat(bob.tier()).contains("gold");
    }

    @Test
    void a_member_is_reviewed_on_the_anniversary_of_tier_entry_and_a_renewal_restarts_the_count() {
        buy("t-1", "2026-04-01T09:00:00Z", "600.00");
        assertThat(ana.tier()).contains("gold");
        buy("t-2", "2026-09-01T09:00:00Z", "520.00");

        AccountStatement may = accounts.statement(ana, Instant.parse("2026-05-01T09:00:00Z"));
        assertThat(accounts.statement(ana, Instant.parse("2026-08-01T09:00:00Z")).toKeepTier())
                .contains(new Shortfall(new BigDecimal("500.00"), "EUR"));
        assertThat(may.keepBy()).contains(LocalDate.parse("2027-03-31"));

        // 520.00 in the first gold year: renewed as 1 April 2027 begins in Amsterdam, the count starting again
        MemberAccount renewed = accounts.advance(ana, Instant.parse("2027-03-31T22:00:00Z")).account();
        assertThat(renewed.tier()).contains("gold");
        assertThat(accounts.statement(renewed, Instant.parse("2027-04-02T09:00:00Z")).toKeepTier())
                .contains(new Shortfall(new BigDecimal("500.00"), "EUR"));
        // nothing in the second year: the last second of 31 March 2028 is still gold, the first of 1 April is not
        assertThat(accounts.advance(renewed, Instant.parse("2028-03-31T21:59:59Z")).account().tier()).contains("gold");
        assertThat(accounts.advance(renewed, Instant.parse("2028-03-31T22:00:00Z")).account().tier()).contains("green");
    }

    @Test
    void the_tier_year_reads_back_from_json_and_is_in_the_terms() {
        assertThat(RewardsJson.readProgram(RewardsJson.write(shop(QualificationWindow.TIER_YEAR)))).isEqualTo(shop(QualificationWindow.TIER_YEAR));
        assertThat(Terms.markdown(shop(QualificationWindow.TIER_YEAR))).contains("Your tier depends on your spend in the 12 months from when you"
                + " reach your tier (counting starts again when you move up and on each anniversary)")
                .contains("at the end of each tier year you keep the tier your total for the period reached");
    }
}
