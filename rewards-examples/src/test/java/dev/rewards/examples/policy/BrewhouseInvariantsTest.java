package dev.rewards.examples.policy;

import static dev.rewards.testing.Generators.lines;
import static dev.rewards.testing.Generators.members;
import static dev.rewards.testing.Generators.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.outcome.Outcome;
import dev.rewards.testing.Properties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What must hold for any basket and any member under the Brewhouse program (generated; seed printed on failure). */
class BrewhouseInvariantsTest {

    @Test
    void no_purchase_earns_more_than_the_cap_or_more_cashback_than_two_euros() {
        Properties.check().forAll(members(List.of("green", "gold")), lines(8)).checkAssert((member, lines) -> {
            Outcome o = BrewhousePolicyTest.BREWHOUSE.evaluate(member, transaction(lines));
            assertThat(o.points()).isBetween(0L, 1000L);
            assertThat(o.cashback().amount()).isBetween(BigDecimal.ZERO, new BigDecimal("2.00"));
        });
    }

    @Test
    void gift_cards_never_earn_points() {
        Properties.check().forAll(members(List.of("green", "gold")), lines(8)).checkAssert((member, lines) -> {
            Outcome o = BrewhousePolicyTest.BREWHOUSE.evaluate(member, transaction(lines));
            lines.stream().filter(l -> l.categories().equals(Set.of("gift-cards")))
                    .forEach(l -> assertThat(o.pointsOnLine(l.id())).as("line %s", l.id()).isZero());
        });
    }
}
