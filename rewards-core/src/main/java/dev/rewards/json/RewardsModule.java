package dev.rewards.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.io.IOException;
import java.util.function.Function;

/**
 * Jackson support for the model, kept off the domain types: programs, transactions, member states,
 * amounts ({@code "12.50 EUR"}), member accounts and account operations read and write; outcomes write. Validation errors surface as the library's own
 * {@link dev.rewards.ValidationException}s, wrapped by Jackson where it insists. Registered as a
 * service, so {@code ObjectMapper.findAndRegisterModules()} (and Spring Boot 3's auto-configuration,
 * through a {@code Module} bean or the service) find it; {@link RewardsJson#module()} gives one too.
 */
public final class RewardsModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public RewardsModule() {
        super("rewards");
        both(Program.class, ProgramJson::write, ProgramJson::read);
        both(Transaction.class, InputJson::write, InputJson::readTransaction);
        both(MemberState.class, InputJson::write, InputJson::readMember);
        addSerializer(Outcome.class, serializer(OutcomeJson::write));
        both(Money.class, m -> JsonNodeFactory.instance.textNode(m.toString()), RewardsJson::readMoney);
        both(MemberAccount.class, AccountJson::write, AccountJson::read);
        both(Operation.class, op -> RewardsJson.parse(RewardsJson.write(op)), RewardsJson::readOperation);
    }

    private <T> void both(Class<T> type, Function<T, JsonNode> writer, Function<JsonNode, T> reader) {
        addSerializer(type, serializer(writer));
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return reader.apply(p.readValueAsTree());
            }
        });
    }

    private static <T> JsonSerializer<T> serializer(Function<T, JsonNode> writer) {
        return new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeTree(writer.apply(value));
            }
        };
    }
}
