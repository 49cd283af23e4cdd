package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.account.StoreCredit;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.CashbackForm;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** L10: cash back accrues until it reaches a payout minimum, then all of it is released at once; a return before that takes its share back. */
class CashPayoutMinimumTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
            .cashbackRule(CashbackRule.of("cash", "5").withForm(CashbackForm.CASH))
            .accounts(AccountPolicy.NONE.withPendingDays(14).withCashPayoutMinimum(Money.of("10.00", "EUR")))
            .build();
    final Accounts accounts = new Accounts(Rewards.compile(SHOP));
    MemberAccount ana = accounts.open("ana", Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());

    AccountResult buy(String id, String day, String amount) {
        AccountResult r = accounts.purchase(ana, Transaction.builder(id, "ana", Instant.parse(day + "T10:00:00Z")).currency("EUR")
                .line("1", "shoes", amount, 1, "shoes").build());
        ana = r.account();
        return r;
    }

    static void conserved(MemberAccount a) {
        StoreCredit c = a.credit();
        java.math.BigDecimal left = c.pendingTotal().add(c.balance()).subtract(c.owed());
        java.math.BigDecimal booked = total(c, StoreCredit.Entry.Kind.EARNED).subtract(total(c, StoreCredit.Entry.Kind.REVERSED))
                .subtract(total(c, StoreCredit.Entry.Kind.SPENT)).subtract(total(c, StoreCredit.Entry.Kind.PAID_OUT));
        assertThat(left).isEqualByComparingTo(booked);
    }

    static java.math.BigDecimal total(StoreCredit c, StoreCredit.Entry.Kind kind) {
        return c.ledger().stream().filter(e -> e.kind() == kind).map(StoreCredit.Entry::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    @Test
    void cash_back_waits_past_its_return_window_until_ten_euros_are_due_then_goes_at_once() {
        buy("t-1", "2026-03-02", "100.00");           // 5.00, due 16 March
        AccountResult waited = accounts.advance(ana, Instant.parse("2026-03-20T00:00:00Z"));
        assertThat(waited.events()).noneMatch(e -> e.type() == AccountEvent.Type.CASHBACK_PAYABLE);
        assertThat(accounts.statement(waited.account(), Instant.parse("2026-03-20T00:00:00Z")).pendingCashback()).isEqualTo(Money.of("5.00", "EUR"));
        ana = waited.account();
        buy("t-2", "2026-03-21", "120.00");           // 6.00, due 4 April: 11.00 then
        AccountResult released = accounts.advance(ana, Instant.parse("2026-04-10T00:00:00Z"));

        assertThat(released.events()).filteredOn(e -> e.type() == AccountEvent.Type.CASHBACK_PAYABLE)
                .extracting(e -> e.at().toString(), e -> e.amount().orElseThrow())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-04-04T10:00:00Z", Money.of("5.00", "EUR")),
                        org.assertj.core.groups.Tuple.tuple("2026-04-04T10:00:00Z", Money.of("6.00", "EUR")));
        assertThat(accounts.statement(released.account(), Instant.parse("2026-04-10T00:00:00Z")).pendingCashback()).isEqualTo(Money.of("0.00", "EUR"));
        conserved(released.account());
    }

    @Test
    void a_return_while_the_cash_waits_takes_it_back_and_the_rules_read_back_and_are_in_the_terms() {
        buy("t-1", "2026-03-02", "100.00");
        ana = accounts.advance(ana, Instant.parse("2026-03-20T00:00:00Z")).account();
        ana = accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", Instant.parse("2026-03-25T10:00:00Z"))).account();
        buy("t-2", "2026-03-26", "120.00");
        AccountResult later = accounts.advance(ana, Instant.parse("2026-04-30T00:00:00Z"));

        assertThat(later.events()).noneMatch(e -> e.type() == AccountEvent.Type.CASHBACK_PAYABLE);
        assertThat(accounts.statement(later.account(), Instant.parse("2026-04-30T00:00:00Z")).pendingCashback()).isEqualTo(Money.of("6.00", "EUR"));
        conserved(later.account());
        assertThat(RewardsJson.readProgram(RewardsJson.write(SHOP))).isEqualTo(SHOP);
        assertThat(Terms.markdown(SHOP)).contains("- Cash back is paid out once it adds up to 10.00 EUR or more.");
    }
}
