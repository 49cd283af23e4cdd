package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy.NegativeBalance;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E5: adjustments by hand ({@link Operation.Adjust}) carried out on an account already moved to the
 * adjustment's instant. Every refusal is reported at once; a refused adjustment changes nothing but
 * the account's clock. Stateless.
 */
final class Adjustments {
    private Adjustments() {
    }

    static AccountResult apply(AccountWork w, Operation.Adjust a) {
        Optional<Money> credit = a.credit();
        if (credit.isPresent() && !credit.get().currency().equals(w.program().currency())) {
            throw new InvalidInputException(List.of(new Problem("credit", "must be in " + w.program().currency().getCurrencyCode()
                    + ", the program's currency, was " + credit.get())));
        }
        if (w.from.enrolledAt().isEmpty() || a.at().isBefore(w.from.enrolledAt().get())) {
            return w.rejectedWith(Reason.of(ReasonCode.NOT_A_MEMBER, "the member was not enrolled at " + a.at() + ": only members' accounts are adjusted"));
        }
        boolean forfeit = w.program().accounts().negativeBalance() == NegativeBalance.FORFEIT;
        List<Reason> why = new ArrayList<>();
        long held = w.available(a.at());
        if (forfeit && a.points() < 0 && -a.points() > held) {
            why.add(new Reason(ReasonCode.NOT_ENOUGH_POINTS, "a debit of " + -a.points() + " points, " + Math.max(held, 0)
                    + " spendable, and the program does not let a balance go below zero (negativeBalance FORFEIT)",
                    Optional.of(new Shortfall(BigDecimal.valueOf(-a.points() - Math.max(held, 0)), "points"))));
        }
        BigDecimal balance = w.credit.balance.max(BigDecimal.ZERO);
        if (forfeit && credit.isPresent() && credit.get().amount().signum() < 0 && credit.get().amount().negate().compareTo(balance) > 0) {
            Money shortBy = Money.of(credit.get().amount().negate().subtract(balance), w.program().currency());
            why.add(new Reason(ReasonCode.NOT_ENOUGH_CREDIT, "a debit of " + Money.of(credit.get().amount().negate(), w.program().currency()) + " store credit, "
                    + Money.of(balance, w.program().currency()) + " usable, and the program does not let a balance go below zero"
                    + " (negativeBalance FORFEIT)", Optional.of(new Shortfall(shortBy.amount(), shortBy.currency().getCurrencyCode()))));
        }
        if (!why.isEmpty()) return w.rejectedWith(why.toArray(Reason[]::new));
        w.applied(Accounts.ADJUSTMENT + ":" + a.id());
        String source = Accounts.ADJUSTMENT + ":" + a.id();
        String by = "by " + a.actor() + ": " + a.reason();
        w.adjust(source, a.at(), a.points(), by);
        credit.ifPresent(c -> w.credit.adjust(source, a.at(), c.amount(), by));
        return w.result(Optional.empty(), credit, List.of(), List.of());
    }
}
