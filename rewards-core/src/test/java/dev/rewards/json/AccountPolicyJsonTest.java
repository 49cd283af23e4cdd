package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.program.AccountPolicy;
import dev.rewards.account.Operation;
import dev.rewards.program.Program;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The {@code accounts} section and history lines in JSON: read, round trip, every mistake with its path (S2). */
class AccountPolicyJsonTest {

    @Test
    void the_bundled_account_rules_read_and_survive_a_round_trip() {
        Program p = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));

        assertThat(p.accounts().pendingDays()).isEqualTo(14);
        assertThat(p.accounts().expiry()).isEqualTo(AccountPolicy.Expiry.afterMonths(12).roundedUpTo(AccountPolicy.Expiry.RoundUp.QUARTER));
        assertThat(p.accounts().action("review")).hasValueSatisfying(a -> assertThat(a.points()).isEqualTo(25));
        assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p);
    }

    @Test
    void every_mistake_in_the_account_rules_is_reported_at_once_with_its_path() {
        String json = """
                {"id":"p","currency":"EUR","timeZone":"Europe/Amsterdam","accounts":{
                  "actions":[{"id":"r","eventType":"review","points":-5}],
                  "periodCaps":[{"id":"c","period":"FORTNIGHT","maxPoints":10}],
                  "pendingDays":-1,
                  "expiry":{"monthsAfterEarning":12,"onDate":"2026-12-31"},
                  "tierBonuses":{"platinum":100}}}""";

        assertThatThrownBy(() -> RewardsJson.readProgram(json)).isInstanceOfSatisfying(InvalidProgramException.class, e ->
                assertThat(e.problems()).extracting(Problem::toString).contains(
                        "$.accounts.actions[0].points: must be positive, was -5",
                        "$.accounts.periodCaps[0].period: is not one of [DAY, WEEK, MONTH, YEAR, LIFETIME, ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS]: 'FORTNIGHT'",
                        "$.accounts.expiry.expiry: give one of monthsAfterEarning, daysAfterEarning, onDate and yearlyOn, not several"));
    }

    @Test
    void history_lines_read_into_operations_and_back() {
        for (String line : new String[] {
                "{\"kind\":\"event\",\"id\":\"e-1\",\"memberId\":\"m\",\"at\":\"2026-01-05T08:00:00Z\",\"type\":\"signup\",\"referralCode\":\"ANA\"}",
                "{\"kind\":\"refund\",\"id\":\"r-1\",\"memberId\":\"m\",\"transactionId\":\"t-1\",\"at\":\"2026-01-05T08:00:00Z\",\"lines\":{\"1\":2}}",
                "{\"kind\":\"redeemPoints\",\"id\":\"x-1\",\"memberId\":\"m\",\"at\":\"2026-01-05T08:00:00Z\",\"points\":300,\"orderTotal\":\"12.40\",\"currency\":\"EUR\"}",
                "{\"kind\":\"redeemReward\",\"id\":\"x-2\",\"memberId\":\"m\",\"at\":\"2026-01-05T08:00:00Z\",\"rewardId\":\"mug\"}",
                "{\"kind\":\"advance\",\"memberId\":\"m\",\"at\":\"2026-01-05T08:00:00Z\"}"}) {
            Operation op = RewardsJson.readOperation(line);
            assertThat(RewardsJson.readOperation(RewardsJson.write(op))).isEqualTo(op);
        }
        assertThatThrownBy(() -> RewardsJson.readOperation("{\"kind\":\"refund\",\"memberId\":\"m\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .contains("$.id", "$.transactionId", "$.at"));
    }
}
