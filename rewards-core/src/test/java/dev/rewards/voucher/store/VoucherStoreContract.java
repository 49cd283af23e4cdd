package dev.rewards.voucher.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.money.Money;
import dev.rewards.reason.ReasonCode;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.rewards.reason.Reason;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import org.junit.jupiter.api.Test;

/** V3, V6: what every {@link VoucherStore} must do; each implementation runs these. */
abstract class VoucherStoreContract {
    static final Money EUR_25 = Money.of("25.00", "EUR");

    abstract VoucherStore store();

    static Redemption.Use singleUse(String code, String campaign) {
        return new Redemption.Use(Optional.of(code), campaign, true, OptionalInt.of(1), OptionalInt.empty(), Optional.empty());
    }

    static Redemption.Use giftPayment(String code, String amount) {
        return new Redemption.Use(Optional.of(code), "gift", true, OptionalInt.empty(), OptionalInt.empty(),
                Optional.of(Money.of(amount, "EUR")));
    }

    static Redemption.Use publicCodeOncePerMember(String code) {
        return new Redemption.Use(Optional.of(code), "spring", false, OptionalInt.empty(), OptionalInt.of(1), Optional.empty());
    }

    /** D8: an automatic promotion's use counted against its campaign's budget. */
    static Redemption.Use budgeted(String campaign, CampaignBudget budget, String discount) {
        return new Redemption.Use(Optional.empty(), campaign, false, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.of(budget), Optional.of(Money.of(discount, "EUR")));
    }

    static Redemption redeem(String tx, String member, Redemption.Use... uses) {
        return new Redemption(tx, member, List.of(uses));
    }

    @Test
    void issued_codes_show_in_the_snapshot_with_their_member_and_balance() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.to("m-1", "WELCOME-AAAA", "welcome"), IssuedVoucher.giftCard("GIFT-BBBB", "gift", EUR_25)));

        VoucherSnapshot snap = s.snapshot("m-1", List.of("welcome-aaaa", "GIFT-BBBB", "NOT-ISSUED"));

        assertThat(snap.status("WELCOME-AAAA")).contains(new VoucherStatus("WELCOME-AAAA", Optional.of("welcome"), Optional.of("m-1"), 0, Optional.empty()));
        assertThat(snap.status("GIFT-BBBB").orElseThrow().balance()).contains(EUR_25);
        assertThat(snap.status("NOT-ISSUED")).isEmpty();
        assertThat(s.issuedCount("welcome")).isEqualTo(1);
        assertThat(s.exists("gift-bbbb")).isTrue();
    }

    @Test
    void a_batch_with_a_code_already_issued_is_refused_whole_and_the_message_masks_the_code() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.bearer("DUPL-1234", "c")));

        assertThatThrownBy(() -> s.issue(List.of(IssuedVoucher.bearer("FRESH-5678", "c"), IssuedVoucher.bearer("DUPL-1234", "c"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("[1].code: code ****-**34 is already issued")
                .hasMessageNotContaining("DUPL-1234");
        assertThat(s.exists("FRESH-5678")).isFalse();
    }

    @Test
    void a_single_use_code_is_redeemed_once_and_then_refused() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.bearer("ONCE-1", "once")));

        assertThat(s.redeem(redeem("t-1", "m-1", singleUse("ONCE-1", "once"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
        RedemptionResult second = s.redeem(redeem("t-2", "m-2", singleUse("ONCE-1", "once")));

        assertThat(second.status()).isEqualTo(RedemptionResult.Status.REJECTED);
        assertThat(second.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.CODE_USED_UP);
        assertThat(s.snapshot("m-1", List.of("ONCE-1")).status("ONCE-1").orElseThrow().uses()).isEqualTo(1);
    }

    @Test
    void the_same_transaction_redeeming_twice_changes_nothing_and_returns_the_first_result() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-1", "gift", EUR_25)));
        RedemptionResult first = s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-1", "10.00")));

        RedemptionResult again = s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-1", "10.00")));

        assertThat(again.status()).isEqualTo(RedemptionResult.Status.ALREADY_REDEEMED);
        assertThat(again.uses()).isEqualTo(first.uses());
        assertThat(again.balances()).isEqualTo(first.balances()).containsEntry("GIFT-1", Money.of("15.00", "EUR"));
        assertThat(s.snapshot("m-1", List.of("GIFT-1")).status("GIFT-1").orElseThrow().balance()).contains(Money.of("15.00", "EUR"));
    }

    @Test
    void a_transaction_that_holds_uses_sees_them_as_its_own_when_it_is_evaluated_again() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-4", "gift", EUR_25), IssuedVoucher.to("m-1", "ONCE-4", "once")));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-4", "10.00"), singleUse("ONCE-4", "once"), publicCodeOncePerMember("SPRING-4")));

        VoucherSnapshot own = s.snapshot("m-1", "t-1", List.of("GIFT-4", "ONCE-4", "SPRING-4"));
        VoucherSnapshot other = s.snapshot("m-1", "t-2", List.of("GIFT-4", "ONCE-4", "SPRING-4"));

        assertThat(own.status("ONCE-4").orElseThrow().uses()).isZero();
        assertThat(own.status("GIFT-4").orElseThrow().balance()).contains(EUR_25);
        assertThat(own.usesByMember("spring")).isZero();
        assertThat(other.status("ONCE-4").orElseThrow().uses()).isEqualTo(1);
        assertThat(other.status("GIFT-4").orElseThrow().balance()).contains(Money.of("15.00", "EUR"));
        assertThat(other.usesByMember("spring")).isEqualTo(1);
        s.reverse("t-1");
        assertThat(s.usesHeldBy("t-1")).isEmpty();
        assertThat(s.snapshot("m-1", "t-1", List.of("ONCE-4")).status("ONCE-4").orElseThrow().uses()).isZero();
    }

    @Test
    void a_gift_voucher_cannot_pay_more_than_its_balance() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-2", "gift", EUR_25)));

        RedemptionResult r = s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-2", "25.01")));

        assertThat(r.status()).isEqualTo(RedemptionResult.Status.REJECTED);
        assertThat(r.reasons()).extracting(x -> x.code()).containsExactly(ReasonCode.BALANCE_EMPTY);
        assertThat(s.snapshot("m-1", List.of("GIFT-2")).status("GIFT-2").orElseThrow().balance()).contains(EUR_25);
    }

    @Test
    void a_refund_reverses_the_redemption_once_and_restores_the_gift_balance() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-3", "gift", EUR_25), IssuedVoucher.bearer("ONCE-3", "once")));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-3", "20.00"), singleUse("ONCE-3", "once")));

        RedemptionResult reversed = s.reverse("t-1");

        assertThat(reversed.status()).isEqualTo(RedemptionResult.Status.REVERSED);
        // by code, or by token where the store keeps codes as keyed hashes (S3)
        assertThat(reversed.balances()).containsOnlyKeys(reversed.uses().stream().filter(u -> u.debit().isPresent())
                .map(u -> u.code().orElseThrow()).toList()).containsValue(EUR_25);
        assertThat(s.snapshot("m-1", List.of("ONCE-3")).status("ONCE-3").orElseThrow().uses()).isZero();
        assertThat(s.reverse("t-1").status()).isEqualTo(RedemptionResult.Status.ALREADY_REVERSED);
        assertThat(s.snapshot("m-1", List.of("GIFT-3")).status("GIFT-3").orElseThrow().balance()).contains(EUR_25);
        assertThat(s.reverse("t-unknown").status()).isEqualTo(RedemptionResult.Status.NOT_FOUND);
        assertThat(s.redeem(redeem("t-2", "m-2", singleUse("ONCE-3", "once"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
    }

    @Test
    void a_public_code_once_per_member_counts_each_member_apart() {
        VoucherStore s = store();

        assertThat(s.redeem(redeem("t-1", "m-1", publicCodeOncePerMember("SPRING"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
        assertThat(s.redeem(redeem("t-2", "m-2", publicCodeOncePerMember("SPRING"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
        RedemptionResult again = s.redeem(redeem("t-3", "m-1", publicCodeOncePerMember("SPRING")));

        assertThat(again.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.MEMBER_LIMIT_REACHED);
        VoucherSnapshot snap = s.snapshot("m-1", List.of("SPRING"));
        assertThat(snap.usesByMember("spring")).isEqualTo(1);
        assertThat(snap.status("SPRING").orElseThrow().campaignId()).isEmpty();
        assertThat(snap.status("SPRING").orElseThrow().uses()).isEqualTo(2);
    }

    @Test
    void many_checkouts_racing_for_one_single_use_code_redeem_it_exactly_once() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.bearer("RACE-1", "once")));
        List<RedemptionResult> results = race(16, i -> s.redeem(redeem("t-" + i, "m-" + i, singleUse("RACE-1", "once"))));

        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REDEEMED).hasSize(1);
        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REJECTED).hasSize(15);
        assertThat(s.snapshot("m-1", List.of("RACE-1")).status("RACE-1").orElseThrow().uses()).isEqualTo(1);
    }

    @Test
    void one_transaction_retried_from_many_threads_is_redeemed_once() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-RACE", "gift", EUR_25)));
        List<RedemptionResult> results = race(12, i -> s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-RACE", "5.00"))));

        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REDEEMED).hasSize(1);
        assertThat(results).allMatch(RedemptionResult::succeeded);
        assertThat(s.snapshot("m-1", List.of("GIFT-RACE")).status("GIFT-RACE").orElseThrow().balance()).contains(Money.of("20.00", "EUR"));
    }

    @Test
    void a_campaign_budget_of_five_redemptions_racing_sixteen_checkouts_is_redeemed_exactly_five_times() throws Exception {
        VoucherStore s = store();
        CampaignBudget five = CampaignBudget.redemptions(5);
        List<RedemptionResult> results = race(16, i -> s.redeem(redeem("t-" + i, "m-" + i, budgeted("launch", five, "2.00"))));

        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REDEEMED).hasSize(5);
        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REJECTED).hasSize(11)
                .allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::message).containsExactly("campaign launch has been redeemed 5 of 5 times"));
        assertThat(s.campaignUsage("launch")).isEqualTo(new CampaignUsage("launch", 5, Optional.of(Money.of("10.00", "EUR"))));
        assertThat(s.snapshot("m-99", List.of()).usage("launch").redemptions()).isEqualTo(5);
    }

    @Test
    void a_money_budget_is_never_overspent_under_concurrency_and_a_refund_gives_its_share_back() throws Exception {
        VoucherStore s = store();
        CampaignBudget fifty = CampaignBudget.of(Money.of("50.00", "EUR"));
        List<RedemptionResult> results = race(16, i -> s.redeem(redeem("t-" + i, "m-" + i, budgeted("spring", fifty, "7.00"))));

        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REDEEMED).hasSize(7);
        assertThat(results).filteredOn(r -> r.status() == RedemptionResult.Status.REJECTED)
                .allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::message)
                        .containsExactly("campaign spring has given 49.00 EUR of its 50.00 EUR budget; 7.00 EUR more does not fit"));
        assertThat(fifty.remaining(s.campaignUsage("spring"))).contains(Money.of("1.00", "EUR"));

        String redeemed = results.stream().filter(r -> r.status() == RedemptionResult.Status.REDEEMED).findFirst().orElseThrow().transactionId();
        assertThat(s.reverse(redeemed).status()).isEqualTo(RedemptionResult.Status.REVERSED);
        assertThat(s.reverse(redeemed).status()).isEqualTo(RedemptionResult.Status.ALREADY_REVERSED);
        assertThat(s.campaignUsage("spring")).isEqualTo(new CampaignUsage("spring", 6, Optional.of(Money.of("42.00", "EUR"))));
        assertThat(s.redeem(redeem("t-late", "m-late", budgeted("spring", fifty, "8.00"))).status()).isEqualTo(RedemptionResult.Status.REDEEMED);
        assertThat(fifty.remaining(s.campaignUsage("spring"))).contains(Money.zero(java.util.Currency.getInstance("EUR")));
    }

    @Test
    void an_order_evaluated_again_does_not_count_its_own_budget_use_against_itself() {
        VoucherStore s = store();
        CampaignBudget one = CampaignBudget.of(Money.of("5.00", "EUR"), 1);
        s.redeem(redeem("t-1", "m-1", budgeted("solo", one, "5.00")));

        assertThat(s.snapshot("m-1", "t-1", List.of()).usage("solo").redemptions()).isZero();
        assertThat(s.snapshot("m-1", "t-2", List.of()).usage("solo").redemptions()).isEqualTo(1);
        assertThat(s.usesHeldBy("t-1")).singleElement().satisfies(u -> {
            assertThat(u.budget()).contains(one);
            assertThat(u.discount()).contains(Money.of("5.00", "EUR"));
        });
        assertThat(s.campaignUsage("unknown")).isEqualTo(CampaignUsage.none("unknown"));
    }

    interface Attempt<T> {
        T run(int i) throws Exception;
    }

    /** Runs {@code attempt} on {@code threads} threads released at once; their results in thread order. */
    static <T> List<T> race(int threads, Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<T> task = () -> {
                    start.await();
                    return attempt.run(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
