package dev.rewards.json.jackson3;

import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The same JSON as {@link dev.rewards.json.RewardsModule}, for Jackson 3 ({@code tools.jackson}, as in
 * Spring Boot 4): programs, transactions, member states, amounts ({@code "12.50 EUR"}), member
 * accounts and account operations read and write, outcomes write, in the
 * library's own format and with its validation (a bad input is the library's typed error, with its
 * path). Registered as a {@code tools.jackson.databind.JacksonModule} service, so
 * {@code JsonMapper.builder().findAndAddModules()} and Spring Boot 4 find it; or add it by hand with
 * {@code JsonMapper.builder().addModule(new RewardsJackson3Module())}. Jackson 3 is an optional
 * dependency of rewards-core: the host brings it. Thread-safe.
 */
public final class RewardsJackson3Module extends SimpleModule {
    private static final long serialVersionUID = 1L;

    public RewardsJackson3Module() {
        super("rewards");
        both(Program.class, RewardsJson::write, RewardsJson::readProgram);
        both(Transaction.class, RewardsJson::write, RewardsJson::readTransaction);
        both(MemberState.class, RewardsJson::write, RewardsJson::readMember);
        addSerializer(Outcome.class, serializer(RewardsJson::write));
        both(MemberAccount.class, RewardsJson::write, RewardsJson::readAccount);
        both(Operation.class, RewardsJson::write, RewardsJson::readOperation);
        addSerializer(Money.class, new ValueSerializer<Money>() {
            @Override
            public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
                gen.writeString(value.toString());
            }
        });
        addDeserializer(Money.class, new ValueDeserializer<Money>() {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) {
                return RewardsJson.readMoney(RewardsJson.parse(ctxt.readTree(p).toString()));
            }
        });
    }

    private <T> void both(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
        addSerializer(type, serializer(writer));
        addDeserializer(type, new ValueDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) {
                // the tree as JSON text, read by the library: one format and one validation for both Jacksons
                tools.jackson.databind.JsonNode tree = ctxt.readTree(p);
                return reader.apply(tree.toString());
            }
        });
    }

    private static <T> ValueSerializer<T> serializer(Function<T, String> writer) {
        return new ValueSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
                copy(RewardsJson.parse(writer.apply(value)), gen);
            }
        };
    }

    /** Writes a Jackson 2 tree token by token, so the host's generator formats it (pretty printing, other formats). */
    private static void copy(com.fasterxml.jackson.databind.JsonNode node, JsonGenerator gen) {
        if (node.isObject()) {
            gen.writeStartObject();
            for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field = it.next();
                gen.writeName(field.getKey());
                copy(field.getValue(), gen);
            }
            gen.writeEndObject();
        } else if (node.isArray()) {
            gen.writeStartArray();
            for (com.fasterxml.jackson.databind.JsonNode element : node) copy(element, gen);
            gen.writeEndArray();
        } else if (node.isTextual()) {
            gen.writeString(node.textValue());
        } else if (node.isBoolean()) {
            gen.writeBoolean(node.booleanValue());
        } else if (node.isIntegralNumber()) {
            gen.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            gen.writeNumber(node.decimalValue());
        } else {
            gen.writeNull();
        }
    }
}
