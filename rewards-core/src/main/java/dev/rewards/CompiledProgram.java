package dev.rewards;

import dev.rewards.money.CurrencyMismatchException;
import dev.rewards.transaction.ExchangeRates;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.store.VoucherStore;

/**
 * A program made ready to decide, once; then shared by every thread. {@link #evaluate} is a pure
 * function of the program, the member's state and the transaction: it reads no clock, no database and
 * no global state, and changes nothing. The same inputs give the same outcome, in the same order.
 *
 * <p>Immutable and thread-safe.
 */
public interface CompiledProgram {

    /** The program this was compiled from. */
    Program program();

    /**
     * Decides what the member earns from the transaction.
     *
     * @throws CurrencyMismatchException if the transaction or member state is in
     *     another currency than the program
     * @throws InvalidInputException if the member's tier is not one of the program's, or the
     *     transaction is for another member
     */
    Outcome evaluate(MemberState member, Transaction transaction);

    /**
     * Decides what the member earns and which vouchers apply (V4, V7): the codes the transaction
     * presents are resolved against the program's campaigns and the store's {@code vouchers} snapshot
     * (take it with {@link VoucherStore#snapshot}); automatic promotions are
     * tried on every transaction. Nothing is redeemed: that is the store's job once the order stands.
     */
    Outcome evaluate(MemberState member, Transaction transaction, VoucherSnapshot vouchers);

    /**
     * M5: decides a basket in any currency the host's {@code rates} hold: converted into the program's
     * currency first ({@link ExchangeRates#convert}), then decided as a basket in that currency, and the
     * outcome records the rate and the rounding. A basket already in the program's currency is decided
     * as it is.
     *
     * @throws InvalidInputException if the table has no rate for the basket's currency
     * @throws CurrencyMismatchException if the table converts into another currency than the program's
     */
    default Outcome evaluate(MemberState member, Transaction transaction, VoucherSnapshot vouchers, ExchangeRates rates) {
        if (!rates.target().equals(program().currency())) {
            throw new CurrencyMismatchException(program().currency(), rates.target(), "the exchange rate table");
        }
        ExchangeRates.Converted c = rates.convert(transaction);
        Outcome o = evaluate(member, c.transaction(), vouchers);
        return c.conversion().map(o::withConversion).orElse(o);
    }
}
