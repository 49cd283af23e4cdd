package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.StoreCredit;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L7: caps over a member's whole history, for points from an event type and for a cashback rule; they
 * hold across years although accounts keep only 30 days of detail (old entries are folded by group).
 */
class LifetimeCapsTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
            .cashbackRule(CashbackRule.of("cashback", "10").withCapPerPeriod(Period.LIFETIME, Money.of("25.00", "EUR")))
            .accounts(AccountPolicy.NONE.withActions(new AccountPolicy.ActionRule("review", "review", 40))
                    .withPeriodCaps(new AccountPolicy.PeriodCap("reviews-ever", Period.LIFETIME, 100, Optional.of("review")))
                    .withHistoryDays(30))
            .build();
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void at_most_100_review_points_ever_and_25_eur_of_cashback_ever_across_years() {
        Accounts accounts = new Accounts(Rewards.compile(SHOP));
        MemberAccount ana = accounts.open("ana", T, Optional.empty());
        for (int i = 0; i < 6; i++) {
            Instant at = T.plus(Duration.ofDays(200L * i));
            ana = accounts.event(ana, MemberEvent.of("e-" + i, "ana", at, "review")).account();
            ana = accounts.purchase(ana, Transaction.builder("t-" + i, "ana", at.plusSeconds(60)).currency("EUR")
                    .line("1", "grinder", "100.00", 1, "equipment").build()).account();
        }

        assertThat(ana.ledger()).filteredOn(e -> e.kind() == LedgerEntry.Kind.EARNED && e.group().equals("review"))
                .extracting(LedgerEntry::points).containsExactly(100L);
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.EARNED)).isEqualByComparingTo("25.00");
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.CAPPED)).isEqualByComparingTo("35.00");
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
    }
}
