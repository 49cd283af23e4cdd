package dev.rewards.rules.internal;

import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.TierStatus;
import dev.rewards.rules.api.CashbackGrant;
import dev.rewards.rules.api.LineDiscount;
import dev.rewards.rules.api.PointsGrant;
import dev.rewards.rules.api.RuleClosure;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.rules.internal.kind.RuleState;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.VoucherSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation, the fact every built-in phase rule matches: the face the DRL sees. It holds the
 * inputs ({@link Basket}) and one {@link RuleState} per candidate rule, and hands each phase to its
 * Java partner: {@link VoucherPhase} (vouchers.drl), {@link Candidate} (eligibility.drl and the
 * opening rule of earning.drl), {@link CustomFacts} (custom.drl), {@link PointsCount} (earning.drl,
 * caps.drl), the kinds' {@code pay} (cashback.drl), {@link TierSettlement} (tiers.drl), and
 * {@link Explanations} for the outcome. Phases call kinds; nothing calls back up. The outcome never
 * depends on the order in which the engine fires rules or on the order of the basket's lines. Used by
 * one thread, once.
 */
public final class Evaluation {
    private final ProgramTable table;
    private final Basket basket;
    private final VoucherPhase vouchers;
    /** The candidate rules' states in program order. */
    private final List<RuleState> candidates;
    /** Each program rule's state, by program index; null for the rules the basket cannot concern. */
    private final RuleState[] stateOf;
    private final PointsCount points;
    private final CustomFacts custom;
    private TierStatus tierStatus;

    Evaluation(ProgramTable table, MemberState member, Transaction tx) {
        this(table, member, tx, VoucherSnapshot.EMPTY);
    }

    Evaluation(ProgramTable table, MemberState member, Transaction tx, VoucherSnapshot snapshot) {
        this.table = table;
        this.basket = new Basket(table.program(), member, tx, VoucherPhase.earnsOnPricePaid(table.program()));
        this.stateOf = new RuleState[table.entries().size()];
        List<RuleEntry> entries = table.candidatesFor(basket.lines());
        this.candidates = new ArrayList<>(entries.size());
        for (RuleEntry e : entries) {
            RuleState s = new RuleState(e.kind(), e.getIndex(), basket);
            stateOf[e.getIndex()] = s;
            candidates.add(s);
        }
        this.points = new PointsCount(basket);
        this.custom = new CustomFacts(table, basket, i -> stateOf[i], points);
        this.vouchers = new VoucherPhase(basket, snapshot, table.hasAutomaticPromotions(), table.tierDiscount(basket.tierBefore()));
    }

    // ------------------------------------------------------------------ vouchers.drl

    /** True when vouchers are in play: the discounts settle before candidate rules become facts. */
    public boolean isVoucherPhase() {
        return vouchers.isActive();
    }

    List<VoucherFact> voucherFacts() {
        return vouchers.facts();
    }

    List<RestrictionCheck> restrictionChecks() {
        return vouchers.restrictionChecks();
    }

    /** V7: applies the accepted vouchers; returns the candidate rules as facts, answered on the amounts left. */
    public List<Candidate> settleVouchers() {
        vouchers.settle();
        return candidateFacts();
    }

    // ------------------------------------------------------------------ eligibility.drl, earning.drl

    public boolean isMember() {
        return basket.enrolled();
    }

    /** The candidate rules as facts of this evaluation, each with its kind's tests answered. */
    List<Candidate> candidateFacts() {
        List<Candidate> facts = new ArrayList<>(candidates.size());
        for (RuleState s : candidates) facts.add(new Candidate(s, basket));
        return facts;
    }

    /** P1, P3: counts the points of the live rules, once every custom fact is in. */
    public void countPoints() {
        custom.countStarts();
        stopAfterStoppingRules();
        points.count(candidates);
    }

    /** L4: once a "stop here" earn rule applies, the earn rules after it in program order add nothing. */
    private void stopAfterStoppingRules() {
        if (table.program().stopAfter().isEmpty()) return;
        String stopper = null;
        for (RuleState s : candidates) {
            if (!s.isLive() || !s.kind().kind().isEarnRule()) continue;
            if (stopper != null) {
                s.close(Reason.of(ReasonCode.STOPPED_BY_EARLIER_RULE, "rule " + stopper + " applied and stops the earn rules after it"));
            } else if (table.program().stopsAfter(s.kind().id())) {
                stopper = s.kind().id();
            }
        }
    }

    // ------------------------------------------------------------------ custom.drl

    public void grant(PointsGrant g) {
        custom.grant(g);
    }

    public void grant(CashbackGrant g) {
        custom.grant(g);
    }

    public void discount(LineDiscount d) {
        custom.discount(d);
    }

    public void close(RuleClosure c) {
        custom.close(c);
    }

    // ------------------------------------------------------------------ caps.drl, cashback.drl, tiers.drl

    /** P5: the caps limit the transaction's points. */
    public void applyCaps() {
        points.applyCaps(candidates);
    }

    /** C1: every live rule pays its cashback. */
    public void payCashback() {
        for (RuleState s : candidates) if (s.isLive()) s.kind().pay(s);
    }

    /** T1, T2, T4: the tier the member holds after this transaction and the distance to the next. */
    public void settleTier() {
        tierStatus = TierSettlement.settle(basket, points.total(), basket.earningTotal());
    }

    // ------------------------------------------------------------------ the outcome

    Outcome toOutcome() {
        if (tierStatus == null) settleTier();
        return new Explanations(table, basket, stateOf).outcome(points.entries(), points.total(), tierStatus, vouchers.results(),
                custom.discounted(), vouchers.pointsRedeemed());
    }
}
