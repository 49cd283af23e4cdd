package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.ValidationException;
import dev.rewards.json.RewardsJson;
import org.junit.jupiter.api.Test;

/** Bad input in this session's new fields gets typed errors naming every problem and where. */
class NewInputsErrorsTest {
    @Test
    void a_member_with_an_impossible_birthday_is_refused_with_the_field() {
        assertThatThrownBy(() -> RewardsJson.readMember("""
                {"id": "ana", "enrolledAt": "2025-06-10T10:00:00Z", "currency": "EUR", "birthday": "02-30"}"""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("$.birthday").hasMessageContaining("a month and day such as 03-12");
    }

    @Test
    void a_program_with_bad_new_fields_names_each_of_them() {
        assertThatThrownBy(() -> RewardsJson.readProgram("""
                {"id": "shop", "currency": "EUR", "timeZone": "UTC",
                 "earnRules": [{"kind": "multiplier", "id": "m", "factor": "2", "when": {"occasion": {"span": "FORTNIGHT"}}}],
                 "tiering": {"metric": "SPEND", "window": "TIER_YEAR", "guaranteeMonths": -1, "tiers": [{"id": "green", "threshold": "0"}]},
                 "cashbackRules": [{"id": "c", "fixed": "-5.00"}],
                 "vouchers": {"campaigns": [{"id": "v", "automatic": true, "level": "BASKET", "benefit": {"type": "percentOff", "percent": "5"},
                   "codes": {"macLength": 13}}]},
                 "accounts": {"occasionBonuses": [{"id": "b", "occasion": "NAMEDAY", "points": 10}]}}"""))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("$.earnRules[0].when.occasion.kind")
                .hasMessageContaining("$.earnRules[0].when.occasion.span")
                .hasMessageContaining("$.tiering.guaranteeMonths")
                .hasMessageContaining("$.cashbackRules[0].fixed")
                .hasMessageContaining("$.vouchers.campaigns[0].level")
                .hasMessageContaining("$.accounts.occasionBonuses[0].occasion")
                .hasMessageContaining("macLength: must be 0 (no MAC) to 12, was 13");
    }

    @Test
    void an_assign_tier_operation_without_a_tier_or_with_a_bad_date_says_so() {
        assertThatThrownBy(() -> RewardsJson.readOperation("""
                {"kind": "assignTier", "id": "a-1", "memberId": "ana", "at": "2026-02-01T09:00:00Z", "protectedUntil": "soon", "extra": 1}"""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("$.tier").hasMessageContaining("$.protectedUntil")
                .hasMessageContaining("$.extra");
    }
}
