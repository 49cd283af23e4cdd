package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.outcome.Reason;
import dev.rewards.outcome.ReasonCode;
import dev.rewards.outcome.Shortfall;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.program.PointsCap;
import dev.rewards.program.RuleKind;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every reason message and verdict summary the engine writes, in one place. */
final class Reasons {
    /** Reasons whose message depends on nothing: made once, shared by every evaluation. */
    private static final Reason NO_LINES = Reason.of(ReasonCode.NO_ELIGIBLE_LINES, "no line of the basket is in the rule's scope");
    private static final List<Reason> ONLY_NO_LINES = List.of(NO_LINES);
    private static final Reason NOTHING_TO_MULTIPLY = Reason.of(ReasonCode.NOTHING_TO_MULTIPLY, "its lines earned no spend points to multiply");
    private static final Reason SUPERSEDED = Reason.of(ReasonCode.SUPERSEDED, "a higher multiplier applied on every line it covers");
    private static final Reason CONDITIONS_NOT_MET = Reason.of(ReasonCode.CONDITIONS_NOT_MET, "the custom rule's conditions did not match");

    private Reasons() {
    }

    static Reason of(ReasonCode code, RuleEntry e, Evaluation ev) {
        Conditions when = e.conditions();
        return switch (code) {
            case NOT_A_MEMBER -> Reason.of(code, "member " + ev.member().id() + " was not enrolled at the time of the transaction");
            case BEFORE_PERIOD -> Reason.of(code, "applies from " + when.from().orElseThrow() + " (" + ev.program().timeZone() + ")");
            case AFTER_PERIOD -> Reason.of(code, "ended at " + when.until().orElseThrow() + " (" + ev.program().timeZone() + ")");
            case DAY_NOT_ELIGIBLE -> Reason.of(code, "applies on " + when.days().stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not on " + ev.getDay());
            case CHANNEL_NOT_ELIGIBLE -> Reason.of(code, "applies to channel " + String.join(", ", when.channels())
                    + ", not " + ev.getChannel().orElse("(none)"));
            case STORE_NOT_ELIGIBLE -> Reason.of(code, "applies in store " + String.join(", ", when.stores())
                    + ", not " + ev.getStore().orElse("(none)"));
            case NO_ELIGIBLE_LINES -> NO_LINES;
            case BELOW_MINIMUM_SPEND -> belowMinimum(ev.spendOf(e), ev.minimumSpend(e).orElseThrow());
            case NOT_FIRST_PURCHASE -> Reason.of(code, "member made " + plural(ev.getLifetimePurchases(), "purchase") + " before");
            case TIER_NOT_ELIGIBLE -> Reason.of(code, "member's tier is " + ev.tier().map(Tier::id).orElse("(none)")
                    + (e.getKind() == RuleKind.TIER_MULTIPLIER ? ", not " + e.getId() : ", which has no rate"));
            case NOTHING_TO_MULTIPLY -> NOTHING_TO_MULTIPLY;
            case SUPERSEDED -> SUPERSEDED;
            case CONDITIONS_NOT_MET -> CONDITIONS_NOT_MET;
            default -> throw new IllegalArgumentException("Reason " + code + " needs its own factory");
        };
    }

    /** The reasons a rule the basket cannot concern does not apply, from its {@link Candidate} answers. */
    static List<Reason> untouched(RuleEntry e, Evaluation ev) {
        List<ReasonCode> codes = Candidate.untouched(ev, e).closingReasons();
        // the usual case: a rule for other categories, closed for that reason alone
        if (codes.size() == 1 && codes.get(0) == ReasonCode.NO_ELIGIBLE_LINES) return ONLY_NO_LINES;
        List<Reason> out = new ArrayList<>(codes.size());
        for (ReasonCode code : codes) out.add(of(code, e, ev));
        return out;
    }

    static Reason belowMinimum(Money spend, Money minimum) {
        Money missing = minimum.minus(spend);
        return new Reason(ReasonCode.BELOW_MINIMUM_SPEND, "spend " + missing + " more (eligible spend " + spend + ", minimum "
                + minimum + ")", Optional.of(new Shortfall(missing.amount(), missing.currency().getCurrencyCode())));
    }

    static Reason belowOnePoint(SpendRule r, Money spend) {
        BigDecimal forOnePoint = r.per().divide(BigDecimal.valueOf(r.points()), Money.scaleOf(spend.currency()), RoundingMode.CEILING);
        BigDecimal missing = forOnePoint.subtract(spend.amount()).max(BigDecimal.ZERO);
        String message = missing.signum() > 0
                ? "spend " + Money.of(missing, spend.currency()) + " more to earn a point (eligible spend " + spend + ")"
                : "its share rounded to less than one point";
        return new Reason(ReasonCode.BELOW_ONE_POINT, message,
                missing.signum() > 0 ? Optional.of(new Shortfall(missing, spend.currency().getCurrencyCode())) : Optional.empty());
    }

    static Reason capNotReached(PointsCap cap, long total) {
        return new Reason(ReasonCode.CAP_NOT_REACHED, total + " points is within the cap of " + cap.maxPoints(),
                Optional.of(new Shortfall(BigDecimal.valueOf(cap.maxPoints() - total), "points")));
    }

    static Reason cashbackCapped(Money cap, Money removed) {
        return Reason.of(ReasonCode.CAPPED, "capped at " + cap + " per transaction; "
                + removed + " not paid");
    }

    static String summary(RuleEntry e, Evaluation ev) {
        long p = ev.pointsOf(e);
        return switch (e.getKind()) {
            case SPEND -> e.summaryPrefix(() -> {
                SpendRule r = e.rule();
                return r.points() + " per " + r.per().toPlainString() + " " + ev.program().currency().getCurrencyCode() + " on ";
            }) + ev.spendOf(e) + ": " + plural(p, "point");
            case MULTIPLIER, TIER_MULTIPLIER -> e.summaryPrefix(() -> "x" + ev.factorOf(e).stripTrailingZeros().toPlainString() + " on ")
                    + plural(ev.multipliedLinesOf(e).size(), "line") + ": +" + plural(p, "point");
            case FIRST_PURCHASE_BONUS -> "first purchase: " + plural(p, "point");
            case BASKET_BONUS -> "basket of " + ev.spendOf(e) + " reached " + ev.<BasketBonus>ruleAs(e).minimumSpend() + ": "
                    + plural(p, "point");
            case POINTS_CAP -> "capped at " + ev.<PointsCap>ruleAs(e).maxPoints() + " points: " + plural(-p, "point") + " removed";
            case CASHBACK -> ev.cashbackRate(e).stripTrailingZeros().toPlainString() + "% of " + ev.spendOf(e) + ": "
                    + ev.cashbackOf(e) + " as " + ev.<CashbackRule>ruleAs(e).form().name().toLowerCase().replace('_', ' ');
            case CUSTOM -> ev.grantsOf(e).stream().map(g -> g.getMessage() + " (+" + g.getPoints() + ")")
                    .collect(Collectors.joining("; ")) + ": " + plural(p, "point");
        };
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
