package dev.rewards.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rewards.InvalidProgramException;
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

}
