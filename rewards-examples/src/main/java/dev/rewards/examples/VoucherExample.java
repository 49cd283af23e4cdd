package dev.rewards.examples;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.CodeGenerator;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import dev.rewards.voucher.store.Redemption;
import dev.rewards.voucher.store.RedemptionResult;
import dev.rewards.voucher.store.VoucherStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The README's voucher example: issue a gift card, present it with a public code at checkout, redeem
 * both once the order stands, reverse on refund. The lines between the markers are the README's code
 * block, word for word; a test checks that they match and that it runs.
 */
public final class VoucherExample {
    private VoucherExample() {
    }

    public static void main(String[] args) {
        Path programFile = Path.of(args.length > 0 ? args[0] : "rewards-examples/data/brewhouse/program.json");
        CompiledProgram brewhouse = Rewards.compile(RewardsJson.readProgram(programFile));
        MemberState ana = MemberState.enrolled("m-ana", Instant.parse("2026-01-05T08:00:00Z"), Currency.getInstance("EUR"));
        // README:start
        VoucherStore store = new InMemoryVoucherStore();               // or new JdbcVoucherStore(dataSource)
        String gift = new CodeGenerator(brewhouse.program().vouchers().campaign("gift-card").orElseThrow().codes().orElseThrow())
                .generate(1).get(0);                                   // GIFT-XXXX-XXXX-XXXX-C, SecureRandom
        store.issue(List.of(IssuedVoucher.giftCard(gift, "gift-card", Money.of("25.00", "EUR"))));

        Transaction checkout = Transaction.builder("t-7", "m-ana", Instant.parse("2026-03-07T10:15:00Z"))
                .currency("EUR").line("1", "ethiopia-beans-1kg", "19.50", 1, "beans")
                .voucher("SPRING-BEANS").voucher(gift).build();
        Outcome outcome = brewhouse.evaluate(ana, checkout, store.snapshot("m-ana", checkout.vouchers()));
        System.out.println(outcome.discount() + " off, " + outcome.paidWithVouchers() + " on the gift card, "
                + outcome.toPay() + " to pay");                        // 1.95 EUR off, 17.55 EUR on the gift card, 0.00 EUR to pay

        RedemptionResult redeemed = store.redeem(Redemption.of(brewhouse.program(), outcome));   // exactly once per transaction
        System.out.println(redeemed.status() + ", gift card left: " + redeemed.balances().get(gift));   // REDEEMED, 7.45 EUR
        System.out.println(store.reverse("t-7").status());             // REVERSED: on refund, uses and balance restored
        // README:end
    }
}
