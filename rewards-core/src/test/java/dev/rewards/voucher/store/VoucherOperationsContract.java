package dev.rewards.voucher.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.VoucherStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** V9 (top-up, give-back, transfer, each exactly once) and S4 (forget a member): what every {@link VoucherStore} must do. */
abstract class VoucherOperationsContract extends VoucherStoreContract {
    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static Optional<Money> balance(VoucherStore s, String code) {
        return s.snapshot("anyone", List.of(code)).status(code).orElseThrow().balance();
    }

    @Test
    void a_top_up_adds_to_a_gift_card_once_per_operation_id() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-TOP", "gift", EUR_25)));

        VoucherChange first = s.topUp("top-1", "gift-top", eur("10.00"));
        VoucherChange again = s.topUp("top-1", "GIFT-TOP", eur("10.00"));

        assertThat(first.status()).isEqualTo(VoucherChange.Status.APPLIED);
        assertThat(first.amounts()).containsExactly(java.util.Map.entry("GIFT-TOP", eur("10.00")));
        assertThat(first.balances()).containsEntry("GIFT-TOP", eur("35.00"));
        assertThat(again.status()).isEqualTo(VoucherChange.Status.ALREADY_APPLIED);
        assertThat(again.amounts()).isEqualTo(first.amounts());
        assertThat(again.balances()).containsEntry("GIFT-TOP", eur("35.00"));
        assertThat(balance(s, "GIFT-TOP")).contains(eur("35.00"));
        assertThat(first.toString()).doesNotContain("GIFT-TOP");
    }

    @Test
    void a_top_up_of_an_unknown_code_a_voucher_without_balance_or_another_currency_is_refused_and_changes_nothing() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-EUR", "gift", EUR_25), IssuedVoucher.to("m-1", "WELCOME-1", "welcome")));

        assertThat(s.topUp("op-1", "NOT-ISSUED", eur("5.00")).reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_CODE);
        assertThat(s.topUp("op-1", "WELCOME-1", eur("5.00")).reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_A_GIFT_VOUCHER);
        VoucherChange dollars = s.topUp("op-1", "GIFT-EUR", Money.of("5.00", "USD"));
        assertThat(dollars.status()).isEqualTo(VoucherChange.Status.REJECTED);
        assertThat(dollars.reasons()).extracting(Reason::message).containsExactly("gift voucher ****-*UR holds EUR, not USD");
        assertThat(balance(s, "GIFT-EUR")).contains(EUR_25);
        // a refused operation records nothing: its id is free for the right one
        assertThat(s.topUp("op-1", "GIFT-EUR", eur("5.00")).status()).isEqualTo(VoucherChange.Status.APPLIED);
    }

    @Test
    void bad_arguments_are_all_named_at_once_and_an_id_reused_for_another_operation_is_refused() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-ID", "gift", EUR_25)));
        s.topUp("op-1", "GIFT-ID", eur("5.00"));

        assertThatThrownBy(() -> s.topUp(" ", "no way!", eur("0.00")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("operationId").hasMessageContaining("code").hasMessageContaining("amount");
        assertThatThrownBy(() -> s.topUp("op-1", "GIFT-ID", eur("6.00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("operation id 'op-1' was used for another operation (TOP_UP)");
        assertThatThrownBy(() -> s.transfer("op-2", "GIFT-ID", "m-1", "m-1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("toMember");
        assertThat(balance(s, "GIFT-ID")).contains(eur("30.00"));
    }

    @Test
    void top_ups_racing_are_each_applied_once() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-RACE-TOP", "gift", EUR_25)));

        List<VoucherChange> retried = race(8, i -> s.topUp("same", "GIFT-RACE-TOP", eur("10.00")));
        List<VoucherChange> distinct = race(8, i -> s.topUp("op-" + i, "GIFT-RACE-TOP", eur("1.00")));

        assertThat(retried).filteredOn(r -> r.status() == VoucherChange.Status.APPLIED).hasSize(1);
        assertThat(retried).allMatch(VoucherChange::succeeded);
        assertThat(distinct).allMatch(r -> r.status() == VoucherChange.Status.APPLIED);
        assertThat(balance(s, "GIFT-RACE-TOP")).contains(eur("43.00"));
    }

    @Test
    void a_partial_refund_gives_back_part_of_a_gift_payment_and_the_full_refund_only_the_rest() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-BACK", "gift", EUR_25)));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-BACK", "20.00")));

        VoucherChange part = s.giveBack("refund-1", "t-1", eur("8.00"));
        assertThat(part.status()).isEqualTo(VoucherChange.Status.APPLIED);
        assertThat(part.amounts().values()).containsExactly(eur("8.00"));
        assertThat(part.balances().values()).containsExactly(eur("13.00"));
        assertThat(s.giveBack("refund-1", "t-1", eur("8.00")).status()).isEqualTo(VoucherChange.Status.ALREADY_APPLIED);
        assertThat(s.giveBack("refund-2", "t-1", eur("13.00")).reasons()).extracting(Reason::message)
                .containsExactly("transaction t-1 has 12.00 EUR paid with gift vouchers left to give back, less than 13.00 EUR");
        assertThat(balance(s, "GIFT-BACK")).contains(eur("13.00"));

        assertThat(s.reverse("t-1").status()).isEqualTo(RedemptionResult.Status.REVERSED);
        assertThat(balance(s, "GIFT-BACK")).contains(EUR_25);
        assertThat(s.giveBack("refund-3", "t-1", eur("1.00")).reasons()).extracting(Reason::code).containsExactly(ReasonCode.ALREADY_REFUNDED);
        assertThat(s.giveBack("refund-4", "t-unknown", eur("1.00")).reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_PURCHASE);
    }

    @Test
    void a_give_back_fills_one_gift_card_before_the_next_and_never_above_what_each_paid() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-A", "gift", EUR_25), IssuedVoucher.giftCard("GIFT-B", "gift", EUR_25)));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-B", "5.00"), giftPayment("GIFT-A", "10.00")));

        VoucherChange back = s.giveBack("refund-1", "t-1", eur("12.00"));

        // in the store's order of codes (of tokens where it keeps keyed hashes): 10.00 then 2.00, or 5.00 then 7.00
        assertThat(new java.util.HashSet<>(back.amounts().values())).isIn(java.util.Set.of(eur("10.00"), eur("2.00")),
                java.util.Set.of(eur("5.00"), eur("7.00")));
        assertThat(balance(s, "GIFT-A").orElseThrow().plus(balance(s, "GIFT-B").orElseThrow())).isEqualTo(eur("47.00"));
        assertThat(s.giveBack("refund-2", "t-1", eur("3.00")).status()).isEqualTo(VoucherChange.Status.APPLIED);
        assertThat(balance(s, "GIFT-A")).contains(EUR_25);
        assertThat(balance(s, "GIFT-B")).contains(EUR_25);
    }

    @Test
    void an_order_evaluated_again_after_a_partial_give_back_sees_only_what_it_still_holds_on_the_gift_card() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-AGAIN", "gift", EUR_25)));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-AGAIN", "20.00")));
        s.giveBack("refund-1", "t-1", eur("8.00"));

        // the card holds 13.00; the order still holds 12.00 of it: as its own evaluation sees it, 25.00, not 33.00
        assertThat(s.snapshot("m-1", "t-1", List.of("GIFT-AGAIN")).status("GIFT-AGAIN").orElseThrow().balance()).contains(EUR_25);
        assertThat(s.usesHeldBy("t-1")).singleElement().satisfies(u -> assertThat(u.debit()).contains(eur("12.00")));
        s.giveBack("refund-2", "t-1", eur("12.00"));
        assertThat(s.snapshot("m-1", "t-1", List.of("GIFT-AGAIN")).status("GIFT-AGAIN").orElseThrow().balance()).contains(EUR_25);
    }

    @Test
    void give_backs_racing_never_put_back_more_than_was_paid() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.giftCard("GIFT-RACE-BACK", "gift", EUR_25)));
        s.redeem(redeem("t-1", "m-1", giftPayment("GIFT-RACE-BACK", "20.00")));

        List<VoucherChange> results = race(10, i -> s.giveBack("refund-" + i, "t-1", eur("3.00")));

        assertThat(results).filteredOn(r -> r.status() == VoucherChange.Status.APPLIED).hasSize(6);
        assertThat(results).filteredOn(r -> r.status() == VoucherChange.Status.REJECTED).hasSize(4)
                .allSatisfy(r -> assertThat(r.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOTHING_LEFT));
        assertThat(balance(s, "GIFT-RACE-BACK")).contains(eur("23.00"));
        s.reverse("t-1");
        assertThat(balance(s, "GIFT-RACE-BACK")).contains(EUR_25);
    }

    @Test
    void a_member_bound_voucher_passes_to_another_member_once() {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.to("m-1", "GIFTED-1", "welcome"), IssuedVoucher.bearer("BEARER-1", "welcome")));

        VoucherChange moved = s.transfer("move-1", "GIFTED-1", "m-1", "m-2");

        assertThat(moved.status()).isEqualTo(VoucherChange.Status.APPLIED);
        assertThat(moved.issuedTo()).contains("m-2");
        assertThat(s.transfer("move-1", "GIFTED-1", "m-1", "m-2").status()).isEqualTo(VoucherChange.Status.ALREADY_APPLIED);
        assertThat(s.snapshot("m-2", List.of("GIFTED-1")).status("GIFTED-1").flatMap(VoucherStatus::issuedTo)).contains("m-2");
        assertThat(s.transfer("move-2", "GIFTED-1", "m-1", "m-3").reasons()).extracting(Reason::message)
                .containsExactly("code ******-1 is not m-1's to pass on");
        assertThat(s.transfer("move-3", "BEARER-1", "m-1", "m-3").reasons()).extracting(Reason::message)
                .containsExactly("code ******-1 is not bound to a member");
        assertThat(s.transfer("move-4", "NOT-ISSUED", "m-1", "m-3").reasons()).extracting(Reason::code).containsExactly(ReasonCode.UNKNOWN_CODE);
    }

    @Test
    void transfers_racing_to_different_members_move_the_voucher_once() throws Exception {
        VoucherStore s = store();
        s.issue(List.of(IssuedVoucher.to("m-0", "CONTESTED-1", "welcome")));

        List<VoucherChange> results = race(8, i -> s.transfer("move-" + i, "CONTESTED-1", "m-0", "m-" + (i + 1)));

        List<VoucherChange> applied = results.stream().filter(r -> r.status() == VoucherChange.Status.APPLIED).toList();
        assertThat(applied).hasSize(1);
        assertThat(s.snapshot("x", List.of("CONTESTED-1")).status("CONTESTED-1").flatMap(VoucherStatus::issuedTo))
                .isEqualTo(applied.get(0).issuedTo());
    }

    @Test
    void forgetting_a_member_leaves_no_trace_of_the_id_and_changes_no_counter() {
        VoucherStore s = store();
        CampaignBudget budget = CampaignBudget.redemptions(10);
        s.issue(List.of(IssuedVoucher.to("m-1", "MINE-1", "welcome"), IssuedVoucher.to("m-2", "THEIRS-1", "welcome"),
                IssuedVoucher.to("m-2", "PASSED-1", "welcome")));
        s.redeem(redeem("t-1", "m-1", singleUse("MINE-1", "welcome"), publicCodeOncePerMember("SPRING-1"), budgeted("launch", budget, "2.00")));
        s.redeem(redeem("t-2", "m-2", publicCodeOncePerMember("SPRING-1")));
        s.transfer("move-1", "PASSED-1", "m-2", "m-1");
        var othersBefore = s.snapshot("m-2", List.of("THEIRS-1", "SPRING-1"));
        var usageBefore = s.campaignUsage("launch");

        long changed = s.forget("m-1");

        assertThat(changed).isPositive();
        VoucherStatus mine = s.snapshot("m-1", List.of("MINE-1")).status("MINE-1").orElseThrow();
        assertThat(mine.issuedTo()).hasValueSatisfying(holder -> assertThat(holder).startsWith("forgotten-"));
        assertThat(mine.uses()).isEqualTo(1);
        assertThat(s.snapshot("m-1", List.of("PASSED-1")).status("PASSED-1").orElseThrow().issuedTo()).isEqualTo(mine.issuedTo());
        assertThat(s.snapshot("m-1", List.of()).usesByMember("spring")).isZero();
        assertThat(s.snapshot("m-2", List.of("THEIRS-1", "SPRING-1"))).isEqualTo(othersBefore);
        assertThat(s.campaignUsage("launch")).isEqualTo(usageBefore);
        assertThat(s.issuedCount("welcome")).isEqualTo(3);
        assertThat(s.forget("m-1")).isZero();
        // a refund of the forgotten member's order still reverses it
        assertThat(s.reverse("t-1").status()).isEqualTo(RedemptionResult.Status.REVERSED);
        assertThat(s.campaignUsage("launch").redemptions()).isZero();
    }

    @Test
    void a_trigger_issues_its_voucher_once_even_when_racing_and_figures_count_each_channel() throws Exception {
        VoucherStore s = store();
        List<IssueResult> results = race(8, n -> s.issueOnce("gold:ana", IssuedVoucher.to("ana", "GOLD-000" + n, "gold-welcome").via("email")));
        List<IssueResult> issued = results.stream().filter(r -> r.status() == IssueResult.Status.ISSUED).toList();
        assertThat(issued).hasSize(1);
        assertThat(s.issuedCount("gold-welcome")).isEqualTo(1);
        String code = issued.get(0).code();
        assertThat(s.snapshot("ana", List.of(code)).status(code).flatMap(VoucherStatus::issuedTo)).contains("ana");

        s.issueOnce("gold:ben", IssuedVoucher.to("ben", "GOLD-BEN1", "gold-welcome").via("sms"));
        s.issueOnce("gold:cas", IssuedVoucher.to("cas", "GOLD-CAS1", "gold-welcome").via("sms"));
        s.issue(List.of(IssuedVoucher.to("dan", "GOLD-DAN1", "gold-welcome")));
        s.redeem(redeem("t-1", "ben", singleUse("GOLD-BEN1", "gold-welcome")));
        assertThatThrownBy(() -> s.issueOnce("gold:eve", IssuedVoucher.to("eve", "GOLD-BEN1", "gold-welcome")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is already issued");
        assertThat(s.issueOnce("gold:eve", IssuedVoucher.to("eve", "GOLD-EVE1", "gold-welcome")).status()).isEqualTo(IssueResult.Status.ISSUED);

        assertThat(s.channels("gold-welcome")).containsExactly(java.util.Map.entry("(none)", new ChannelFigures(2, 0)),
                java.util.Map.entry("email", new ChannelFigures(1, 0)), java.util.Map.entry("sms", new ChannelFigures(2, 1)));
        assertThat(s.channels("gold-welcome").get("sms").redemptionPercent()).isEqualByComparingTo("50.0");
        assertThatThrownBy(() -> IssuedVoucher.to("ana", "GOLD-X1", "gold-welcome").via("E-Mail!"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("channel");
    }
}
