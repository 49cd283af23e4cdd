package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.reason.Shortfall;
import dev.rewards.outcome.TierStatus;
import dev.rewards.program.Tier;
import dev.rewards.program.Tiering;
import dev.rewards.rules.internal.kind.Basket;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Java partner of tiers.drl (T1, T2, T4): the tier the member holds after this transaction and
 * the distance to the next, with the tier arithmetic of {@link Tiering} that member accounts use too.
 */
final class TierSettlement {
    private TierSettlement() {
    }

    static TierStatus settle(Basket basket, long points, Money earned) {
        Tiering tiering = basket.program().tiering();
        BigDecimal before = Basket.qualifyingTotal(tiering, basket.member());
        BigDecimal after = basket.enrolled() ? before.add(tiering.metric().of(earned.amount(), points, 1)) : before;
        Optional<Tier> held = basket.tierBefore();
        int beforeRank = held.map(t -> tiering.rank(t.id())).orElse(-1);
        int afterRank = Math.max(beforeRank, tiering.highestReached(after));
        Optional<String> afterId = afterRank < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(afterRank).id());
        Optional<Tier> next = tiering.above(afterRank);
        Optional<Shortfall> distance = next.map(t -> new Shortfall(Tiering.remaining(t, after), tiering.metric().unit(basket.currency())));
        Optional<Tiering.Renewal> renewal = afterRank < 0 || !basket.enrolled() ? Optional.empty()
                : tiering.renewal(tiering.tiers().get(afterRank), after, basket.transaction().at().atZone(basket.program().timeZone()));
        String unit = tiering.metric().unit(basket.currency());
        return new TierStatus(held.map(Tier::id), afterId, afterRank > beforeRank, tiering.metric(), after, next.map(Tier::id), distance,
                renewal.map(r -> new Shortfall(r.missing(), unit)), renewal.map(Tiering.Renewal::by));
    }
}
