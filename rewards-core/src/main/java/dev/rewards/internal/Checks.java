package dev.rewards.internal;

import dev.rewards.Problem;
import dev.rewards.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects every problem of one value before it throws, so that a caller sees them all at once.
 * Used by the compact constructors of the model's records; messages come from {@link Messages}.
 */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private final List<Problem> problems = new ArrayList<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks add(String path, String message) {
        problems.add(new Problem(path, message));
        return this;
    }

    public Checks require(boolean ok, String path, String message) {
        if (!ok) add(path, message);
        return this;
    }

    /** True when the value is present; records a "required" problem otherwise. */
    public boolean present(Object value, String path) {
        if (value == null) add(path, Messages.required());
        return value != null;
    }

    public Checks id(String value, String path) {
        if (present(value, path) && !ID.matcher(value).matches()) add(path, Messages.badId(value));
        return this;
    }

    public Checks positive(BigDecimal value, String path) {
        if (present(value, path) && value.signum() <= 0) add(path, Messages.mustBePositive(value.toPlainString()));
        return this;
    }

    public Checks positive(long value, String path) {
        // messages are built only for a problem: these checks run in the constructor of every transaction
        if (value <= 0) add(path, Messages.mustBePositive(Long.toString(value)));
        return this;
    }

    public Checks notNegative(BigDecimal value, String path) {
        if (present(value, path) && value.signum() < 0) add(path, Messages.mustNotBeNegative(value.toPlainString()));
        return this;
    }

    public Checks notNegative(long value, String path) {
        if (value < 0) add(path, Messages.mustNotBeNegative(Long.toString(value)));
        return this;
    }

    /**
     * A period ({@code until} after {@code from} when both are given) and hours of the day ({@code
     * fromTime} and {@code untilTime} together, and different): the checks conditions and blackouts share.
     */
    public Checks periodAndHours(java.util.Optional<java.time.LocalDateTime> from, java.util.Optional<java.time.LocalDateTime> until,
                                 java.util.Optional<java.time.LocalTime> fromTime, java.util.Optional<java.time.LocalTime> untilTime) {
        if (from.isPresent() && until.isPresent() && !until.get().isAfter(from.get())) {
            add("until", Messages.untilNotAfterFrom(from.get(), until.get()));
        }
        require(fromTime.isPresent() == untilTime.isPresent(), fromTime.isPresent() ? "untilTime" : "fromTime", "fromTime and untilTime go together");
        return require(fromTime.isEmpty() || !fromTime.equals(untilTime), "untilTime", "must differ from fromTime");
    }

    /** The longest member id (and transaction or operation id) every store keeps whole. */
    public static final int MAX_MEMBER_ID = 200;

    /** Not blank, and at most {@link #MAX_MEMBER_ID} characters: ids from the host's systems. */
    public Checks hostId(String value, String path) {
        if (present(value, path) && (value.isBlank() || value.length() > MAX_MEMBER_ID)) {
            add(path, "must be 1 to " + MAX_MEMBER_ID + " characters, was " + (value.isBlank() ? "blank" : value.length() + " characters"));
        }
        return this;
    }

    /** The instants the library accepts: years 1900 to 9999, so that time can be walked from one to another. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Present, and within {@link #EARLIEST} and {@link #LATEST}. */
    public Checks instant(Instant value, String path) {
        if (present(value, path) && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            add(path, "must be between " + EARLIEST + " and " + LATEST + ", was " + value);
        }
        return this;
    }

    /** {@code at} if it is an instant the library accepts ({@link #instant}), else an {@code InvalidInputException} naming {@code at}. */
    public static Instant at(Instant at) {
        if (at != null && !at.isBefore(EARLIEST) && !at.isAfter(LATEST)) return at;
        start().instant(at, "at").throwIfAny(dev.rewards.InvalidInputException::new);
        return at;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Throws the exception made from every problem collected, if there is any. */
    public void throwIfAny(Function<List<Problem>, ? extends ValidationException> exception) {
        if (!problems.isEmpty()) throw exception.apply(List.copyOf(problems));
    }
}
