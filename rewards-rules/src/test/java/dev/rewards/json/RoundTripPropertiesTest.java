package dev.rewards.json;

import static dev.rewards.testing.Generators.programs;
import static dev.rewards.testing.Generators.transactions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.testing.Properties;
import org.junit.jupiter.api.Test;

/** PR2: what is written reads back equal. */
class RoundTripPropertiesTest {

    @Test
    void any_transaction_survives_a_json_round_trip() {
        Properties.check().forAll(transactions(8))
                .checkAssert(tx -> assertThat(RewardsJson.readTransaction(RewardsJson.write(tx))).isEqualTo(tx));
    }

    @Test
    void any_program_survives_a_json_round_trip_unchanged() {
        Properties.check().forAll(programs())
                .checkAssert(p -> assertThat(RewardsJson.readProgram(RewardsJson.write(p))).isEqualTo(p));
    }
}
