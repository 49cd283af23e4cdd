package dev.rewards.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rewards.Problem;
import dev.rewards.ValidationException;
import dev.rewards.internal.Messages;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON node with its path and the shared list of problems. Reading a field never throws: a wrong
 * type, a bad value or an unknown field is recorded with its path and reading goes on, so one pass
 * reports everything. Required-ness and value ranges are left to the model's constructors (through
 * {@link #build}), so each rule lives in one place.
 */
final class JsonIn {
    final JsonNode node;
    final String path;
    final List<Problem> problems;

    JsonIn(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    static JsonIn root(JsonNode node, List<Problem> problems) {
        return new JsonIn(node, "$", problems);
    }

    String at(String field) {
        return path + "." + field;
    }

    void problem(String atPath, String message) {
        problems.add(new Problem(atPath, message));
    }

    boolean isObject(String what) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            problem(path, Messages.required());
            return false;
        }
        if (!node.isObject()) {
            problem(path, Messages.expected(what, typeOf(node)));
            return false;
        }
        return true;
    }

    /** Records every field not in {@code allowed}: a typo such as {@code pionts} is an error, not a silent default. */
    void allowOnly(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (!ok.contains(name)) problem(at(name), Messages.unknownField(name) + "; expected one of " + new TreeSet<>(ok));
        }
    }

    private JsonNode raw(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String field) {
        return raw(field) != null;
    }

    String string(String field) {
        JsonNode v = raw(field);
        if (v == null) return null;
        if (!v.isTextual()) {
            problem(at(field), Messages.expected("a string", typeOf(v)));
            return null;
        }
        return v.textValue();
    }

    /** Digits before the decimal point a decimal may have: amounts up to a quadrillion. */
    static final int MAX_WHOLE_DIGITS = 15;
    /** Digits after the decimal point a decimal may have. */
    static final int MAX_DECIMALS = 12;

    /**
     * A decimal written as a JSON number or a string ("1.50"); read exactly, never through double, and
     * within {@value #MAX_WHOLE_DIGITS} whole digits and {@value #MAX_DECIMALS} decimals, checked before
     * anything expands it ("1e999999999" is refused as written, in constant time and memory).
     */
    BigDecimal decimal(String field) {
        JsonNode v = raw(field);
        if (v == null) return null;
        BigDecimal d;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isTextual()) {
            try {
                d = new BigDecimal(v.textValue().trim());
            } catch (NumberFormatException e) {
                problem(at(field), Messages.badValue("a decimal number", shortText(v.textValue()), ""));
                return null;
            }
        } else {
            problem(at(field), Messages.expected("a number", typeOf(v)));
            return null;
        }
        if ((long) d.precision() - d.scale() > MAX_WHOLE_DIGITS || d.scale() > MAX_DECIMALS && d.stripTrailingZeros().scale() > MAX_DECIMALS) {
            problem(at(field), "must have at most " + MAX_WHOLE_DIGITS + " digits before the decimal point and " + MAX_DECIMALS
                    + " after it, was " + shortText(v.asText()));
            return null;
        }
        return d;
    }

    /** A number as written, cut to 30 characters for a message. */
    static String shortText(String text) {
        return text.length() > 30 ? text.substring(0, 27) + "..." : text;
    }

    /** Days of the week written as their names ("SATURDAY"); every other element is reported with its path. */
    Set<DayOfWeek> days(String field) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonIn d : array(field)) {
            if (!d.node.isTextual()) {
                d.problem(d.path, Messages.expected("a string", typeOf(d.node)));
                continue;
            }
            try {
                days.add(DayOfWeek.valueOf(d.node.textValue()));
            } catch (IllegalArgumentException e) {
                d.problem(d.path, Messages.badValue("a day such as SATURDAY", d.node.textValue(), ""));
            }
        }
        return days;
    }

    /** A whole number; {@code missing} stands in when absent (the model then judges it), null when malformed. */
    Long integer(String field, long missing) {
        return integer(field, missing, Long.MAX_VALUE);
    }

    /** true or false; {@code missing} when absent, null when not a boolean. */
    Boolean bool(String field, boolean missing) {
        JsonNode v = raw(field);
        if (v == null) return missing;
        if (v.isBoolean()) return v.booleanValue();
        problem(at(field), Messages.expected("true or false", typeOf(v)));
        return null;
    }

    /** A whole number that fits an {@code int}, such as a quantity or a count. */
    Integer count(String field, int missing) {
        Long v = integer(field, missing, Integer.MAX_VALUE);
        return v == null ? null : v.intValue();
    }

    private Long integer(String field, long missing, long max) {
        JsonNode v = raw(field);
        if (v == null) return missing;
        if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
            problem(at(field), Messages.expected("a whole number", v.isNumber() ? "'" + v.asText() + "'" : typeOf(v)));
            return null;
        }
        BigDecimal d = v.decimalValue();
        // the magnitude from precision and scale first: expanding 1e999999999 would take the heap
        if ((long) d.precision() - d.scale() > 19 || d.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            problem(at(field), Messages.tooLarge(shortText(v.asText()), max));
            return null;
        }
        return d.longValueExact();
    }

    /** Required whole number: reports "is required" itself, since a primitive cannot be left null. */
    Long requiredInteger(String field) {
        if (!has(field)) {
            problem(at(field), Messages.required());
            return null;
        }
        return integer(field, 0);
    }

    <T> T parsed(String field, Function<String, T> parser, String what) {
        String text = string(field);
        if (text == null) return null;
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            problem(at(field), Messages.badValue(what, text, e.getMessage() == null ? "" : firstLine(e.getMessage())));
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E missing) {
        String text = string(field);
        if (text == null) return has(field) ? null : missing;
        for (E e : type.getEnumConstants()) if (e.name().equals(text)) return e;
        problem(at(field), Messages.badValue("one of " + Arrays.toString(type.getEnumConstants()), text, ""));
        return null;
    }

    Set<String> strings(String field) {
        Set<String> out = new TreeSet<>();
        for (JsonIn item : array(field)) {
            if (item.node.isTextual()) out.add(item.node.textValue());
            else item.problem(item.path, Messages.expected("a string", typeOf(item.node)));
        }
        return out;
    }

    List<JsonIn> array(String field) {
        JsonNode v = raw(field);
        List<JsonIn> items = new ArrayList<>();
        if (v == null) return items;
        if (!v.isArray()) {
            problem(at(field), Messages.expected("an array", typeOf(v)));
            return items;
        }
        for (int i = 0; i < v.size(); i++) items.add(new JsonIn(v.get(i), at(field) + "[" + i + "]", problems));
        return items;
    }

    Optional<JsonIn> object(String field) {
        JsonNode v = raw(field);
        if (v == null) return Optional.empty();
        JsonIn child = new JsonIn(v, at(field), problems);
        return child.isObject("an object") ? Optional.of(child) : Optional.empty();
    }

    /**
     * Runs a model constructor; its problems are recorded under this node's path (except those on a
     * path already reported while reading, which would only repeat them), and null is returned.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                Problem located = p.path().startsWith("$") ? p : p.under(path);
                boolean repeated = problems.stream().anyMatch(q -> q.path().equals(located.path()));
                if (!repeated) problems.add(located);
            }
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(path, firstLine(String.valueOf(e.getMessage())));
            return null;
        }
    }

    static String typeOf(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "null";
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> n.getNodeType().name().toLowerCase();
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
