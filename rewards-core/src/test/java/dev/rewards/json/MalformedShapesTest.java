package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S2: whatever shape the JSON has, the answer is a typed validation error, never an NPE or a partial value. */
class MalformedShapesTest {
    private static final String HEAD = "\"id\": \"p\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"";

    @ParameterizedTest
    @ValueSource(strings = {
            "[]", "null", "42", "\"program\"", "",
            "{" + HEAD + ", \"earnRules\": {}}",
            "{" + HEAD + ", \"earnRules\": [null]}",
            "{" + HEAD + ", \"earnRules\": [42]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": 7}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"spend\", \"id\": \"b\", \"points\": \"one\", \"per\": []}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"spend\", \"id\": \"b\", \"points\": 1e400, \"per\": 1}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"spend\", \"id\": \"b\", \"points\": 99999999999999999999, \"per\": 1}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"spend\", \"id\": \"b\", \"points\": 1, \"per\": 1, \"scope\": \"beans\"}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"spend\", \"id\": \"b\", \"points\": 1, \"per\": 1, \"scope\": {\"includeCategories\": [1, null]}}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"multiplier\", \"id\": \"m\", \"factor\": 2, \"when\": {\"from\": \"tomorrow\", \"days\": [\"FUNDAY\", 3]}}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"basketBonus\", \"id\": \"bb\", \"points\": 5}]}",
            "{" + HEAD + ", \"earnRules\": [{\"kind\": \"basketBonus\", \"id\": \"bb\", \"points\": 5, \"minimumSpend\": \"1.001\"}]}",
            "{" + HEAD + ", \"tiering\": []}",
            "{" + HEAD + ", \"tiering\": {\"metric\": \"VIBES\", \"tiers\": [{\"id\": \"a\"}, null, {\"id\": \"a\", \"threshold\": -1}]}}",
            "{" + HEAD + ", \"caps\": [{\"id\": \"c\"}]}",
            "{" + HEAD + ", \"cashbackRules\": [{\"id\": \"c\", \"percentByTier\": {\"ghost\": \"x\"}}]}",
            "{" + HEAD + ", \"cashbackRules\": [{\"id\": \"c\", \"percent\": 150, \"form\": \"GOLD\"}]}",
            "{" + HEAD + ", \"customRules\": [{\"id\": \"c\", \"drl\": \"   \"}]}",
            "{" + HEAD + ", \"pointsRounding\": {\"mode\": \"UNNECESSARY\"}}",
            "{" + HEAD + ", \"version\": 0}",
            "{\"id\": \"p\", \"id\": \"q\", \"currency\": \"EUR\", \"timeZone\": \"UTC\"}",
            "{" + HEAD + "} {}"
    })
    void a_malformed_program_is_a_validation_error(String json) {
        assertThatThrownBy(() -> RewardsJson.readProgram(json)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[]", "{}",
            "{\"id\": \"t\", \"memberId\": \"m\", \"at\": \"2026-01-01T00:00:00Z\", \"currency\": \"EUR\", \"lines\": [null, 3]}",
            "{\"id\": \"t\", \"memberId\": \"m\", \"at\": \"2026-01-01T00:00:00Z\", \"currency\": \"EUR\", \"lines\": {}}",
            "{\"id\": \"t\", \"memberId\": \"m\", \"at\": \"2026-01-01T00:00:00Z\", \"currency\": \"EUR\", \"lines\": [{\"id\": \"1\", \"sku\": \"s\", \"unitPrice\": \"1\", \"quantity\": 9999999999}]}",
            "{\"id\": \"t\", \"memberId\": \"m\", \"at\": \"2026-01-01T00:00:00Z\", \"currency\": \"EUR\", \"lines\": [{\"id\": \"1\", \"sku\": \"s\", \"unitPrice\": \"1\", \"quantity\": 1}, {\"id\": \"1\", \"sku\": \"s\", \"unitPrice\": \"1\", \"quantity\": 1}]}",
            "{\"id\": \"t\", \"memberId\": \"m\", \"at\": \"2026-01-01T00:00:00Z\", \"currency\": \"EUR\", \"lines\": [], \"shipping\": \"-1\"}",
            "{\"id\": \" \", \"memberId\": \"m\", \"at\": 5, \"currency\": \"XYZ1\", \"lines\": []}"
    })
    void a_malformed_transaction_is_a_validation_error(String json) {
        assertThatThrownBy(() -> RewardsJson.readTransaction(json)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[1]",
            "{\"id\": \"m\"}",
            "{\"id\": \"m\", \"currency\": \"EUR\", \"qualifyingPurchases\": 99999999999}",
            "{\"id\": \"m\", \"currency\": \"EUR\", \"qualifyingPoints\": -1, \"enrolledAt\": \"soon\"}",
            "{\"id\": \"m\", \"currency\": \"EUR\", \"qualifyingSpend\": \"1.234\"}"
    })
    void a_malformed_member_is_a_validation_error(String json) {
        assertThatThrownBy(() -> RewardsJson.readMember(json)).isInstanceOf(ValidationException.class);
    }
}
