package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.money.CurrencyMismatchException;
import dev.rewards.money.Money;
import dev.rewards.transaction.MemberState;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Moving a loyalty base onto accounts (A3, T1): a member state the program cannot read is refused,
 * naming the member, instead of being taken in part (a tier dropped, a spend counted in the wrong
 * currency).
 */
class ImportStateTest {
    static final Accounts BREWHOUSE = new Accounts(Rewards.compile(SimulationTest.BREWHOUSE));
    static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static MemberState member(String tier, Money spend) {
        return new MemberState("m-1", Optional.of(Instant.parse("2025-06-01T00:00:00Z")), Optional.ofNullable(tier), spend, 0, 3, 3);
    }

    @Test
    void a_member_holding_a_tier_of_the_program_keeps_it() {
        MemberAccount a = BREWHOUSE.importState(member("gold", Money.of("120.00", "EUR")), AT, Optional.empty());
        assertThat(a.tier()).contains("gold");
        assertThat(a.qualifying()).singleElement().satisfies(q -> assertThat(q.spend()).isEqualByComparingTo("120.00"));
    }

    @Test
    void a_tier_the_program_does_not_have_is_refused_naming_the_member_and_the_tiers_it_has() {
        assertThatThrownBy(() -> BREWHOUSE.importState(member("platinum", Money.of("0.00", "EUR")), AT, Optional.empty()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("member.tier");
                        assertThat(p.message()).contains("member m-1", "unknown tier 'platinum'", "[green, gold]");
                    });
                });
    }

    @Test
    void qualifying_spend_in_another_currency_is_refused_not_counted_as_euros() {
        assertThatThrownBy(() -> BREWHOUSE.importState(member(null, Money.of("500.00", "USD")), AT, Optional.empty()))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("qualifyingSpend of member m-1").hasMessageContaining("USD");
    }
}
