package dev.rewards.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.InvalidInputException;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** PR2: Jackson 3 hosts (Spring Boot 4) read and write the model in the library's own format, found as a service. */
class Jackson3ModuleTest {
    final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    record Request(MemberState member, Transaction transaction) {
    }

    @Test
    void the_module_is_found_as_a_service_and_reads_and_writes_the_librarys_json() {
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof RewardsJackson3Module);
        Transaction tx = Transaction.builder("t-1", "m-ana", Instant.parse("2026-03-07T10:15:00Z")).currency("EUR")
                .line("1", "beans", "19.50", 1, "beans").build();
        MemberState ana = MemberState.enrolled("m-ana", Instant.parse("2026-01-05T08:00:00Z"), Currency.getInstance("EUR"));

        String json = mapper.writeValueAsString(new Request(ana, tx));

        assertThat(json).contains("\"unitPrice\":\"19.50\"");
        assertThat(mapper.readValue(json, Request.class)).isEqualTo(new Request(ana, tx));
        Program program = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));
        assertThat(mapper.readValue(mapper.writeValueAsString(program), Program.class)).isEqualTo(program);
    }

    @Test
    void a_bad_transaction_is_the_librarys_typed_error_with_its_path() {
        String bad = "{\"id\": \"t-1\", \"memberId\": \"m-ana\", \"at\": \"2026-03-07T10:15:00Z\", \"currency\": \"EUR\", \"lines\": [{\"id\": \"1\","
                + " \"sku\": \"beans\", \"unitPrice\": \"-1\", \"quantity\": 1}]}";
        assertThatThrownBy(() -> mapper.readValue(bad, Transaction.class))
                .satisfies(e -> assertThat(rootCause(e)).isInstanceOf(InvalidInputException.class).hasMessageContaining("unitPrice"));
    }

    /** Jackson may wrap the library's error; the library's error is what the host sees at the bottom. */
    private static Throwable rootCause(Throwable e) {
        while (!(e instanceof InvalidInputException) && e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e;
    }

    record Redemption(String memberId, Money orderTotal) {
    }

    @Test
    void amounts_accounts_and_operations_travel_in_a_hosts_own_types() throws Exception {
        Redemption r = new Redemption("m-ana", Money.of("12.50", "EUR"));
        String json = mapper.writeValueAsString(r);
        assertThat(json).contains("\"orderTotal\":\"12.50 EUR\"");
        assertThat(mapper.readValue(json, Redemption.class)).isEqualTo(r);
        assertThat(mapper.readValue("{\"memberId\":\"m-ana\",\"orderTotal\":{\"amount\":\"12.5\",\"currency\":\"EUR\"}}", Redemption.class))
                .isEqualTo(r);
        assertThatThrownBy(() -> mapper.readValue("{\"memberId\":\"m-ana\",\"orderTotal\":\"12.505 EUR\"}", Redemption.class))
                .hasStackTraceContaining("more decimals");

        dev.rewards.account.MemberAccount account = RewardsJson.readAccount("{\"memberId\":\"m-ana\",\"clock\":\"2026-03-01T00:00:00Z\","
                + "\"processed\":{\"purchase:t-1\":\"2026-03-01T00:00:00Z\"}}");
        assertThat(mapper.readValue(mapper.writeValueAsString(account), dev.rewards.account.MemberAccount.class)).isEqualTo(account);
        dev.rewards.account.Operation op = RewardsJson.readOperation("{\"kind\":\"advance\",\"memberId\":\"m-ana\",\"at\":\"2027-02-15T00:00:00Z\"}");
        assertThat(mapper.readValue(mapper.writeValueAsString(op), dev.rewards.account.Operation.class)).isEqualTo(op);
    }
}
