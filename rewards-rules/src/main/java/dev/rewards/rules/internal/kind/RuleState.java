package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One candidate rule in one evaluation: which lines are in its scope and what they cost, whether it
 * is open (no test closed it), the reasons it does not apply, and what it gave. Its {@link Kind} reads
 * and writes it; the phases and the explanation read it. Used by one thread, once.
 */
public final class RuleState {
    private final Kind kind;
    private final int index;
    private final Basket basket;
    private boolean[] mask;
    private List<Line> lines;
    private Money spend;
    private List<Reason> reasons;
    /** The tests that closed the rule, their reasons not made yet ({@link #closeFor}); null once made, or when none did. */
    private List<ReasonCode> closedBy;
    private boolean open;
    private Fraction exact = Fraction.ZERO;
    private long points;
    private boolean covered;
    private List<String> usedLines;
    private Money cashback;
    private List<Reason> notes = List.of();
    private List<String> gifts;

    public RuleState(Kind kind, int index, Basket basket) {
        this.kind = kind;
        this.index = index;
        this.basket = basket;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule's position in program order. */
    public int index() {
        return index;
    }

    public Basket basket() {
        return basket;
    }

    /** Which lines (by position in id order) are in the rule's scope. */
    public boolean[] mask() {
        if (mask == null) {
            boolean[] in = new boolean[basket.size()];
            for (int l = 0; l < in.length; l++) in[l] = kind.scope().matches(basket.lines().get(l));
            mask = in;
        }
        return mask;
    }

    public boolean hasNoLines() {
        for (boolean in : mask()) if (in) return false;
        return true;
    }

    /** The lines in scope, in id order. */
    public List<Line> lines() {
        if (lines == null) {
            boolean[] in = mask();
            List<Line> matched = new ArrayList<>(in.length);
            for (int l = 0; l < in.length; l++) if (in[l]) matched.add(basket.lines().get(l));
            lines = matched;
        }
        return lines;
    }

    /** What the lines in scope earn on. */
    public Money spend() {
        if (spend == null) {
            boolean[] in = mask();
            BigDecimal sum = BigDecimal.ZERO;
            for (int l = 0; l < in.length; l++) if (in[l]) sum = sum.add(basket.amount(l));
            spend = Money.of(sum, basket.currency());
        }
        return spend;
    }

    /** Line amounts changed (a custom discount): the spend is counted again when next read. */
    public void forgetSpend() {
        spend = null;
    }

    /** No test closed the rule: it applies unless something closes it later. */
    public void open() {
        open = true;
    }

    public boolean isOpen() {
        return open;
    }

    /** Open and not closed since: the phases count what it gives. */
    public boolean isLive() {
        return open && !isClosed();
    }

    /** Closed for some reason: it does not apply. */
    public boolean isClosed() {
        return reasons != null || closedBy != null;
    }

    /**
     * Records the tests of its kind that close the rule ({@link Kind#closingCodes}); their reasons, text
     * with amounts, are made only when read: most rules a basket may concern are closed, and a host
     * that reads only the points never reads why.
     */
    public void closeFor(List<ReasonCode> codes) {
        if (codes.isEmpty()) return;
        if (!isClosed()) {
            closedBy = codes;
            return;
        }
        for (ReasonCode code : codes) close(kind.reason(code, basket, this));
    }

    /** Records a reason the rule does not apply. */
    public void close(Reason reason) {
        if (closedBy != null) {
            reasons = made();
            closedBy = null;
        }
        if (reasons == null) reasons = new ArrayList<>(2);
        reasons.add(reason);
    }

    /** Why the rule does not apply, in the order closed; made afresh from the closing tests each time (so any thread may read them once the evaluation is done). */
    public List<Reason> reasons() {
        if (closedBy != null) return made();
        return reasons == null ? List.of() : reasons;
    }

    private List<Reason> made() {
        List<Reason> out = new ArrayList<>(closedBy.size() + 1);
        for (ReasonCode code : closedBy) out.add(kind.reason(code, basket, this));
        return out;
    }

    public Fraction exact() {
        return exact;
    }

    public void addExact(Fraction f) {
        exact = exact.plus(f);
    }

    public long points() {
        return points;
    }

    public void addPoints(long p) {
        points = Math.addExact(points, p);
    }

    public void setPoints(long p) {
        points = p;
    }

    /** A factor of this rule met spend points on some line (it may still have added nothing, being superseded). */
    public boolean isCovered() {
        return covered;
    }

    public void cover() {
        covered = true;
    }

    /** The lines the rule used, in the order recorded; empty when none. */
    public List<String> usedLines() {
        return usedLines == null ? List.of() : usedLines;
    }

    public void use(String lineId) {
        if (usedLines == null) usedLines = new ArrayList<>(basket.size());
        usedLines.add(lineId);
    }

    /** The cashback the rule pays; null when it pays none. */
    public Money cashback() {
        return cashback;
    }

    public void addCashback(Money amount) {
        cashback = cashback == null ? amount : cashback.plus(amount);
    }

    /** What limited an applied rule (a cap on its cashback). */
    public List<Reason> notes() {
        return notes;
    }

    public void note(Reason reason) {
        notes = List.of(reason);
    }

    /** What a custom rule gave, one phrase each, in the order given. */
    public List<String> gifts() {
        return gifts == null ? List.of() : gifts;
    }

    public void gift(String what) {
        if (gifts == null) gifts = new ArrayList<>(2);
        gifts.add(what);
    }

    @Override
    public String toString() {
        return "RuleState[" + kind + "]";
    }
}
