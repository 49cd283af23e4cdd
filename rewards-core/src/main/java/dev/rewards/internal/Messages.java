package dev.rewards.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;

/**
 * Every validation message the library writes, in one place, so that tests can assert them exactly
 * and so that they read alike.
 */
public final class Messages {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Messages() {
    }

    public static String required() {
        return "is required";
    }

    public static String blank() {
        return "must not be blank";
    }

    public static String badId(String value) {
        return "must be 1 to 100 letters, digits or . _ : - starting with a letter or digit, was '" + value + "'";
    }

    public static String mustBePositive(String value) {
        return "must be positive, was " + value;
    }

    public static String mustNotBeNegative(String value) {
        return "must not be negative, was " + value;
    }

    public static String factorBelowOne(BigDecimal factor) {
        return "must be at least 1, was " + factor.toPlainString();
    }

    public static String percentOver100(BigDecimal percent) {
        return "must be at most 100, was " + percent.toPlainString();
    }

    public static String noCashbackRate() {
        return "must be positive unless percentByTier gives rates or the rule pays a fixed amount";
    }

    public static String untilNotAfterFrom(LocalDateTime from, LocalDateTime until) {
        return "must be after from (" + from + "), was " + until;
    }

    public static String wholeNumberFor(Enum<?> metric, BigDecimal value) {
        return "must be a whole number for metric " + metric + ", was " + value.toPlainString();
    }

    public static String thresholdNotRising(String tier, String previous) {
        return "tier '" + tier + "' must have a higher threshold than '" + previous + "' before it";
    }

    public static String duplicateId(String id, String firstPath) {
        return "duplicate id '" + id + "', already used at " + firstPath;
    }

    public static String unknownTier(String id) {
        return "unknown tier '" + id + "'";
    }

    /** The same, with the tiers there are. */
    public static String unknownTier(String id, java.util.List<String> known) {
        return unknownTier(id) + "; the program has " + known;
    }

    public static String wrongCurrency(Currency actual, Currency expected) {
        return "must be in " + expected.getCurrencyCode() + ", was " + actual.getCurrencyCode();
    }

    public static String unnecessaryRounding() {
        return "points rounding mode must say how to round: UNNECESSARY is not allowed";
    }

    public static String duplicateLineId(String id) {
        return "duplicate line id '" + id + "'";
    }

    public static String unknownField(String name) {
        return "unknown field '" + name + "'";
    }

    public static String unknownKind(String kind, String allowed) {
        return "unknown kind '" + kind + "', expected one of " + allowed;
    }

    public static String expected(String what, String actualType) {
        return "must be " + what + ", was " + actualType;
    }

    public static String badValue(String what, String value, String reason) {
        return "is not " + what + ": '" + value + "'" + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    public static String tooLarge(String value, long max) {
        return "must be at most " + max + " in size, was " + value;
    }

    public static String malformedJson(String detail) {
        return "malformed JSON: " + detail;
    }
}
