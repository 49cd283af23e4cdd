package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.account.TierHold;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L2: a guarantee period counted from tier entry, and a tier given by hand that is protected from
 * automatic downgrade until a date; boundaries at the last second.
 */
class TierGuaranteeTest {
    static Program shop(Tiering.Downgrade mode, int guaranteeMonths) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"), Tier.of("silver", "200.00"),
                        Tier.of("gold", "500.00")).withDowngrade(mode).withGuaranteeMonths(guaranteeMonths))
                .accounts(AccountPolicy.NONE.withPendingDays(0)).build();
    }

    /** 10:00 in Amsterdam (CET) on 10 March 2026. */
    static final Instant UPGRADE = Instant.parse("2026-03-10T09:00:00Z");

    static MemberAccount gold(Accounts accounts) {
        MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        return accounts.purchase(ana, Transaction.builder("t-1", "ana", UPGRADE).currency("EUR")
                .line("1", "espresso-machine", "600.00", 1, "equipment").build()).account();
    }

    @Test
    void with_a_six_month_guarantee_a_refund_drops_the_tier_only_when_the_guarantee_ends() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.IMMEDIATELY, 6)));
        MemberAccount ana = gold(accounts);
        assertThat(ana.tierHold()).contains(TierHold.since(UPGRADE));

        ana = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-03-20T10:00:00Z"))).account();
        assertThat(ana.tier()).contains("gold");
        // six months from 10:00 on 10 March in Amsterdam is 10:00 CEST on 10 September: 08:00 UTC
        assertThat(ana.downgrade()).contains(new MemberAccount.Downgrade(Optional.of("green"), Instant.parse("2026-09-10T08:00:00Z")));

        assertThat(accounts.advance(ana, Instant.parse("2026-09-10T07:59:59Z")).account().tier()).contains("gold");
        AccountResult end = accounts.advance(ana, Instant.parse("2026-09-10T08:00:00Z"));
        assertThat(end.account().tier()).contains("green");
        assertThat(end.events()).filteredOn(e -> e.type() == AccountEvent.Type.TIER_CHANGED).extracting(AccountEvent::message)
                .containsExactly("tier gold -> green (downgrade: the threshold was not reached in the period)");
    }

    @Test
    void a_guarantee_longer_than_the_period_carries_the_tier_past_the_year_end_review() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END, 24)));
        MemberAccount ana = gold(accounts);

        // gold earned in 2026 holds through 2027; without the guarantee the review at the end of 2027 drops it
        assertThat(accounts.advance(ana, Instant.parse("2028-01-02T00:00:00Z")).account().tier()).contains("gold");
        assertThat(accounts.advance(ana, Instant.parse("2028-03-10T08:59:59Z")).account().tier()).contains("gold");
        assertThat(accounts.advance(ana, Instant.parse("2028-03-10T09:00:00Z")).account().tier()).contains("green");
        Accounts plain = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END, 0)));
        assertThat(plain.advance(gold(plain), Instant.parse("2028-01-02T00:00:00Z")).account().tier()).contains("green");
    }

    @Test
    void a_tier_given_by_hand_is_protected_until_its_date_and_then_judged_as_usual() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END, 0)));
        MemberAccount bob = accounts.open("bob", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        Instant until = Instant.parse("2027-03-31T22:00:00Z");

        AccountResult given = accounts.assignTier(bob, "vip-1", "gold", Instant.parse("2026-02-01T09:00:00Z"), Optional.of(until), "status match");
        bob = given.account();
        assertThat(bob.tier()).contains("gold");
        assertThat(given.events()).extracting(AccountEvent::message)
                .containsExactly("tier green -> gold (assigned: status match; protected until 2027-03-31T22:00:00Z)");
        assertThat(accounts.assignTier(bob, "vip-1", "gold", Instant.parse("2026-02-01T09:00:00Z"), Optional.of(until), "again").duplicate()).isTrue();
        MemberAccount guest = accounts.guest("carl", Instant.parse("2026-01-05T08:00:00Z"));
        assertThat(accounts.assignTier(guest, "vip-2", "gold", Instant.parse("2026-02-01T09:00:00Z"), Optional.empty(), "status match").rejected())
                .extracting(dev.rewards.reason.Reason::code).containsExactly(dev.rewards.reason.ReasonCode.NOT_A_MEMBER);

        // nothing bought: the year-end review would drop him, but the protection holds to its last second
        assertThat(accounts.advance(bob, Instant.parse("2027-01-02T00:00:00Z")).account().tier()).contains("gold");
        assertThat(accounts.advance(bob, until.minusSeconds(1)).account().tier()).contains("gold");
        assertThat(accounts.advance(bob, until).account().tier()).contains("green");
    }

    @Test
    void an_assignment_is_checked_and_travels_as_a_history_operation_and_in_the_account_json() {
        Accounts accounts = new Accounts(Rewards.compile(shop(Tiering.Downgrade.PERIOD_END, 3)));
        MemberAccount bob = accounts.open("bob", Instant.parse("2026-01-05T08:00:00Z"), Optional.empty());
        Instant at = Instant.parse("2026-02-01T09:00:00Z");

        assertThatThrownBy(() -> accounts.assignTier(bob, "x", "platinum", at, Optional.of(at.minusSeconds(1)), "typo"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tier: unknown tier 'platinum'; the program has [green, silver, gold]")
                .hasMessageContaining("protectedUntil: must be after the assignment");
        Operation op = RewardsJson.readOperation(RewardsJson.parse("""
                {"kind": "assignTier", "id": "vip-1", "memberId": "bob", "at": "2026-02-01T09:00:00Z", "tier": "gold",
                 "protectedUntil": "2026-12-31T23:00:00Z", "reason": "status match"}"""));
        assertThat(RewardsJson.readOperation(RewardsJson.write(op))).isEqualTo(op);

        MemberAccount given = accounts.apply(bob, op).account();
        assertThat(given.tierHold()).contains(new TierHold(at, Optional.of(Instant.parse("2026-12-31T23:00:00Z"))));
        assertThat(RewardsJson.readAccount(RewardsJson.write(given))).isEqualTo(given);
        assertThat(Terms.markdown(shop(Tiering.Downgrade.PERIOD_END, 3))).contains("Once you reach a tier you keep it for at least 3 months");
        assertThat(Terms.markdown(shop(Tiering.Downgrade.IMMEDIATELY, 0))).contains("you move down as soon as your total falls below");
    }
}
