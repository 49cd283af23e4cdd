package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.account.AccountCodec;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.simulation.SyntheticHistory;
import dev.rewards.testing.Properties;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A4, E4: the compact binary form of an account is exact (every account of random histories, and of
 * the bundled program's synthetic members, reads back equal) and small: well under the JSON form.
 */
class AccountCodecTest {
    @Test
    void every_account_of_random_histories_reads_back_equal() {
        Properties.check().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            for (int which = 0; which < AccountPropertiesTest.ENGINES.length; which++) {
                Accounts accounts = AccountPropertiesTest.ENGINES[which];
                MemberAccount a = accounts.open("ana", AccountPropertiesTest.START, Optional.empty());
                for (Operation op : AccountPropertiesTest.history(seed, 40)) {
                    a = accounts.apply(a, op).account();
                    assertThat(AccountCodec.decode(AccountCodec.encode(a))).isEqualTo(a);
                }
            }
        });
    }

    @Test
    void a_synthetic_members_account_is_a_fraction_of_its_json() {
        SyntheticHistory h = new SyntheticHistory(SimulationTest.BREWHOUSE, 50, 5_000, 3, SimulationTest.START, Duration.ofDays(365));
        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(SimulationTest.BREWHOUSE));
        Map<String, MemberAccount> members = new HashMap<>();
        Instant last = SimulationTest.START;
        while (h.hasNext()) {
            Operation op = h.next();
            MemberAccount a = members.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            members.put(op.memberId(), accounts.apply(a, op).account());
            last = op.at();
        }
        long binary = 0;
        long json = 0;
        for (MemberAccount a : members.values()) {
            byte[] bytes = AccountCodec.encode(a);
            assertThat(AccountCodec.decode(bytes)).isEqualTo(a);
            binary += bytes.length;
            json += RewardsJson.write(a).getBytes(StandardCharsets.UTF_8).length;
        }
        assertThat(binary * 4).as("binary %d bytes against JSON %d, %d members, to %s", binary, json, members.size(), last).isLessThan(json);
    }
}
