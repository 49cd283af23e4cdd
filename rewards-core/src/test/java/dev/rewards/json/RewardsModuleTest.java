package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rewards.InvalidProgramException;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A host's own ObjectMapper reads and writes the model once the module is registered. */
class RewardsModuleTest {
    private final ObjectMapper host = JsonMapper.builder().addModule(RewardsJson.module()).build();

    record CheckoutRequest(String basketId, Transaction transaction, MemberState member) {
    }

    @Test
    void a_host_embeds_transactions_and_members_in_its_own_json() throws Exception {
        Transaction tx = RewardsJson.readTransaction("""
                {"id": "t-1", "memberId": "m-1", "at": "2026-03-01T10:00:00Z", "currency": "EUR",
                 "lines": [{"id": "1", "sku": "mug", "categories": ["merch"], "unitPrice": "3.50", "quantity": 2}]}
                """);
        MemberState member = RewardsJson.readMember("{\"id\": \"m-1\", \"currency\": \"EUR\", \"enrolledAt\": \"2026-01-01T00:00:00Z\"}");

        String json = host.writeValueAsString(new CheckoutRequest("b-7", tx, member));
        CheckoutRequest back = host.readValue(json, CheckoutRequest.class);

        assertThat(back).isEqualTo(new CheckoutRequest("b-7", tx, member));
    }

    @Test
    void programs_read_through_the_module_are_validated_the_same_way() throws Exception {
        Program program = RewardsJson.readProgram(ProgramJsonTest.COFFEE);

        assertThat(host.readValue(host.writeValueAsString(Map.of("program", program)), ProgramHolder.class).program())
                .isEqualTo(program);
        assertThatThrownBy(() -> host.readValue("{\"program\": {\"id\": \"p\"}}", ProgramHolder.class))
                .hasRootCauseInstanceOf(InvalidProgramException.class);
    }

    record ProgramHolder(Program program) {
    }

    @Test
    void find_and_register_modules_finds_the_module_without_being_told() throws Exception {
        ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
        MemberState member = RewardsJson.readMember("{\"id\": \"m-1\", \"currency\": \"EUR\", \"enrolledAt\": \"2026-01-01T00:00:00Z\"}");

        assertThat(found.getRegisteredModuleIds()).contains("rewards");
        assertThat(found.readValue(found.writeValueAsString(member), MemberState.class)).isEqualTo(member);
    }


    record Redemption(String memberId, Money orderTotal) {
    }

    @Test
    void amounts_accounts_and_operations_travel_in_a_hosts_own_types() throws Exception {
        Redemption r = new Redemption("m-ana", Money.of("12.50", "EUR"));
        String json = host.writeValueAsString(r);
        assertThat(json).contains("\"orderTotal\":\"12.50 EUR\"");
        assertThat(host.readValue(json, Redemption.class)).isEqualTo(r);
        assertThat(host.readValue("{\"memberId\":\"m-ana\",\"orderTotal\":{\"amount\":\"12.5\",\"currency\":\"EUR\"}}", Redemption.class))
                .isEqualTo(r);
        assertThatThrownBy(() -> host.readValue("{\"memberId\":\"m-ana\",\"orderTotal\":\"12.505 EUR\"}", Redemption.class))
                .hasStackTraceContaining("more decimals");

        dev.rewards.account.MemberAccount account = RewardsJson.readAccount("{\"memberId\":\"m-ana\",\"clock\":\"2026-03-01T00:00:00Z\","
                + "\"processed\":{\"purchase:t-1\":\"2026-03-01T00:00:00Z\"}}");
        assertThat(host.readValue(host.writeValueAsString(account), dev.rewards.account.MemberAccount.class)).isEqualTo(account);
        dev.rewards.account.Operation op = RewardsJson.readOperation("{\"kind\":\"advance\",\"memberId\":\"m-ana\",\"at\":\"2027-02-15T00:00:00Z\"}");
        assertThat(host.readValue(host.writeValueAsString(op), dev.rewards.account.Operation.class)).isEqualTo(op);
    }
}
