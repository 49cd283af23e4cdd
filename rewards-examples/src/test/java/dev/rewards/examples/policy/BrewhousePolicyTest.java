package dev.rewards.examples.policy;

import static dev.rewards.reason.ReasonCode.BELOW_MINIMUM_SPEND;
import static dev.rewards.reason.ReasonCode.DAY_NOT_ELIGIBLE;
import static dev.rewards.reason.ReasonCode.EXPIRED;
import static dev.rewards.reason.ReasonCode.NOT_ENOUGH_POINTS;
import static dev.rewards.testing.RewardsAssertions.assertThat;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Brewhouse policy, rule by rule, with the library's AssertJ assertions (PR3). */
class BrewhousePolicyTest {
    static final CompiledProgram BREWHOUSE = Rewards.compile(RewardsJson.readProgram(Path.of("data/brewhouse/program.json")));
    static final Currency EUR = Currency.getInstance("EUR");
    static final MemberState REGULAR = MemberState.enrolled("m-1", Instant.parse("2026-01-05T08:00:00Z"), EUR).withLifetimePurchases(12);


    @Test
    void beans_earn_double_and_pastry_only_at_the_weekend() {
        Transaction tuesday = Transaction.builder("t-1", "m-1", Instant.parse("2026-03-03T09:00:00Z")).currency("EUR")
                .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").line("2", "croissant", "2.40", 1, "pastry").build();

        assertThat(BREWHOUSE.evaluate(REGULAR, tuesday)).earnedPoints(41).gavePoints("double-beans", 19)
                .didNotApply("pastry-weekend", DAY_NOT_ELIGIBLE).didNotApply("big-basket", BELOW_MINIMUM_SPEND);
    }

    @Test
    void gold_members_earn_half_again_and_three_percent_cashback_capped_at_two_euros() {
        Transaction grinder = Transaction.builder("t-1", "m-1", Instant.parse("2026-03-03T09:00:00Z")).currency("EUR")
                .line("1", "grinder", "89.00", 1, "equipment").build();

        assertThat(BREWHOUSE.evaluate(REGULAR.withTier("gold"), grinder)).earnedPoints(158).paidCashback("2.00").stayedIn("gold");
    }

    @Test
    void the_spring_code_takes_ten_percent_off_beans_and_expires_with_may() {
        Transaction spring = Transaction.builder("t-1", "m-1", Instant.parse("2026-05-31T21:59:00Z")).currency("EUR")
                .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").voucher("SPRING-BEANS").build();
        Transaction june = Transaction.builder("t-2", "m-1", Instant.parse("2026-05-31T22:00:00Z")).currency("EUR")
                .line("1", "ethiopia-beans-1kg", "19.50", 1, "beans").voucher("SPRING-BEANS").build();

        assertThat(BREWHOUSE.evaluate(REGULAR, spring)).acceptedVoucher("SPRING-BEANS", Money.of("1.95", "EUR")).leftToPay("17.55");
        assertThat(BREWHOUSE.evaluate(REGULAR, june)).rejectedVoucher("SPRING-BEANS", EXPIRED).tookOff("0.00");
    }

    @Test
    void points_wait_fourteen_days_before_a_mug() {
        Accounts accounts = new Accounts(BREWHOUSE);
        MemberAccount eve = accounts.open("m-eve", Instant.parse("2026-04-01T08:00:00Z"), Optional.empty());
        eve = accounts.event(eve, MemberEvent.of("e-1", "m-eve", Instant.parse("2026-04-01T08:00:00Z"), "signup")).account();

        assertThat(accounts.redeemReward(eve, "x-1", Instant.parse("2026-04-10T08:00:00Z"), "mug")).wasRefusedBecause(NOT_ENOUGH_POINTS);
        assertThat(accounts.advance(eve, Instant.parse("2026-04-15T08:00:00Z"))).emitted(AccountEvent.Type.POINTS_CONFIRMED)
                .hasAvailable(50, Instant.parse("2026-04-15T08:00:00Z"));
    }
}
