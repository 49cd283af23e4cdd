package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidProgramException;
import org.junit.jupiter.api.Test;

/**
 * Hostile values in the fields issue 18 added (P10 calendars, E6 partner funding and scopes, E7
 * invitation-only tiers, tenure years, renewal bonuses, category challenges, V8 voucher campaigns):
 * every problem named at its path, all at once, nothing thrown but the validation error.
 */
class PlatformFieldsErrorsTest {
    @Test
    void every_bad_new_field_is_named_at_its_path_at_once() {
        String program = """
                {"id": "s", "currency": "EUR", "timeZone": "UTC",
                 "earnRules": [{"kind": "spend", "id": "base", "points": 1, "per": "1.00", "scope": {"partners": "shell"},
                                "when": {"calendar": 7}}],
                 "tiering": {"metric": "SPEND", "tiers": [{"id": "gold", "threshold": "100"}, {"id": "vip", "invitationOnly": "yes"}]},
                 "calendars": {"holidays": "2027-01-01", "peak": ["2027-13-40", 5]},
                 "partnerFunding": {"base": "abc", "nothing": "50"},
                 "accounts": {"tierRenewalBonuses": {"gold": "lots"},
                              "occasionBonuses": [{"id": "t", "occasion": "ENROLMENT_ANNIVERSARY", "points": 5, "years": 0}],
                              "challenges": [{"id": "c", "action": "distinct-categories", "count": 3, "period": "MONTH", "badge": "b",
                                              "categories": ["a", "b"], "voucherCampaign": "missing"}],
                              "milestones": [{"id": "m", "counting": "PURCHASES", "count": 2, "voucherCampaign": "missing"}]}}
                """;
        assertThatThrownBy(() -> RewardsJson.readProgram(program))
                .isInstanceOf(InvalidProgramException.class)
                .hasMessageContaining("$.earnRules[0].scope.partners")
                .hasMessageContaining("$.earnRules[0].when.calendar")
                .hasMessageContaining("$.tiering.tiers[1].invitationOnly")
                .hasMessageContaining("$.calendars.holidays: expected an array of days")
                .hasMessageContaining("$.calendars.peak[0]: expected a day such as 2027-04-27")
                .hasMessageContaining("$.calendars.peak[1]")
                .hasMessageContaining("$.partnerFunding.base")
                .hasMessageContaining("$.accounts.tierRenewalBonuses.gold")
                .hasMessageContaining("$.accounts.occasionBonuses[0].years")
                .hasMessageContaining("asks for 3 distinct categories among only 2");
    }
}
