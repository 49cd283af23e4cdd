package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Account id semantics (A2, P6): ids are kept per kind of operation, every operation must belong to the
 * account it is applied to, and the library's own referral events cannot come in as input.
 */
class OperationIdsTest {
    private static final Accounts ACCOUNTS = YearInTheLifeTest.ACCOUNTS;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    private MemberAccount ana = ACCOUNTS.open("ana", at("2026-01-10T09:00"), Optional.empty());

    @Test
    void a_refund_may_share_its_purchases_id_and_still_takes_the_points_back() {
        Transaction tx = Transaction.builder("k-1", "ana", at("2026-01-15T10:00")).currency("EUR").line("1", "beans", "50.00", 1).build();
        ana = ACCOUNTS.purchase(ana, tx).account();

        AccountResult refund = ACCOUNTS.refund(ana, Refund.whole("k-1", "ana", "k-1", at("2026-01-16T10:00")));

        assertThat(refund.applied()).isTrue();
        assertThat(refund.account().total(LedgerEntry.Kind.REVERSED)).isEqualTo(50);
        assertThat(ACCOUNTS.refund(refund.account(), Refund.whole("k-1", "ana", "k-1", at("2026-01-16T10:00"))).duplicate()).isTrue();
    }

    @Test
    void a_redemption_may_share_an_events_id() {
        ana = ACCOUNTS.event(ana, MemberEvent.of("k-1", "ana", at("2026-01-11T10:00"), "signup")).account();
        ana = ACCOUNTS.advance(ana, at("2026-03-01T10:00")).account();

        AccountResult redemption = ACCOUNTS.redeemPoints(ana, "k-1", at("2026-03-01T10:00"), 500, Money.of("30.00", "EUR"));

        assertThat(redemption.duplicate()).isFalse();
        assertThat(redemption.rejected()).isNotEmpty(); // 50 points are too few: judged, not skipped as a duplicate
    }

    @Test
    void an_operation_for_another_member_is_refused_and_changes_nothing() {
        Operation forBen = new Operation.RedeemPoints("x-1", "ben", at("2026-03-01T10:00"), 500, Money.of("30.00", "EUR"));

        assertThatThrownBy(() -> ACCOUNTS.apply(ana, forBen)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is for member 'ben', not 'ana'");
    }

    @Test
    void a_referral_reward_cannot_come_in_as_an_event_of_the_hosts() {
        MemberEvent forged = MemberEvent.of("referral-reward:nobody:t-0", "ana", at("2026-01-11T10:00"), "referral-reward");

        assertThatThrownBy(() -> ACCOUNTS.event(ana, forged)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("apply the effects a result returns with applyEffect");
        assertThat(ana.total(LedgerEntry.Kind.EARNED)).isZero();
    }
}
