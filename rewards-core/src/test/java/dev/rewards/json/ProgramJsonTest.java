package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.Program;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** PR2: programs load from JSON, and every problem is reported at once with its path. */
class ProgramJsonTest {

    static final String COFFEE = """
            {
              "id": "coffee", "version": 2, "currency": "EUR", "timeZone": "Europe/Amsterdam",
              "earnRules": [
                {"kind": "spend", "id": "base", "points": 1, "per": "1.00",
                 "scope": {"excludeCategories": ["gift-cards"]}},
                {"kind": "multiplier", "id": "double-beans", "factor": 2, "scope": {"includeCategories": ["beans"]}},
                {"kind": "multiplier", "id": "black-friday", "factor": "3",
                 "when": {"from": "2026-11-27T00:00", "until": "2026-11-30T00:00", "days": ["FRIDAY", "SATURDAY"]}},
                {"kind": "firstPurchaseBonus", "id": "welcome", "points": 50},
                {"kind": "basketBonus", "id": "big-basket", "points": 25, "minimumSpend": "40.00"}
              ],
              "tiering": {"metric": "SPEND", "window": "CALENDAR_YEAR", "tiers": [
                {"id": "green", "threshold": 0},
                {"id": "gold", "threshold": "300.00", "earnMultiplier": "1.5", "cashbackBoost": "1", "perks": ["free-shipping"]}
              ]},
              "caps": [{"id": "max-500", "maxPoints": 500}],
              "cashbackRules": [
                {"id": "gold-cashback", "percent": "0", "percentByTier": {"gold": "3"}, "capPerTransaction": "5.00"}
              ]
            }
            """;

    @Test
    void a_program_reads_into_the_same_model_the_builders_make() {
        Program program = RewardsJson.readProgram(COFFEE);

        assertThat(program.label()).isEqualTo("coffee v2");
        assertThat(program.ruleIds()).containsExactly("base", "double-beans", "black-friday", "welcome", "big-basket", "gold",
                "max-500", "gold-cashback");
        assertThat(program.tier("gold").orElseThrow().earnMultiplier()).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @Test
    void a_program_survives_a_round_trip_unchanged() {
        Program program = RewardsJson.readProgram(COFFEE);

        assertThat(RewardsJson.readProgram(RewardsJson.write(program))).isEqualTo(program);
    }

    @Test
    void every_problem_is_reported_at_once_with_its_path() {
        String bad = """
                {
                  "id": "coffee", "currency": "EURO", "timeZone": "Europe/Amsterdam",
                  "earnRules": [
                    {"kind": "spend", "id": "base", "points": -1, "per": "0"},
                    {"kind": "spin-the-wheel", "id": "wheel"},
                    {"kind": "multiplier", "id": "base", "factor": "0.5", "pionts": 3}
                  ],
                  "caps": [{"id": "cap", "maxPoints": 1.5}]
                }
                """;

        assertThatThrownBy(() -> RewardsJson.readProgram(bad))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.currency", "is not an ISO 4217 currency code: 'EURO'"),
                        new Problem("$.earnRules[0].points", "must be positive, was -1"),
                        new Problem("$.earnRules[0].per", "must be positive, was 0"),
                        new Problem("$.earnRules[1].kind",
                                "unknown kind 'spin-the-wheel', expected one of [spend, multiplier, firstPurchaseBonus, basketBonus, itemBonus]"),
                        new Problem("$.earnRules[2].pionts", "unknown field 'pionts'; expected one of [factor, id, kind, scope, stopHere, when]"),
                        new Problem("$.earnRules[2].factor", "must be at least 1, was 0.5"),
                        new Problem("$.caps[0].maxPoints", "must be a whole number, was '1.5'"),
                        new Problem("$.earnRules[2].id", "duplicate id 'base', already used at $.earnRules[0]")));
    }

    @Test
    void a_bad_tiering_reports_each_problem_once() {
        String bad = """
                {"id": "p", "currency": "EUR", "timeZone": "UTC",
                 "tiering": {"metric": "VIBES", "tiers": [{"id": "gold", "threshold": -1}, 7]},
                 "cashbackRules": [{"id": "gold", "percentByTier": {"gold": "3"}}]}
                """;

        assertThatThrownBy(() -> RewardsJson.readProgram(bad))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.tiering.metric", "is not one of [SPEND, POINTS, PURCHASES, BALANCE]: 'VIBES'"),
                        new Problem("$.tiering.tiers[0].threshold", "must not be negative, was -1"),
                        new Problem("$.tiering.tiers[1]", "must be a tier object, was a number"),
                        new Problem("$.cashbackRules[0].id", "duplicate id 'gold', already used at $.tiering.tiers[0]")));
    }

    @Test
    void missing_required_fields_are_named() {
        assertThatThrownBy(() -> RewardsJson.readProgram("{\"earnRules\": [{\"kind\": \"spend\"}]}"))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.earnRules[0].points", "is required"),
                        new Problem("$.id", "is required"),
                        new Problem("$.currency", "is required"),
                        new Problem("$.timeZone", "is required")));
    }

    @Test
    void malformed_json_names_the_line() {
        assertThatThrownBy(() -> RewardsJson.readProgram("{\n  \"id\": \"coffee\",\n  \"currency\": EUR\n}"))
                .isInstanceOfSatisfying(InvalidProgramException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).startsWith("malformed JSON: Unrecognized token 'EUR'");
                });
    }

    @Test
    void a_transaction_with_a_negative_price_and_quantity_names_both_fields() {
        String tx = """
                {"id": "t-1", "memberId": "m-1", "at": "2026-03-01T10:00:00Z", "currency": "EUR",
                 "lines": [{"id": "1", "sku": "mug", "unitPrice": "-3.00", "quantity": 0}]}
                """;

        assertThatThrownBy(() -> RewardsJson.readTransaction(tx))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.lines[0].unitPrice", "must not be negative, was -3.00"),
                        new Problem("$.lines[0].quantity", "must be positive, was 0")));
    }

    @Test
    void a_transaction_without_ids_or_instant_is_refused_field_by_field() {
        assertThatThrownBy(() -> RewardsJson.readTransaction("{\"currency\": \"EUR\", \"lines\": []}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.id", "is required"),
                        new Problem("$.memberId", "is required"),
                        new Problem("$.at", "is required")));
    }

    @Test
    void a_line_in_another_currency_than_its_transaction_is_refused() {
        Transaction ok = RewardsJson.readTransaction("""
                {"id": "t-1", "memberId": "m-1", "at": "2026-03-01T10:00:00Z", "currency": "EUR",
                 "lines": [{"id": "1", "sku": "mug", "categories": ["merch"], "unitPrice": 3, "quantity": 2}]}
                """);

        assertThat(ok.merchandiseTotal().toString()).isEqualTo("6.00 EUR");
        assertThat(RewardsJson.readTransaction(RewardsJson.write(ok))).isEqualTo(ok);
    }

    @Test
    void twelve_byte_numbers_that_would_take_the_heap_are_refused_as_written() {
        String tx = """
                {"id": "t-1", "memberId": "m-1", "at": "2026-03-01T10:00:00Z", "currency": "EUR",
                 "lines": [{"id": "1", "sku": "mug", "unitPrice": "1e-999999999", "quantity": 1e999999999},
                           {"id": "2", "sku": "cup", "unitPrice": "1e999999999", "quantity": 1}]}
                """;

        assertThatThrownBy(() -> RewardsJson.readTransaction(tx))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new Problem("$.lines[0].unitPrice", "must have at most 15 digits before the decimal point and 12 after it, was 1e-999999999"),
                        new Problem("$.lines[0].quantity", "must be at most 2147483647 in size, was 1E+999999999"),
                        new Problem("$.lines[1].unitPrice", "must have at most 15 digits before the decimal point and 12 after it, was 1e999999999")));
        assertThatThrownBy(() -> RewardsJson.readProgram("""
                {"id": "p", "currency": "EUR", "timeZone": "UTC",
                 "earnRules": [{"kind": "multiplier", "id": "m", "factor": 1e99999999}, {"kind": "spend", "id": "s", "points": 1, "per": "1e99999999"}]}
                """)).isInstanceOfSatisfying(InvalidProgramException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("$.earnRules[0].factor", "$.earnRules[1].per"));
    }
}
