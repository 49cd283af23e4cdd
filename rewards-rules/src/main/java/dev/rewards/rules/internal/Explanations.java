package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.reason.Reason;
import dev.rewards.outcome.TierStatus;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.rules.internal.kind.Kind;
import dev.rewards.rules.internal.kind.Reasons;
import dev.rewards.rules.internal.kind.RuleState;
import dev.rewards.reason.ReasonCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a finished evaluation and its verdicts, one per program rule, in program order. A
 * verdict is made when first read ({@link Verdicts}) from what the evaluation recorded: reason codes
 * and amounts on each candidate's {@link RuleState}, and for the rules the basket could not concern,
 * the same tests their kind answers.
 */
final class Explanations {
    private static final Comparator<Reason> BY_CODE = Comparator.comparing(Reason::code);

    private final ProgramTable table;
    private final Basket basket;
    private final RuleState[] states;

    Explanations(ProgramTable table, Basket basket, RuleState[] states) {
        this.table = table;
        this.basket = basket;
        this.states = states;
    }

    Outcome outcome(List<PointsEntry> entries, long total, TierStatus tier, List<VoucherResult> vouchers, Money customDiscount,
                    long pointsRedeemed) {
        Money cashback = Money.zero(basket.currency());
        for (RuleState s : states) if (s != null && s.cashback() != null && s.isLive()) cashback = cashback.plus(s.cashback());
        if (!inOrder(entries)) {
            entries.sort(Comparator.comparingInt((PointsEntry p) -> table.indexOf(p.ruleId())).thenComparing(p -> p.lineId().orElse("")));
        }
        Money qualifyingSpend = basket.enrolled() ? basket.earningTotal() : Money.zero(basket.currency());
        Money discount = customDiscount;
        Money paid = Money.zero(basket.currency());
        for (VoucherResult r : vouchers) {
            if (!r.applied()) continue;
            // a reward voucher's amount is zero: only gift vouchers pay rather than discount
            if (r.benefit().equals("storedValue")) paid = paid.plus(r.amount());
            else discount = discount.plus(r.amount());
        }
        Money toPay = basket.transaction().merchandiseTotal().plus(basket.transaction().shipping()).minus(discount).minus(paid);
        return new Outcome(basket.program().id(), basket.program().version(), basket.transaction().id(), basket.member().id(),
                basket.enrolled(), total, entries, cashback, qualifyingSpend, tier, new Verdicts(this, states.length), vouchers, discount,
                paid, toPay, pointsRedeemed);
    }

    /** True when the rule at {@code index} surely did not apply: never reached, or closed for a reason ({@link #verdictAt} agrees). */
    boolean closedAt(int index) {
        RuleState s = states[index];
        return s == null || s.isClosed();
    }

    /** The verdict of the rule at a program index. */
    Verdict verdictAt(int index) {
        RuleState s = states[index];
        Kind kind = table.entries().get(index).kind();
        if (s == null) return notApplied(kind, untouched(kind));
        if (s.isClosed()) return notApplied(kind, s.reasons());
        if (!s.isOpen()) throw new IllegalStateException("No verdict was reached for " + kind + "; this is a bug in rewards-rules");
        Optional<Reason> limited = kind.afterTheFact(s);
        if (limited.isPresent()) return notApplied(kind, List.of(limited.get()));
        return new Verdict(kind.id(), kind.kind(), true, s.points(), Optional.ofNullable(s.cashback()), kind.usedLines(s), s.notes(),
                kind.summary(s));
    }

    /** The reasons a rule the basket cannot concern does not apply: the tests of its kind, without lines. */
    private List<Reason> untouched(Kind kind) {
        List<ReasonCode> codes = kind.closingCodes(basket, null);
        // the usual case: a rule for other categories, closed for that reason alone
        if (codes.size() == 1 && codes.get(0) == ReasonCode.NO_ELIGIBLE_LINES) return Reasons.ONLY_NO_LINES;
        List<Reason> out = new ArrayList<>(codes.size());
        for (ReasonCode code : codes) out.add(kind.reason(code, basket, null));
        return out;
    }

    private static Verdict notApplied(Kind kind, List<Reason> why) {
        List<Reason> sorted = why;
        if (why.size() > 1) {
            sorted = new ArrayList<>(why);
            sorted.sort(BY_CODE);
        }
        return new Verdict(kind.id(), kind.kind(), false, 0, Optional.empty(), List.of(), sorted, sorted.get(0).message());
    }

    /** True when the entries are already by program order, then line id (the usual case: they are made that way). */
    private boolean inOrder(List<PointsEntry> list) {
        for (int i = 1; i < list.size(); i++) {
            PointsEntry a = list.get(i - 1);
            PointsEntry b = list.get(i);
            int byRule = Integer.compare(table.indexOf(a.ruleId()), table.indexOf(b.ruleId()));
            if (byRule > 0 || (byRule == 0 && a.lineId().orElse("").compareTo(b.lineId().orElse("")) > 0)) return false;
        }
        return true;
    }
}
