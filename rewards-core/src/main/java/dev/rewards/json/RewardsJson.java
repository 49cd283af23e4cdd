package dev.rewards.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.rewards.InvalidInputException;
import dev.rewards.InvalidProgramException;
import dev.rewards.Problem;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.store.IssuedVoucher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * JSON for programs, transactions, member states and outcomes (and YAML for programs): the same
 * model as the Java builders.
 * Reading validates everything and throws {@link InvalidProgramException} or
 * {@link InvalidInputException} listing every problem with its JSON path (and line, for malformed
 * JSON). Numbers are read exactly, never through {@code double}; amounts are written as decimal
 * strings. To put these types inside your own JSON, register {@link #module()} on your mapper.
 *
 * <p>Thread-safe.
 */
public final class RewardsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RewardsJson() {
    }

    public static Program readProgram(String json) {
        return ProgramJson.read(tree(json, InvalidProgramException::new));
    }

    /** P10: a program with the host's calendars added to its own (a calendar of the same name replaced by the host's). */
    public static Program readProgram(Path file, dev.rewards.calendar.Calendars host) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        return ProgramJson.read(yaml ? tree(YAML, read(file), InvalidProgramException::new) : tree(read(file), InvalidProgramException::new), host);
    }

    /**
     * P10: a host's calendars file, {@code {"nl-holidays": ["2027-04-27", "2027-12-24..2027-12-26"]}};
     * every problem with its path.
     */
    public static dev.rewards.calendar.Calendars readCalendars(String json) {
        List<Problem> problems = new java.util.ArrayList<>();
        JsonIn in = JsonIn.root(tree(json, InvalidProgramException::new), problems);
        if (!in.isObject("an object of calendars by name")) throw new InvalidProgramException(problems);
        dev.rewards.calendar.Calendars calendars = CalendarJson.read(in, problems);
        if (!problems.isEmpty()) throw new InvalidProgramException(problems);
        return calendars;
    }

    /** Reads a program from a file: YAML when the name ends in {@code .yaml} or {@code .yml}, JSON otherwise. */
    public static Program readProgram(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? readProgramYaml(read(file)) : readProgram(read(file));
    }

    /**
     * Reads a program written in YAML, with the same fields, the same validation and the same paths
     * in its problems as JSON. Decimals are read exactly; quote amounts ({@code "1.50"}) to keep their
     * written scale.
     */
    public static Program readProgramYaml(String yaml) {
        return ProgramJson.read(tree(YAML, yaml, InvalidProgramException::new));
    }

    /** M5: a host's exchange rate table ({@code {"currency": "EUR", "rates": {"USD": "0.9210"}}}); every problem with its path. */
    public static dev.rewards.transaction.ExchangeRates readExchangeRates(String json) {
        return ExchangeRatesJson.read(tree(json, InvalidInputException::new));
    }

    public static String write(dev.rewards.transaction.ExchangeRates rates) {
        return pretty(ExchangeRatesJson.write(rates));
    }

    public static Transaction readTransaction(String json) {
        return InputJson.readTransaction(tree(json, InvalidInputException::new));
    }

    public static MemberState readMember(String json) {
        return InputJson.readMember(tree(json, InvalidInputException::new));
    }

    /** Reads a member state from a parsed node (such as one element of an array of members). */
    public static MemberState readMember(JsonNode json) {
        return InputJson.readMember(json);
    }

    /** Reads a program from a parsed tree (JSON or YAML), such as one inlined in a scenario. */
    public static Program readProgram(JsonNode tree) {
        return ProgramJson.read(tree);
    }

    /** Parses a file into a tree: YAML when its name ends in {@code .yaml} or {@code .yml}, JSON otherwise. */
    public static JsonNode parseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? tree(YAML, read(file), InvalidInputException::new)
                : tree(read(file), InvalidInputException::new);
    }

    public static Operation readOperation(JsonNode node) {
        return OperationJson.readOperation(node);
    }

    /** Parses JSON text into a tree, or throws {@link InvalidInputException} with the line and column. */
    public static JsonNode parse(String json) {
        return tree(json, InvalidInputException::new);
    }

    public static String write(Program program) {
        return pretty(ProgramJson.write(program));
    }

    public static String write(Transaction transaction) {
        return compact(InputJson.write(transaction));
    }

    public static String write(MemberState member) {
        return compact(InputJson.write(member));
    }

    /** One line of JSON, as the command-line tool prints each outcome. */
    public static String write(Outcome outcome) {
        return compact(OutcomeJson.write(outcome));
    }

    public static JsonNode tree(Outcome outcome) {
        return OutcomeJson.write(outcome);
    }

    /** A member account as JSON: what a host stores between operations (the JDBC account store does). */
    public static String write(MemberAccount account) {
        return compact(AccountJson.write(account));
    }

    public static JsonNode tree(MemberAccount account) {
        return AccountJson.write(account);
    }

    public static MemberAccount readAccount(String json) {
        return AccountJson.read(parse(json));
    }

    public static String write(AccountEvent event) {
        return compact(AccountJson.write(event));
    }

    /** {@code {"id": "e-1", "memberId": "m-1", "at": "...", "type": "review"}}; every problem with its path. */
    public static MemberEvent readEvent(JsonNode node) {
        return AccountJson.readEvent(node);
    }

    /**
     * An issued voucher code, as a line of an issued-codes file: {@code {"code": "GIFT-7KQ2-M9XD-4",
     * "campaignId": "gift-card", "memberId": "m-1", "balance": "25.00"}} (memberId and balance optional;
     * the balance in {@code currency}); every problem with its path, unknown fields included.
     */
    public static IssuedVoucher readIssuedVoucher(JsonNode node, Currency currency) {
        return VoucherJson.readIssued(node, currency);
    }

    /** {@code {"id": "r-1", "memberId": "m-1", "transactionId": "t-1", "at": "...", "lines": {"2": 1}}}. */
    public static Refund readRefund(JsonNode node) {
        return AccountJson.readRefund(node);
    }

    /** An operation on an account, as a line of a history file: {@code {"kind": "purchase", ...}}. */
    /**
     * An amount with its currency, as the Jackson modules write it: {@code "12.50 EUR"}; read from that
     * or from {@code {"amount": "12.50", "currency": "EUR"}}.
     *
     * @throws InvalidInputException naming what is wrong
     */
    public static Money readMoney(JsonNode node) {
        String amount = node.isTextual() && node.textValue().trim().split("\\s+").length == 2 ? node.textValue().trim().split("\\s+")[0]
                : node.isObject() && node.path("amount").isValueNode() ? node.path("amount").asText() : null;
        String currency = node.isTextual() && amount != null ? node.textValue().trim().split("\\s+")[1]
                : node.isObject() ? node.path("currency").asText(null) : null;
        if (amount == null || currency == null) {
            throw new InvalidInputException(List.of(new Problem("$", "must be an amount and a currency such as \"12.50 EUR\"")));
        }
        List<Problem> problems = new java.util.ArrayList<>();
        JsonIn in = JsonIn.root(JsonNodeFactory.instance.objectNode().put("amount", amount).put("currency", currency), problems);
        java.math.BigDecimal value = in.decimal("amount");
        Currency code = in.parsed("currency", Currency::getInstance, "an ISO 4217 currency code");
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        try {
            return Money.of(value, code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(new Problem("$.amount", e.getMessage())));
        }
    }

    public static String write(Operation op) {
        return compact(OperationJson.write(op));
    }

    public static Operation readOperation(String json) {
        // the usual purchase in one pass over its tokens; anything else, or anything doubtful, the general way
        Operation purchase = PurchaseLines.read(MAPPER.getFactory(), json);
        return purchase != null ? purchase : OperationJson.readOperation(parse(json));
    }

    /** A Jackson module that lets any {@link ObjectMapper} read and write the model's types. */
    public static Module module() {
        return new RewardsModule();
    }

    static JsonNode tree(String json, Function<List<Problem>, ? extends RuntimeException> error) {
        return tree(MAPPER, json, error);
    }

    private static JsonNode tree(ObjectMapper mapper, String json, Function<List<Problem>, ? extends RuntimeException> error) {
        Objects.requireNonNull(json, "json");
        try (JsonParser parser = mapper.createParser(json)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null) throw error.apply(List.of(new Problem("$", Messages.malformedJson("no content"))));
            if (parser.nextToken() != null) {
                throw error.apply(List.of(new Problem("$", Messages.malformedJson("more content after the JSON value"),
                        parser.currentLocation().getLineNr())));
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String column = e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")";
            String what = mapper == YAML ? "malformed YAML: " : "";
            String message = what.isEmpty() ? Messages.malformedJson(e.getOriginalMessage() + column)
                    : what + firstLine(e.getOriginalMessage()) + column;
            throw error.apply(List.of(new Problem("$", message, line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any tree (an outcome, a report) as indented JSON, ending with a line break. */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
