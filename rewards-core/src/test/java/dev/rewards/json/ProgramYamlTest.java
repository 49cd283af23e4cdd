package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import org.junit.jupiter.api.Test;

/** PR2: the same program in YAML, with the same validation and paths. */
class ProgramYamlTest {

    @Test
    void a_yaml_program_is_the_same_program_as_its_json() {
        String yaml = """
                id: coffee
                version: 2
                currency: EUR
                timeZone: Europe/Amsterdam
                earnRules:
                  - {kind: spend, id: base, points: 1, per: "1.00", scope: {excludeCategories: [gift-cards]}}
                  - {kind: multiplier, id: double-beans, factor: 2, scope: {includeCategories: [beans]}}
                  - kind: multiplier
                    id: black-friday
                    factor: "3"
                    when: {from: "2026-11-27T00:00", until: "2026-11-30T00:00", days: [FRIDAY, SATURDAY]}
                  - {kind: firstPurchaseBonus, id: welcome, points: 50}
                  - {kind: basketBonus, id: big-basket, points: 25, minimumSpend: "40.00"}
                tiering:
                  metric: SPEND
                  window: CALENDAR_YEAR
                  tiers:
                    - {id: green, threshold: 0}
                    - {id: gold, threshold: "300.00", earnMultiplier: "1.5", cashbackBoost: "1", perks: [free-shipping]}
                caps: [{id: max-500, maxPoints: 500}]
                cashbackRules:
                  - {id: gold-cashback, percent: "0", percentByTier: {gold: "3"}, capPerTransaction: "5.00"}
                """;

        assertThat(RewardsJson.readProgramYaml(yaml)).isEqualTo(RewardsJson.readProgram(ProgramJsonTest.COFFEE));
    }

    @Test
    void yaml_problems_have_the_same_paths_and_malformed_yaml_names_its_line() {
        assertThatThrownBy(() -> RewardsJson.readProgramYaml("id: p\ncurrency: EUR\ntimeZone: UTC\nearnRules:\n  - {kind: spend, id: b, points: 0, per: 1}\n"))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("$.earnRules[0].points", "must be positive, was 0")));
        assertThatThrownBy(() -> RewardsJson.readProgramYaml("id: p\ncurrency: [EUR\n"))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> {
                    assertThat(e.problems().get(0).message()).startsWith("malformed YAML: ");
                    assertThat(e.problems().get(0).line()).isPositive();
                });
    }
}
