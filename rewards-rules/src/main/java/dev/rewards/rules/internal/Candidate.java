package dev.rewards.rules.internal;

import dev.rewards.outcome.ReasonCode;
import dev.rewards.program.RuleKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule a basket may concern, as a fact of one evaluation: what the rule is, and each eligibility
 * test already answered for this transaction, so that the rules test plain properties (alpha
 * constraints, shared and indexed by the engine) instead of calling back into the evaluation for
 * every pair. The tests themselves are the program's predicates ({@link RuleEntry}); the DRL says
 * which answer closes a rule and for what reason.
 */
public final class Candidate {
    private final Evaluation evaluation;
    private final RuleEntry entry;
    private final boolean member;
    private final boolean beforePeriod;
    private final boolean afterPeriod;
    private final boolean otherDay;
    private final boolean otherChannel;
    private final boolean otherStore;
    private final boolean noLines;
    private final boolean belowMinimumSpend;
    private final boolean notFirstPurchase;
    private final boolean otherTier;

    Candidate(Evaluation ev, RuleEntry e) {
        this(ev, e, true);
    }

    /**
     * A rule the basket does not concern: no line can be in its scope (that is why it is not a
     * candidate), so only the answers that do not look at lines are computed.
     */
    static Candidate untouched(Evaluation ev, RuleEntry e) {
        return new Candidate(ev, e, false);
    }

    private Candidate(Evaluation ev, RuleEntry e, boolean touched) {
        this.evaluation = ev;
        this.entry = e;
        this.member = ev.isMember();
        boolean conditional = e.isConditional();
        this.beforePeriod = conditional && e.startsAfter(ev.getLocalTime());
        this.afterPeriod = conditional && e.endedBy(ev.getLocalTime());
        this.otherDay = conditional && e.excludesDay(ev.getDay());
        this.otherChannel = conditional && e.excludesChannel(ev.getChannel());
        this.otherStore = conditional && e.excludesStore(ev.getStore());
        this.noLines = conditional && (!touched || ev.hasNoLinesFor(e));
        this.belowMinimumSpend = conditional && !noLines && ev.isBelowMinimumSpend(e);
        this.notFirstPurchase = e.getKind() == RuleKind.FIRST_PURCHASE_BONUS && ev.getLifetimePurchases() > 0;
        this.otherTier = (e.getKind() == RuleKind.TIER_MULTIPLIER || e.getKind() == RuleKind.CASHBACK) && ev.isTierIneligible(e);
    }

    public RuleKind getKind() {
        return entry.getKind();
    }

    public boolean isMember() {
        return member;
    }

    public boolean isBeforePeriod() {
        return beforePeriod;
    }

    public boolean isAfterPeriod() {
        return afterPeriod;
    }

    public boolean isOtherDay() {
        return otherDay;
    }

    public boolean isOtherChannel() {
        return otherChannel;
    }

    public boolean isOtherStore() {
        return otherStore;
    }

    public boolean isNoLines() {
        return noLines;
    }

    public boolean isBelowMinimumSpend() {
        return belowMinimumSpend;
    }

    public boolean isNotFirstPurchase() {
        return notFirstPurchase;
    }

    public boolean isOtherTier() {
        return otherTier;
    }

    /** A member's rule that no eligibility test closes: it applies. */
    public boolean isEligible() {
        return member && !beforePeriod && !afterPeriod && !otherDay && !otherChannel && !otherStore && !noLines
                && !belowMinimumSpend && !notFirstPurchase && !otherTier;
    }

    /**
     * The reasons these answers close the rule for, as eligibility.drl maps them; used for the rules
     * that never become facts (CandidateIndexTest holds both paths to the same verdicts).
     */
    List<ReasonCode> closingReasons() {
        if (!member) return List.of(ReasonCode.NOT_A_MEMBER);
        List<ReasonCode> codes = new ArrayList<>(2);
        if (beforePeriod) codes.add(ReasonCode.BEFORE_PERIOD);
        if (afterPeriod) codes.add(ReasonCode.AFTER_PERIOD);
        if (otherDay) codes.add(ReasonCode.DAY_NOT_ELIGIBLE);
        if (otherChannel) codes.add(ReasonCode.CHANNEL_NOT_ELIGIBLE);
        if (otherStore) codes.add(ReasonCode.STORE_NOT_ELIGIBLE);
        if (noLines) codes.add(ReasonCode.NO_ELIGIBLE_LINES);
        if (belowMinimumSpend) codes.add(ReasonCode.BELOW_MINIMUM_SPEND);
        if (notFirstPurchase) codes.add(ReasonCode.NOT_FIRST_PURCHASE);
        if (otherTier) codes.add(ReasonCode.TIER_NOT_ELIGIBLE);
        return codes;
    }

    /** Records why this rule does not apply. */
    public void close(ReasonCode code) {
        evaluation.close(entry, code);
    }

    public void apply() {
        evaluation.apply(entry);
    }

    public void payCashback() {
        evaluation.payCashback(entry);
    }

    @Override
    public String toString() {
        return "Candidate[" + entry + "]";
    }
}
