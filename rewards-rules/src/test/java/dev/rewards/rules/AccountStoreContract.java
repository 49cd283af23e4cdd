package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.store.AccountStore;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every account store must do; each implementation runs these. */
abstract class AccountStoreContract {
    static final Accounts ACCOUNTS = new Accounts(Rewards.compile(YearInTheLifeTest.CAFE));
    static final Instant JAN = Instant.parse("2026-01-10T08:00:00Z");

    abstract AccountStore store();

    static Transaction purchase(String id, int minute) {
        return Transaction.builder(id, "ana", JAN.plusSeconds(3600 + minute * 60L)).currency("EUR").line("1", "beans", "10.00", 1, "beans").build();
    }

    @Test
    void a_step_that_returns_another_members_account_is_refused_and_nothing_is_stored() {
        AccountStore s = store();
        MemberAccount ana = ACCOUNTS.open("ana", JAN, Optional.of("ANA"));
        MemberAccount ben = ACCOUNTS.open("ben", JAN, Optional.of("BEN"));
        s.create(ana);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.update("ana", a -> ACCOUNTS.advance(ben, JAN.plusSeconds(60))))
                .isInstanceOf(dev.rewards.InvalidInputException.class).hasMessageContaining("returned the account of 'ben'");
        assertThat(s.load("ana")).contains(ana);
    }

    @Test
    void an_account_is_created_once_and_read_back_equal() {
        AccountStore s = store();
        MemberAccount ana = ACCOUNTS.open("ana", JAN, Optional.of("ANA"));

        assertThat(s.create(ana)).isTrue();
        assertThat(s.create(ana)).isFalse();
        assertThat(s.load("ana")).contains(ana);
        assertThat(s.load("nobody")).isEmpty();
    }

    @Test
    void a_forgotten_member_is_gone_whole_the_others_are_untouched_and_the_last_account_is_returned_for_the_books() {
        AccountStore s = store();
        s.create(ACCOUNTS.open("ana", JAN, Optional.of("ANA")).withBirthday(Optional.of(java.time.MonthDay.of(5, 4))));
        s.create(ACCOUNTS.open("ben", JAN, Optional.of("BEN")));
        for (int i = 0; i < 5; i++) {
            Transaction t = purchase("t-" + i, i);
            s.update("ana", a -> ACCOUNTS.purchase(a, t));
            Transaction b = Transaction.builder("b-" + i, "ben", t.at()).currency("EUR").line("1", "beans", "10.00", 1, "beans").build();
            s.update("ben", a -> ACCOUNTS.purchase(a, b));
        }
        MemberAccount benBefore = s.load("ben").orElseThrow();
        MemberAccount anaLast = s.load("ana").orElseThrow();

        // S4
        assertThat(s.forget("ana")).contains(anaLast);

        assertThat(s.load("ana")).isEmpty();
        assertThat(s.forget("ana")).isEmpty();
        assertThat(s.load("ben")).contains(benBefore);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.update("ana", a -> ACCOUNTS.advance(a, JAN.plusSeconds(86_400))))
                .isInstanceOf(java.util.NoSuchElementException.class);
        // the id can start again from nothing
        assertThat(s.create(ACCOUNTS.open("ana", JAN.plusSeconds(86_400), Optional.empty()))).isTrue();
        assertThat(s.load("ana").orElseThrow().lifetimePurchases()).isZero();
    }

    @Test
    void a_birthday_and_a_tier_given_by_hand_are_stored_and_updated_with_the_account() {
        AccountStore s = store();
        MemberAccount ana = ACCOUNTS.open("ana", JAN, Optional.of("ANA")).withBirthday(Optional.of(java.time.MonthDay.of(2, 29)));
        s.create(ana);
        String tier = YearInTheLifeTest.CAFE.tiering().tiers().get(YearInTheLifeTest.CAFE.tiering().tiers().size() - 1).id();

        MemberAccount given = s.update("ana", a -> ACCOUNTS.assignTier(a, "vip-1", tier, JAN.plusSeconds(60),
                Optional.of(JAN.plusSeconds(86_400L * 90)), "status match")).account();

        assertThat(s.load("ana")).contains(given);
        assertThat(given.birthday()).contains(java.time.MonthDay.of(2, 29));
        assertThat(given.tierHold().orElseThrow().protectedUntil()).contains(JAN.plusSeconds(86_400L * 90));
    }

    @Test
    void parallel_purchases_for_one_member_never_lose_or_double_a_ledger_entry() throws Exception {
        AccountStore s = store();
        s.create(ACCOUNTS.open("ana", JAN, Optional.empty()));
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AccountResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Transaction tx = purchase("t-" + i, i);
                // every purchase is sent twice, as a retrying till would
                for (int copy = 0; copy < 2; copy++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return s.update("ana", a -> ACCOUNTS.purchase(a, tx));
                    }));
                }
            }
            start.countDown();
            for (Future<AccountResult> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }
        MemberAccount ana = s.load("ana").orElseThrow();
        List<LedgerEntry> earned = ana.ledger().stream().filter(e -> e.kind() == LedgerEntry.Kind.EARNED && e.group().equals("purchase")).toList();
        assertThat(earned).hasSize(n).extracting(LedgerEntry::source).doesNotHaveDuplicates();
        assertThat(earned.stream().mapToLong(LedgerEntry::points).sum()).isEqualTo(10L * n);
        assertThat(ana.badges()).as("the month's challenge, once").hasSize(1);
        assertThat(ana.lifetimePurchases()).isEqualTo(n);
    }

    @Test
    void an_update_that_changes_nothing_writes_nothing() {
        AccountStore s = store();
        s.create(ACCOUNTS.open("ana", JAN, Optional.empty()));
        MemberEvent review = MemberEvent.of("e-1", "ana", JAN.plusSeconds(60), "review");
        s.update("ana", a -> ACCOUNTS.event(a, review));

        AccountResult again = s.update("ana", a -> ACCOUNTS.event(a, review));

        assertThat(again.duplicate()).isTrue();
        assertThat(s.load("ana").orElseThrow().total(LedgerEntry.Kind.EARNED)).isEqualTo(20);
    }
}
