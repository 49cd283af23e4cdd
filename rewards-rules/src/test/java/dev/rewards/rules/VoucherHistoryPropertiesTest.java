package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.testing.Properties;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * V6, P6 over generated histories of three members sharing one voucher store (seeded; see
 * {@link Properties}): purchases with a once-per-member code, a public code with a budget of five
 * uses, a shared gift card, refunds whole and partial, and referrals. Whatever the order: no limit is
 * ever exceeded, the gift card's balance is what it paid for the orders still standing, every outcome
 * adds up to what the basket costs, and the same history gives the same outcomes again.
 */
class VoucherHistoryPropertiesTest {
    private static final Money GIFT_VALUE = Money.of("25.00", "EUR");
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00"))
            .vouchers(VoucherPolicy.of(
                    VoucherCampaign.withCode("welcome", "WELCOME", Benefit.PercentOff.of("10")).restrictedBy(new Restriction.UsesPerMember(1)),
                    VoucherCampaign.withCode("budget", "BUDGET", new Benefit.AmountOff(Money.of("2.00", "EUR")))
                            .restrictedBy(new Restriction.UsesPerCode(5)),
                    VoucherCampaign.withCodes("gift-card", CodePattern.standard("GIFT"), new Benefit.StoredValue(GIFT_VALUE))))
            .accounts(AccountPolicy.NONE.withReferral(new AccountPolicy.ReferralRule(100, 50, Money.of("20.00", "EUR"))))
            .build();
    private static final List<String> MEMBERS = List.of("ana", "ben", "cas");
    private static final String GIFT = "GIFT-7KQ2-M9XD-4";
    private static final Instant START = Instant.parse("2026-02-01T08:00:00Z");

    /** A random history: purchases presenting random codes, refunds of earlier purchases, in time order. */
    static List<Operation> history(long seed, int length) {
        Random r = new Random(seed);
        List<Operation> ops = new ArrayList<>();
        List<Transaction> bought = new ArrayList<>();
        Instant t = START;
        String[] codes = {"WELCOME", "BUDGET", GIFT};
        for (int i = 0; i < length; i++) {
            t = t.plus(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 3)));
            String member = MEMBERS.get(r.nextInt(MEMBERS.size()));
            if (r.nextInt(10) < 7 || bought.isEmpty()) {
                List<String> presented = new ArrayList<>();
                for (String c : codes) if (r.nextInt(3) == 0) presented.add(c);
                Transaction tx = Transaction.builder("t-" + i, member, t).currency("EUR")
                        .line("1", "beans", (5 + r.nextInt(40)) + ".50", 1 + r.nextInt(2), "beans")
                        .line("2", "cake", "3.20", 1, "food").build().withVouchers(presented.toArray(String[]::new));
                bought.add(tx);
                ops.add(new Operation.Purchase(tx));
            } else {
                Transaction tx = bought.get(r.nextInt(bought.size()));
                Map<String, Integer> lines = r.nextBoolean() ? Map.of() : Map.of("2", 1);
                ops.add(new Operation.Return(new Refund("r-" + i, tx.memberId(), tx.id(), t, lines)));
            }
        }
        return ops;
    }

    private record Run(List<Outcome> outcomes, Map<String, Transaction> transactions, InMemoryVoucherStore store,
                       Map<String, MemberAccount> accounts, Set<String> refundedInFull) {
    }

    private static Run run(long seed) {
        InMemoryVoucherStore store = new InMemoryVoucherStore();
        store.issue(List.of(IssuedVoucher.giftCard(GIFT, "gift-card", GIFT_VALUE)));
        Accounts accounts = new Accounts(Rewards.compile(SHOP), store);
        Map<String, MemberAccount> byMember = new HashMap<>();
        for (String m : MEMBERS) byMember.put(m, accounts.open(m, START.minusSeconds(60), Optional.of(m.toUpperCase())));
        // ben and cas were referred by ana
        for (String m : List.of("ben", "cas")) {
            byMember.put(m, accounts.refer(byMember.get("ana"), byMember.get(m), "ANA", START).account());
            byMember.put("ana", accounts.referred(byMember.get("ana")));
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Transaction> transactions = new HashMap<>();
        Set<String> refundedInFull = new HashSet<>();
        for (Operation op : history(seed, 40)) {
            if (op instanceof Operation.Purchase p) transactions.put(p.transaction().id(), p.transaction());
            AccountResult r = accounts.apply(byMember.get(op.memberId()), op);
            byMember.put(op.memberId(), r.account());
            r.effects().forEach(e -> byMember.put(e.memberId(), accounts.applyEffect(byMember.get(e.memberId()), e).account()));
            r.outcome().ifPresent(outcomes::add);
            if (op instanceof Operation.Return ret && r.applied()) {
                MemberAccount.Purchase p = r.account().purchases().get(ret.refund().transactionId());
                if (p.lines().values().stream().allMatch(l -> l.refunded() == l.quantity())) refundedInFull.add(ret.refund().transactionId());
            }
        }
        return new Run(outcomes, transactions, store, byMember, refundedInFull);
    }

    @Test
    void limits_hold_gift_balances_are_conserved_and_every_outcome_adds_up() {
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Run run = run(seed);
            BigDecimal giftPaid = BigDecimal.ZERO;
            Map<String, Integer> welcomeByMember = new HashMap<>();
            int budgetUses = 0;
            for (Outcome o : run.outcomes()) {
                Transaction tx = run.transactions().get(o.transactionId());
                assertThat(o.toPay().plus(o.discount()).plus(o.paidWithVouchers())).as("money of %s", tx.id())
                        .isEqualTo(tx.merchandiseTotal().plus(tx.shipping()));
                assertThat(o.toPay().isNegative()).isFalse();
                if (run.refundedInFull().contains(o.transactionId())) continue;
                for (var v : o.appliedVouchers()) {
                    if (v.campaignId().orElse("").equals("welcome")) welcomeByMember.merge(o.memberId(), 1, Integer::sum);
                    if (v.campaignId().orElse("").equals("budget")) budgetUses++;
                    if (v.campaignId().orElse("").equals("gift-card")) giftPaid = giftPaid.add(v.amount().amount());
                }
            }
            assertThat(welcomeByMember.values()).allMatch(n -> n <= 1);
            assertThat(budgetUses).isLessThanOrEqualTo(5);
            Money balance = run.store().snapshot("ana", List.of(GIFT)).status(GIFT).orElseThrow().balance().orElseThrow();
            assertThat(balance.amount()).isEqualByComparingTo(GIFT_VALUE.amount().subtract(giftPaid));
            assertThat(balance.isNegative()).isFalse();
            for (String m : MEMBERS) assertThat(run.store().snapshot(m, List.of()).usesByMember("welcome")).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void a_referral_is_paid_at_most_once_per_referee_standing() {
        Properties.check().forAll(longs().all()).checkAssert(seed -> {
            Run run = run(seed);
            MemberAccount ana = run.accounts().get("ana");
            long paid = ana.ledger().stream().filter(e -> e.source().startsWith("referral:") && e.kind() == LedgerEntry.Kind.EARNED)
                    .mapToLong(e -> e.points()).sum();
            long reversed = ana.ledger().stream().filter(e -> e.source().startsWith("referral:")
                    && (e.kind() == LedgerEntry.Kind.REVERSED || e.kind() == LedgerEntry.Kind.FORFEITED))
                    .mapToLong(e -> e.points()).sum();
            long standing = run.accounts().values().stream().filter(MemberAccount::referralPaid).filter(m -> !m.memberId().equals("ana")).count();
            assertThat(paid - reversed).isEqualTo(100 * standing);
        });
    }

    @Test
    void the_same_history_gives_the_same_outcomes_again() {
        Properties.check().withExamples(40).forAll(longs().all()).checkAssert(seed ->
                assertThat(run(seed).outcomes()).isEqualTo(run(seed).outcomes()));
    }
}
