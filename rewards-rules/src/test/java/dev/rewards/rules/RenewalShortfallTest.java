package dev.rewards.rules;

import static dev.rewards.rules.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.json.RewardsJson;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L3: a member holding a tier they have not earned again this period is told how much more, by when, to keep it. */
class RenewalShortfallTest {
    static Program shop(QualificationWindow window) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, window, Tier.of("green", "0"), Tier.of("gold", "300.00")).build();
    }

    static final Instant MARCH = Instant.parse("2026-03-02T10:00:00Z");

    static Outcome buy(Program p, String qualifyingSpend) {
        MemberState ben = MemberState.enrolled("m-ben", Instant.parse("2025-01-05T08:00:00Z"), Fixtures.EUR).withTier("gold")
                .withQualifying(eur(qualifyingSpend), 0, 3);
        return Rewards.compile(p).evaluate(ben, Transaction.builder("t-1", "m-ben", MARCH).currency("EUR").line("1", "beans", "30.00", 1, "beans").build());
    }

    @Test
    void gold_kept_from_last_year_needs_150_more_by_31_december() {
        Outcome o = buy(shop(QualificationWindow.CALENDAR_YEAR), "120.00");

        assertThat(o.tier().toKeepTier().orElseThrow().toString()).isEqualTo("150.00 EUR");
        assertThat(o.tier().keepBy()).contains(LocalDate.of(2026, 12, 31));
        assertThat(o.explain()).contains("Tier:     gold; 150.00 EUR more by 2026-12-31 to keep gold");
        assertThat(RewardsJson.parse(RewardsJson.write(o)).at("/tier/keepBy").asText()).isEqualTo("2026-12-31");
    }

    @Test
    void no_shortfall_once_the_threshold_is_reached_again_and_none_for_a_lifetime_window() {
        assertThat(buy(shop(QualificationWindow.CALENDAR_YEAR), "280.00").tier().toKeepTier()).isEmpty();
        assertThat(buy(shop(QualificationWindow.LIFETIME), "120.00").tier().toKeepTier()).isEmpty();
    }

    @Test
    void a_rolling_window_is_reviewed_at_the_end_of_each_month() {
        assertThat(buy(shop(QualificationWindow.ROLLING_12_MONTHS), "120.00").tier().keepBy()).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void the_statement_says_it_too() {
        Accounts accounts = new Accounts(Rewards.compile(shop(QualificationWindow.CALENDAR_YEAR)));
        MemberAccount ben = accounts.importState(MemberState.enrolled("m-ben", Instant.parse("2025-01-05T08:00:00Z"), Fixtures.EUR)
                .withTier("gold"), Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        ben = accounts.purchase(ben, Transaction.builder("t-1", "m-ben", MARCH).currency("EUR").line("1", "beans", "50.00", 1, "beans").build())
                .account();

        AccountStatement s = accounts.statement(ben, Instant.parse("2026-06-01T10:00:00Z"));
        assertThat(s.tier()).contains("gold");
        assertThat(s.toKeepTier().orElseThrow().toString()).isEqualTo("250.00 EUR");
        assertThat(s.keepBy()).contains(LocalDate.of(2026, 12, 31));
    }
}
