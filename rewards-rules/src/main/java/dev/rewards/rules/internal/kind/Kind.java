package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.program.Conditions;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.RuleKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rule of a program with everything the engine does that depends on its kind: the tests that
 * close it, the words of its reasons, what it adds to the points, caps or cashback, and its summary.
 * There is one subclass per {@link RuleKind}, made by {@link Kinds} through the compiler-checked
 * visitor of the program model; the phases call the hooks below in program order and never ask which
 * kind a rule is. A hook a kind does not override does nothing for it.
 *
 * <p>Built once per program; immutable (but for a cached summary prefix) and shared by all threads.
 */
public abstract class Kind {
    private final String id;
    private final RuleKind kind;
    private final LineScope scope;
    private final Conditions when;
    /** The part of the summary that depends on the rule alone, made once (a benign race: every thread makes the same). */
    private volatile String summaryPrefix;

    protected Kind(String id, RuleKind kind, LineScope scope, Conditions when) {
        this.id = id;
        this.kind = kind;
        this.scope = scope;
        this.when = when;
    }

    public final String id() {
        return id;
    }

    public final RuleKind kind() {
        return kind;
    }

    public final LineScope scope() {
        return scope;
    }

    public final Conditions when() {
        return when;
    }

    /**
     * True for the kinds that look at lines and conditions (earn rules, cashback): a basket without a
     * line in their scope cannot concern them. The others are candidates for every basket.
     */
    public boolean looksAtLines() {
        return true;
    }

    /** The eligible spend below which the rule does not apply. */
    public Optional<Money> minimumSpend() {
        return Optional.empty();
    }

    /** What the minimum spend is read on: the spend on the rule's lines, unless the kind reads the whole basket. */
    public Money spendForMinimum(Basket basket, RuleState rule) {
        return rule.spend();
    }

    /** How a reason names what the minimum was read on. */
    public String minimumReadOn() {
        return "eligible spend";
    }

    /**
     * Every reason the rule cannot apply to this basket, as codes; empty when it is open. {@code rule}
     * is null for a rule the basket cannot concern (no line can be in its scope).
     */
    public final List<ReasonCode> closingCodes(Basket basket, RuleState rule) {
        if (!basket.enrolled()) return ONLY_NOT_A_MEMBER;
        List<ReasonCode> codes = null;
        if (looksAtLines()) {
            LocalDateTime t = basket.localTime();
            if (when.startsAfter(t)) codes = add(codes, ReasonCode.BEFORE_PERIOD);
            if (when.endedBy(t)) codes = add(codes, ReasonCode.AFTER_PERIOD);
            if (when.excludesDay(t.getDayOfWeek())) codes = add(codes, ReasonCode.DAY_NOT_ELIGIBLE);
            if (when.excludesCalendarDay(t.toLocalDate(), basket.program().calendars())) codes = add(codes, ReasonCode.CALENDAR_NOT_ELIGIBLE);
            if (when.excludesTime(t.toLocalTime())) codes = add(codes, ReasonCode.TIME_NOT_ELIGIBLE);
            if (when.excludesChannel(basket.transaction().channel())) codes = add(codes, ReasonCode.CHANNEL_NOT_ELIGIBLE);
            if (when.excludesStore(basket.transaction().store())) codes = add(codes, ReasonCode.STORE_NOT_ELIGIBLE);
            if (when.excludesSegments(basket.member().segments())) codes = add(codes, ReasonCode.SEGMENT_NOT_ELIGIBLE);
            if (when.occasion().isPresent() && when.excludesOccasion(t.toLocalDate(), basket.member().birthday(), basket.member().enrolledAt()
                    .map(e -> e.atZone(basket.program().timeZone()).toLocalDate()))) {
                codes = add(codes, ReasonCode.NOT_OCCASION);
            }
            if (rule == null || rule.hasNoLines()) {
                codes = codes == null ? ONLY_NO_LINES : add(codes, ReasonCode.NO_ELIGIBLE_LINES);
            } else {
                Optional<Money> min = minimumSpend();
                if (min.isPresent() && spendForMinimum(basket, rule).isLessThan(min.get())) codes = add(codes, ReasonCode.BELOW_MINIMUM_SPEND);
            }
        }
        ReasonCode own = ownTest(basket);
        if (own != null) codes = add(codes, own);
        return codes == null ? List.of() : codes;
    }

    private static final List<ReasonCode> ONLY_NOT_A_MEMBER = List.of(ReasonCode.NOT_A_MEMBER);
    private static final List<ReasonCode> ONLY_NO_LINES = List.of(ReasonCode.NO_ELIGIBLE_LINES);

    /** Most rules of most baskets are closed for no reason or one: a list is made only when needed. */
    private static List<ReasonCode> add(List<ReasonCode> codes, ReasonCode code) {
        List<ReasonCode> out = codes == null || codes == ONLY_NO_LINES ? new ArrayList<>(2) : codes;
        if (codes == ONLY_NO_LINES) out.add(ReasonCode.NO_ELIGIBLE_LINES);
        out.add(code);
        return out;
    }

    /** The code of the test particular to this kind that closes it on this basket (without looking at lines); null when none does. */
    protected ReasonCode ownTest(Basket basket) {
        return null;
    }

    /** The reason for a code this rule closed for; {@code rule} is null for a rule the basket cannot concern. */
    public Reason reason(ReasonCode code, Basket basket, RuleState rule) {
        return Reasons.common(code, this, basket, rule);
    }

    /** P1, P3: what the open rule adds to the transaction's points. */
    public void earn(RuleState rule, Tally tally) {
    }

    /** P5: limits the transaction's points; returns the total after this rule. */
    public long limit(RuleState rule, long total) {
        return total;
    }

    /** C1: the cashback the open rule pays. */
    public void pay(RuleState rule) {
    }

    /** The one-line summary of the rule once applied. */
    public abstract String summary(RuleState rule);

    /** The ids of the lines an applied rule used, for its verdict. */
    public List<String> usedLines(RuleState rule) {
        return List.of();
    }

    /** A reason known only once everything is counted: the open rule gave nothing after all. */
    public Optional<Reason> afterTheFact(RuleState rule) {
        return Optional.empty();
    }

    /** The summary's part that depends on the rule alone, made on first use. */
    protected final String summaryPrefix(Supplier<String> make) {
        String p = summaryPrefix;
        if (p == null) summaryPrefix = p = make.get();
        return p;
    }

    @Override
    public String toString() {
        return kind.jsonName() + " " + id;
    }
}
