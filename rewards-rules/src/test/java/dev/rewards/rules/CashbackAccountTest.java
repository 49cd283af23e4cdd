package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Refund;
import dev.rewards.account.StoreCredit;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.CashbackForm;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.terms.Terms;
import dev.rewards.transaction.LineScope;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * C1, L10 in the account: cashback is held pending through the return window, becomes store credit
 * (or cash for the host to pay), is taken back pro rata when items are returned, is capped per period,
 * and store credit can be spent at checkout; statements and terms say so.
 */
class CashbackAccountTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .cashbackRule(CashbackRule.of("cashback", "5").withCapPerPeriod(Period.MONTH, eur("12.00")))
            .accounts(AccountPolicy.NONE.withPendingDays(14))
            .build();

    private Accounts accounts = new Accounts(Rewards.compile(SHOP));
    private MemberAccount ana = accounts.open("ana", at("2026-01-01"), Optional.empty());

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private AccountResult buy(String id, String day) {
        // shoes 60.00, two pairs of socks at 20.00: 5% is 3.00 on the shoes and 2.00 on the socks
        Transaction tx = Transaction.builder(id, "ana", at(day)).currency("EUR")
                .line("shoes", "shoes", "60.00", 1, "shoes").line("socks", "socks", "20.00", 2, "socks").build();
        return book(accounts.purchase(ana, tx));
    }

    private AccountResult book(AccountResult r) {
        ana = r.account();
        assertConserved(ana);
        return r;
    }

    private AccountStatement statement(String day) {
        return accounts.statement(ana, at(day));
    }

    /** pending + balance - owed = earned - reversed - spent - paid out, at every step. */
    static void assertConserved(MemberAccount a) {
        StoreCredit c = a.credit();
        assertThat(c.pendingTotal().add(c.balance()).subtract(c.owed())).isEqualByComparingTo(c.total(StoreCredit.Entry.Kind.EARNED)
                .subtract(c.total(StoreCredit.Entry.Kind.REVERSED)).subtract(c.total(StoreCredit.Entry.Kind.SPENT))
                .subtract(c.total(StoreCredit.Entry.Kind.PAID_OUT)));
        assertThat(c.balance().signum()).isNotNegative();
        assertThat(c.pending()).allMatch(l -> l.remaining().signum() >= 0 && l.remaining().compareTo(l.amount()) <= 0);
    }

    @Test
    void cashback_waits_for_the_return_window_then_becomes_store_credit() {
        AccountResult r = buy("t-1", "2026-03-02");

        assertThat(r.events()).filteredOn(e -> e.type() == AccountEvent.Type.CASHBACK_EARNED).singleElement()
                .satisfies(e -> assertThat(e.amount()).contains(eur("5.00")))
                .satisfies(e -> assertThat(e.message()).isEqualTo("5.00 EUR store credit, usable from 2026-03-16 if not returned"));
        assertThat(statement("2026-03-15").storeCredit()).isEqualTo(eur("0.00"));
        assertThat(statement("2026-03-15").pendingCashback()).isEqualTo(eur("5.00"));
        assertThat(statement("2026-03-16").storeCredit()).isEqualTo(eur("5.00"));
        assertThat(statement("2026-03-16").pendingCashback()).isEqualTo(eur("0.00"));
        AccountResult later = book(accounts.advance(ana, at("2026-03-20")));
        assertThat(later.events()).extracting(AccountEvent::type).containsExactly(AccountEvent.Type.POINTS_CONFIRMED,
                AccountEvent.Type.CASHBACK_CONFIRMED);
    }

    @Test
    void a_returned_item_takes_back_the_cashback_it_earned_in_proportion_and_nothing_more() {
        buy("t-1", "2026-03-02");

        AccountResult oneSock = book(accounts.refund(ana, new Refund("r-1", "ana", "t-1", at("2026-03-04"), Map.of("socks", 1))));
        assertThat(oneSock.events()).filteredOn(e -> e.type() == AccountEvent.Type.CASHBACK_REVERSED)
                .extracting(AccountEvent::amount).containsExactly(Optional.of(eur("1.00")));
        assertThat(statement("2026-03-04").pendingCashback()).isEqualTo(eur("4.00"));

        book(accounts.refund(ana, Refund.whole("r-2", "ana", "t-1", at("2026-03-05"))));
        assertThat(statement("2026-03-30").storeCredit()).isEqualTo(eur("0.00"));
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.REVERSED)).isEqualByComparingTo("5.00");
    }

    @Test
    void odd_cents_are_taken_back_rounded_down_and_the_last_unit_takes_exactly_the_rest() {
        Transaction tx = Transaction.builder("t-1", "ana", at("2026-03-02")).currency("EUR").line("pens", "pen", "3.33", 3, "office").build();
        book(accounts.purchase(ana, tx)); // 5% of 9.99 is 0.49 (rounded down)
        for (int i = 1; i <= 3; i++) book(accounts.refund(ana, new Refund("r-" + i, "ana", "t-1", at("2026-03-0" + (2 + i)), Map.of("pens", 1))));

        assertThat(ana.credit().ledger()).filteredOn(e -> e.kind() == StoreCredit.Entry.Kind.REVERSED).extracting(StoreCredit.Entry::amount)
                .map(BigDecimal::toPlainString).containsExactly("0.16", "0.16", "0.17");
        assertThat(ana.credit().pendingTotal()).isZero();
    }

    @Test
    void a_line_outside_the_cashback_scope_is_returned_without_touching_the_cashback() {
        Program shoesOnly = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(CashbackRule.of("shoes-back", "10").withScope(LineScope.categories("shoes")))
                .accounts(AccountPolicy.NONE.withPendingDays(14)).build();
        accounts = new Accounts(Rewards.compile(shoesOnly));
        ana = accounts.open("ana", at("2026-01-01"), Optional.empty());
        buy("t-1", "2026-03-02");
        AccountResult socksBack = book(accounts.refund(ana, new Refund("r-1", "ana", "t-1", at("2026-03-03"), Map.of("socks", 2))));

        assertThat(socksBack.events()).noneMatch(e -> e.type() == AccountEvent.Type.CASHBACK_REVERSED);
        assertThat(statement("2026-03-03").pendingCashback()).isEqualTo(eur("6.00"));
    }

    @Test
    void the_cap_per_month_holds_back_what_is_over_it_and_a_new_month_starts_afresh() {
        buy("t-1", "2026-03-02");
        buy("t-2", "2026-03-09");
        AccountResult third = buy("t-3", "2026-03-16");
        buy("t-4", "2026-04-01");

        assertThat(third.events()).filteredOn(e -> e.type() == AccountEvent.Type.CASHBACK_EARNED).extracting(AccountEvent::amount)
                .containsExactly(Optional.of(eur("2.00")));
        assertThat(ana.credit().ledger()).filteredOn(e -> e.kind() == StoreCredit.Entry.Kind.EARNED).extracting(StoreCredit.Entry::amount)
                .map(BigDecimal::toPlainString).containsExactly("5.00", "5.00", "2.00", "5.00");
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.CAPPED)).isEqualByComparingTo("3.00");
        assertThat(Terms.markdown(SHOP)).contains("at most 12.00 EUR a month")
                .contains("Cashback is yours 14 days after your purchase (the return window)");
    }

    @Test
    void store_credit_is_spent_at_checkout_and_never_beyond_the_balance() {
        buy("t-1", "2026-03-02");

        AccountResult early = book(accounts.spendCredit(ana, "c-1", at("2026-03-10"), eur("3.00")));
        assertThat(early.rejected()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.NOT_ENOUGH_CREDIT);
            assertThat(why.toString()).contains("needs 3.00 EUR of store credit, 0.00 EUR usable (5.00 EUR more is still in its return window)");
            assertThat(why.shortfall().orElseThrow().toString()).isEqualTo("3.00 EUR");
        });
        AccountResult spent = book(accounts.spendCredit(ana, "c-1", at("2026-03-20"), eur("3.00")));
        assertThat(spent.value()).contains(eur("3.00"));
        assertThat(accounts.spendCredit(ana, "c-1", at("2026-03-21"), eur("3.00")).duplicate()).isTrue();
        assertThat(statement("2026-03-21").storeCredit()).isEqualTo(eur("2.00"));
    }

    @Test
    void a_refund_after_the_credit_was_spent_forfeits_what_is_gone_or_leaves_it_owing_to_be_repaid() {
        buy("t-1", "2026-03-02");
        book(accounts.spendCredit(ana, "c-1", at("2026-03-20"), eur("4.00")));
        book(accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", at("2026-03-21"))));
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.FORFEITED)).isEqualByComparingTo("4.00");
        assertThat(ana.credit().owed()).isZero();

        Program owing = AccountPropertiesTest.owing(SHOP);
        accounts = new Accounts(Rewards.compile(owing));
        ana = accounts.open("ana", at("2026-01-01"), Optional.empty());
        buy("t-1", "2026-03-02");
        book(accounts.spendCredit(ana, "c-1", at("2026-03-20"), eur("4.00")));
        book(accounts.refund(ana, Refund.whole("r-1", "ana", "t-1", at("2026-03-21"))));
        assertThat(statement("2026-03-21").cashbackOwed()).isEqualTo(eur("4.00"));
        buy("t-2", "2026-04-01");
        AccountResult confirmed = book(accounts.advance(ana, at("2026-04-16")));
        assertThat(confirmed.events()).filteredOn(e -> e.amount().isPresent()).singleElement().satisfies(e -> assertThat(e.message())
                .isEqualTo("1.00 EUR store credit can now be spent (4.00 EUR repaid what a refund left owing)"));
        assertThat(statement("2026-04-16").storeCredit()).isEqualTo(eur("1.00"));
        assertThat(statement("2026-04-16").cashbackOwed()).isEqualTo(eur("0.00"));
    }

    @Test
    void cash_cashback_is_released_for_the_host_to_pay_when_the_return_window_ends() {
        Program cash = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(CashbackRule.of("cash-back", "1").withForm(CashbackForm.CASH)).accounts(AccountPolicy.NONE.withPendingDays(30)).build();
        accounts = new Accounts(Rewards.compile(cash));
        ana = accounts.open("ana", at("2026-01-01"), Optional.empty());
        buy("t-1", "2026-03-02");
        AccountResult paid = book(accounts.advance(ana, at("2026-04-05")));

        assertThat(paid.events()).filteredOn(e -> e.amount().isPresent()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AccountEvent.Type.CASHBACK_PAYABLE);
            assertThat(e.amount()).contains(eur("1.00"));
        });
        assertThat(statement("2026-04-05").storeCredit()).isEqualTo(eur("0.00"));
        assertThat(ana.credit().total(StoreCredit.Entry.Kind.PAID_OUT)).isEqualByComparingTo("1.00");
    }

    @Test
    void an_account_with_cashback_reads_back_from_json_exactly() {
        buy("t-1", "2026-03-02");
        book(accounts.refund(ana, new Refund("r-1", "ana", "t-1", at("2026-03-04"), Map.of("socks", 1))));
        book(accounts.advance(ana, at("2026-03-20")));
        buy("t-2", "2026-03-21");

        assertThat(RewardsJson.readAccount(RewardsJson.write(ana))).isEqualTo(ana);
    }

    @Test
    void returning_an_item_a_promotion_made_free_takes_back_no_cashback() {
        Program bogo = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .cashbackRule(CashbackRule.of("cashback", "10"))
                .vouchers(dev.rewards.voucher.VoucherPolicy.of(dev.rewards.voucher.VoucherCampaign.automatic("bogo",
                        dev.rewards.voucher.Benefit.BuyXGetY.free(1, 1))))
                .accounts(AccountPolicy.NONE.withPendingDays(14)).build();
        accounts = new Accounts(Rewards.compile(bogo));
        ana = accounts.open("ana", at("2026-01-01"), Optional.empty());
        Transaction tx = Transaction.builder("t-1", "ana", at("2026-03-02")).currency("EUR")
                .line("shirt", "shirt", "30.00", 1, "shirts").line("socks", "socks", "20.00", 1, "socks").build();
        AccountResult bought = book(accounts.purchase(ana, tx));
        assertThat(bought.outcome().orElseThrow().cashback()).isEqualTo(eur("3.00"));

        AccountResult freeOneBack = book(accounts.refund(ana, new Refund("r-1", "ana", "t-1", at("2026-03-03"), Map.of("socks", 1))));

        assertThat(freeOneBack.events()).noneMatch(e -> e.type() == AccountEvent.Type.CASHBACK_REVERSED);
        assertThat(statement("2026-03-03").pendingCashback()).isEqualTo(eur("3.00"));
    }
}
