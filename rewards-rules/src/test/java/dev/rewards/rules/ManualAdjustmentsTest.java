package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.StoreCredit;
import dev.rewards.json.AuditRecord;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.NegativeBalance;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.AccountPolicy.PeriodCap;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * E5: customer service credits goodwill points, takes back points given by mistake, and gives or
 * corrects store credit, each with a reason and who did it; the books still balance, caps and the
 * return window do not apply to what was given by hand, and a debit the member cannot cover is
 * refused where the program forbids a negative balance.
 */
class ManualAdjustmentsTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .cashbackRule(CashbackRule.of("cashback", "5"))
            .accounts(AccountPolicy.NONE.withPendingDays(14).withPeriodCaps(PeriodCap.of("monthly", Period.MONTH, 100)))
            .build();

    private final Accounts accounts = new Accounts(Rewards.compile(SHOP));
    private MemberAccount ana = accounts.open("ana", at("2026-01-01"), Optional.empty());

    static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    static Operation.Adjust adjust(String id, String day, long points, String credit) {
        return new Operation.Adjust(id, "ana", at(day), points, Optional.ofNullable(credit).map(c -> Money.of(c, "EUR")),
                "late delivery, order 1234", "agent-17");
    }

    private AccountResult apply(Operation op) {
        AccountResult r = accounts.apply(ana, op);
        ana = r.account();
        assertBooksBalance(ana);
        return r;
    }

    static void assertBooksBalance(MemberAccount a) {
        long held = a.lots().stream().mapToLong(l -> l.remaining()).sum() - a.debt();
        assertThat(held).isEqualTo(a.total(LedgerEntry.Kind.EARNED) - a.total(LedgerEntry.Kind.REDEEMED)
                - a.total(LedgerEntry.Kind.EXPIRED) - a.total(LedgerEntry.Kind.REVERSED));
        StoreCredit c = a.credit();
        assertThat(c.pendingTotal().add(c.balance()).subtract(c.owed())).isEqualByComparingTo(c.total(StoreCredit.Entry.Kind.EARNED)
                .subtract(c.total(StoreCredit.Entry.Kind.REVERSED)).subtract(c.total(StoreCredit.Entry.Kind.SPENT))
                .subtract(c.total(StoreCredit.Entry.Kind.PAID_OUT)));
    }

    private void buy(String id, String day, String amount) {
        apply(new Operation.Purchase(Transaction.builder(id, "ana", at(day)).currency("EUR").line("1", "coat", amount, 1, "coats").build()));
    }

    @Test
    void goodwill_points_are_spendable_at_once_outside_the_caps_and_name_who_gave_them_and_why() {
        AccountResult r = apply(adjust("goodwill-1", "2026-01-05", 300, null));

        assertThat(r.applied()).isTrue();
        assertThat(ana.available(at("2026-01-05"))).isEqualTo(300); // no 14 days of waiting
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AccountEvent.Type.POINTS_ADJUSTED);
            assertThat(e.points()).isEqualTo(300);
            assertThat(e.message()).contains("300 points credited by agent-17: late delivery, order 1234");
        });
        // the monthly cap of 100 still has all its room for what the member earns
        buy("t-1", "2026-01-10", "80.00");
        assertThat(ana.total(LedgerEntry.Kind.CAPPED)).isZero();
        assertThat(ana.total(LedgerEntry.Kind.EARNED)).isEqualTo(380);
    }

    @Test
    void a_debit_takes_spendable_points_and_one_the_member_cannot_cover_is_refused_under_forfeit() {
        apply(adjust("goodwill-1", "2026-01-05", 300, null));
        AccountResult tooMuch = apply(adjust("fix-1", "2026-01-06", -500, null));

        assertThat(tooMuch.applied()).isFalse();
        assertThat(tooMuch.rejected()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.NOT_ENOUGH_POINTS);
            assertThat(why.shortfall()).hasValueSatisfying(s -> assertThat(s.amount()).isEqualByComparingTo("200"));
        });
        assertThat(ana.available(at("2026-01-06"))).isEqualTo(300);

        AccountResult fixed = apply(adjust("fix-2", "2026-01-06", -120, null));
        assertThat(fixed.events()).singleElement().satisfies(e -> assertThat(e.points()).isEqualTo(-120));
        assertThat(ana.available(at("2026-01-06"))).isEqualTo(180);
        // delivered again, it changes nothing
        assertThat(apply(adjust("fix-2", "2026-01-06", -120, null)).duplicate()).isTrue();
        assertThat(ana.available(at("2026-01-06"))).isEqualTo(180);
    }

    @Test
    void where_the_program_allows_a_negative_balance_a_debit_beyond_it_is_owed_and_repaid_by_later_points() {
        Program allow = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .accounts(AccountPolicy.NONE.withNegativeBalance(NegativeBalance.ALLOW)).build();
        Accounts lenient = new Accounts(Rewards.compile(allow));
        MemberAccount bo = lenient.open("ana", at("2026-01-01"), Optional.empty());
        bo = lenient.apply(bo, adjust("fix-1", "2026-01-02", -50, null)).account();
        assertThat(bo.debt()).isEqualTo(50);
        assertBooksBalance(bo);
        bo = lenient.apply(bo, new Operation.Purchase(Transaction.builder("t-1", "ana", at("2026-01-03")).currency("EUR")
                .line("1", "coat", "80.00", 1, "coats").build())).account();
        assertThat(bo.debt()).isZero();
        assertThat(bo.available(at("2026-01-03"))).isEqualTo(30);
        assertBooksBalance(bo);
    }

    @Test
    void on_the_balance_basis_points_given_by_hand_that_reach_a_threshold_move_the_member_up_at_once() {
        Program balanceTiers = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(dev.rewards.program.Tiering.of(dev.rewards.program.TierMetric.BALANCE, dev.rewards.program.QualificationWindow.LIFETIME,
                        dev.rewards.program.Tier.of("green", "0"), dev.rewards.program.Tier.of("gold", "500")))
                .accounts(AccountPolicy.NONE).build();
        Accounts tiered = new Accounts(Rewards.compile(balanceTiers));
        MemberAccount bo = tiered.open("ana", at("2026-01-01"), Optional.empty());
        bo = tiered.apply(bo, new Operation.Purchase(Transaction.builder("t-1", "ana", at("2026-01-02")).currency("EUR")
                .line("1", "coat", "450.00", 1, "coats").build())).account();
        assertThat(bo.tier()).contains("green");
        AccountResult r = tiered.apply(bo, adjust("goodwill-1", "2026-01-03", 60, null));
        assertThat(r.account().tier()).contains("gold");
        assertThat(r.events()).extracting(AccountEvent::type).containsExactly(AccountEvent.Type.POINTS_ADJUSTED, AccountEvent.Type.TIER_CHANGED);
    }

    @Test
    void store_credit_is_credited_and_debited_by_hand_and_never_below_zero_under_forfeit() {
        AccountResult given = apply(adjust("credit-1", "2026-01-05", 0, "10.00"));
        assertThat(ana.credit().balance()).isEqualByComparingTo("10.00");
        assertThat(given.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AccountEvent.Type.CREDIT_ADJUSTED);
            assertThat(e.amount()).contains(Money.of("10.00", "EUR"));
        });
        AccountResult tooMuch = apply(adjust("credit-2", "2026-01-06", 0, "-12.50"));
        assertThat(tooMuch.rejected()).singleElement().satisfies(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.NOT_ENOUGH_CREDIT);
            assertThat(why.shortfall()).hasValueSatisfying(s -> assertThat(s.amount()).isEqualByComparingTo("2.50"));
        });
        apply(adjust("credit-3", "2026-01-06", 25, "-4.00"));
        assertThat(ana.credit().balance()).isEqualByComparingTo("6.00");
        assertThat(ana.available(at("2026-01-06"))).isEqualTo(25);
    }

    @Test
    void an_adjustment_needs_a_reason_an_actor_and_something_to_move_and_says_all_that_is_missing_at_once() {
        assertThatThrownBy(() -> new Operation.Adjust("x", "ana", at("2026-01-05"), 0, Optional.empty(), " ", null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("reason", "actor", "points"));
        assertThatThrownBy(() -> accounts.apply(ana, new Operation.Adjust("x", "ana", at("2026-01-05"), 0, Optional.of(Money.of("5.00", "USD")),
                "why", "who"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("must be in EUR");
        // before the member enrolled: refused, nothing booked
        MemberAccount late = accounts.open("ana", at("2026-02-01"), Optional.empty());
        assertThat(accounts.apply(late, adjust("a-1", "2026-01-05", 10, null)).rejected())
                .singleElement().satisfies(why -> assertThat(why.code()).isEqualTo(ReasonCode.NOT_A_MEMBER));
    }

    @Test
    void as_json_and_in_the_audit_record_the_adjustment_keeps_its_reason_and_actor() {
        Operation op = adjust("goodwill-1", "2026-01-05", 300, "2.50");
        String json = RewardsJson.write(op);
        assertThat(json).contains("\"kind\":\"adjust\"", "\"reason\":\"late delivery, order 1234\"", "\"actor\":\"agent-17\"", "\"credit\":\"2.50\"");
        assertThat(RewardsJson.readOperation(json)).isEqualTo(op);
        assertThatThrownBy(() -> RewardsJson.readOperation("{\"kind\": \"adjust\", \"id\": \"a\", \"memberId\": \"ana\","
                + " \"at\": \"2026-01-05T10:00:00Z\", \"points\": 5, \"credit\": \"1.00\", \"colour\": 1}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("colour").hasMessageContaining("currency");

        AuditRecord.Audited audited = AuditRecord.of(accounts, ana, op);
        assertThat(audited.record().operation()).contains("agent-17", "late delivery, order 1234");
        assertThat(audited.result().account().available(at("2026-01-05"))).isEqualTo(300);
    }
}
