package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.Line;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reasons every kind that looks at lines and conditions shares, and the words the kinds' summaries share. */
public final class Reasons {
    /** Reasons whose message depends on nothing: made once, shared by every evaluation. */
    private static final Reason NO_LINES = Reason.of(ReasonCode.NO_ELIGIBLE_LINES, "no line of the basket is in the rule's scope");
    /** The usual verdict of a rule for other categories, shared. */
    public static final List<Reason> ONLY_NO_LINES = List.of(NO_LINES);

    private Reasons() {
    }

    static Reason common(ReasonCode code, Kind kind, Basket b, RuleState rule) {
        Conditions when = kind.when();
        return switch (code) {
            case NOT_A_MEMBER -> Reason.of(code, "member " + b.member().id() + " was not enrolled at the time of the transaction");
            case BEFORE_PERIOD -> Reason.of(code, "applies from " + when.from().orElseThrow() + " (" + b.program().timeZone() + ")");
            case AFTER_PERIOD -> Reason.of(code, "ended at " + when.until().orElseThrow() + " (" + b.program().timeZone() + ")");
            case DAY_NOT_ELIGIBLE -> Reason.of(code, "applies on " + when.days().stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not on " + b.localTime().getDayOfWeek());
            case CALENDAR_NOT_ELIGIBLE -> {
                java.time.LocalDate day = b.localTime().toLocalDate();
                var calendars = b.program().calendars();
                String except = when.exceptCalendar().filter(n -> calendars.contains(n, day)).orElse(null);
                if (except != null) yield Reason.of(code, "does not apply on the days of calendar " + except + ", and " + day + " is one");
                String only = when.calendar().orElseThrow();
                yield Reason.of(code, "applies on the days of calendar " + only + ", not on " + day
                        + calendars.nextOnOrAfter(only, day).map(d -> "; next on " + d).orElse("; it has no day after"));
            }
            case TIME_NOT_ELIGIBLE -> Reason.of(code, "applies from " + when.fromTime().orElseThrow() + " to " + when.untilTime().orElseThrow()
                    + ", not at " + b.localTime().toLocalTime() + " (" + b.program().timeZone() + ")");
            case CHANNEL_NOT_ELIGIBLE -> Reason.of(code, "applies to channel " + String.join(", ", when.channels())
                    + ", not " + b.transaction().channel().orElse("(none)"));
            case STORE_NOT_ELIGIBLE -> Reason.of(code, "applies in store " + String.join(", ", when.stores())
                    + ", not " + b.transaction().store().orElse("(none)"));
            case SEGMENT_NOT_ELIGIBLE -> Reason.of(code, "for members in " + String.join(", ", when.segments()) + ", not "
                    + (b.member().segments().isEmpty() ? "a member in no segment" : "in " + String.join(", ", b.member().segments())));
            case NOT_OCCASION -> {
                var o = when.occasion().orElseThrow();
                boolean known = o.day(b.member().birthday(), b.member().enrolledAt().map(e -> e.atZone(b.program().timeZone()).toLocalDate()))
                        .isPresent();
                yield Reason.of(code, "applies in " + o.describe() + (known ? ", not on " + b.localTime().toLocalDate()
                        : o.kind() == dev.rewards.program.Occasion.Kind.BIRTHDAY ? "; the member's birthday is not known"
                        : "; the member has not been enrolled a year"));
            }
            case NO_ELIGIBLE_LINES -> NO_LINES;
            case BELOW_MINIMUM_SPEND -> belowMinimum(kind.spendForMinimum(b, rule), kind.minimumSpend().orElseThrow(), kind.minimumReadOn());
            default -> throw new IllegalStateException("Reason " + code + " of " + kind + " has no message; this is a bug in rewards-rules");
        };
    }

    static Reason belowMinimum(Money spend, Money minimum) {
        return belowMinimum(spend, minimum, "eligible spend");
    }

    static Reason belowMinimum(Money spend, Money minimum, String readOn) {
        Money missing = minimum.minus(spend);
        return new Reason(ReasonCode.BELOW_MINIMUM_SPEND, "spend " + missing + " more (" + readOn + " " + spend + ", minimum "
                + minimum + ")", Optional.of(new Shortfall(missing.amount(), missing.currency().getCurrencyCode())));
    }

    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The ids of the lines, in their order. */
    static List<String> ids(List<Line> lines) {
        String[] ids = new String[lines.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = lines.get(i).id();
        return List.of(ids);
    }
}
