package dev.rewards.account;

import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.PointsConversion;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a member spends from the account (P8, C1): points for money off an order, points for a catalog
 * reward, store credit at checkout. Each checks what the account holds and refuses with the shortfall;
 * the caller ({@link Accounts}) has checked ids and instants and advanced the account. Stateless apart
 * from the program; thread-safe.
 */
final class Redemptions {
    private final Program program;
    private final AccountPolicy policy;
    /** L9: the shared stock of catalogue rewards, when the host keeps one. */
    private final Optional<RewardStock> stock;

    Redemptions(Program program, Optional<RewardStock> stock) {
        this.program = program;
        this.policy = program.accounts();
        this.stock = stock;
    }

    AccountResult points(AccountWork w, String id, Instant at, long points, Money orderTotal) {
        Optional<PointsConversion> conversion = policy.conversion();
        if (conversion.isEmpty()) return w.rejectedWith(Reason.of(ReasonCode.UNKNOWN_REWARD, "the program converts no points to money"));
        PointsConversion c = conversion.get();
        Money value = c.valueOf(points);
        List<Reason> why = c.refusals(points, Optional.of(orderTotal), java.util.OptionalLong.of(w.available(at)));
        if (!why.isEmpty()) return w.rejectedWith(why.toArray(Reason[]::new));
        w.applied(Accounts.REDEMPTION + ":" + id);
        w.spend("redemption:" + id, at, points, value + " off at checkout");
        return w.result(Optional.empty(), Optional.of(value), List.of(), List.of());
    }

    AccountResult reward(AccountWork w, String id, Instant at, String rewardId) {
        Optional<AccountPolicy.CatalogReward> reward = policy.catalog().stream().filter(c -> c.id().equals(rewardId)).findFirst();
        if (reward.isEmpty()) return w.rejectedWith(Reason.of(ReasonCode.UNKNOWN_REWARD, "the catalog has no reward '" + rewardId + "'"));
        long points = reward.get().pointsFor(w.tier);
        if (w.available(at) < points) {
            return w.rejectedWith(new Reason(ReasonCode.NOT_ENOUGH_POINTS, reward.get().name() + " needs " + points + " points, "
                    + w.available(at) + " spendable", Optional.of(new Shortfall(BigDecimal.valueOf(points - w.available(at)), "points"))));
        }
        // the stock last: a unit is taken only for a redemption that is otherwise granted (once per id, a retry finds it)
        if (stock.isPresent() && stock.get().take(rewardId, id) == RewardStock.Take.OUT_OF_STOCK) {
            return w.rejectedWith(Reason.of(ReasonCode.OUT_OF_STOCK, reward.get().name() + " is out of stock"));
        }
        w.applied(Accounts.REDEMPTION + ":" + id);
        w.spend("reward:" + rewardId + ":" + id, at, points, reward.get().name());
        w.voucher(reward.get().voucherCampaign(), at, "reward " + rewardId + " (" + id + ")");
        return w.result(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** C1: store credit spent at checkout, at most the balance (confirmed cashback, less what is owed). */
    AccountResult credit(AccountWork w, String id, Instant at, Money amount) {
        List<Problem> problems = new ArrayList<>();
        if (amount == null) problems.add(new Problem("amount", "is required"));
        else if (!amount.currency().equals(program.currency())) {
            problems.add(new Problem("amount", "must be in " + program.currency().getCurrencyCode() + ", the program's currency, was " + amount));
        } else if (!amount.isPositive()) problems.add(new Problem("amount", "must be more than zero, was " + amount));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        BigDecimal held = w.credit.balance;
        if (held.compareTo(amount.amount()) < 0) {
            Money have = Money.of(held.max(BigDecimal.ZERO), program.currency());
            Money more = amount.minus(have);
            return w.rejectedWith(new Reason(ReasonCode.NOT_ENOUGH_CREDIT, "needs " + amount + " of store credit, " + have + " usable"
                    + (w.credit.pendingTotal().signum() > 0 ? " (" + Money.of(w.credit.pendingTotal(), program.currency())
                    + " more is still in its return window)" : ""), Optional.of(new Shortfall(more.amount(), program.currency().getCurrencyCode()))));
        }
        w.applied(Accounts.REDEMPTION + ":" + id);
        w.credit.spend("credit:" + id, at, amount.amount(), "spent at checkout");
        return w.result(Optional.empty(), Optional.of(amount), List.of(), List.of());
    }
}
