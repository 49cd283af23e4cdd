package dev.rewards.testing;

import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.reason.ReasonCode;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
import java.math.BigDecimal;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on an {@link Outcome} that read like the policy; failures show the explanation. */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {
    OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    private OutcomeAssert fail(String what, Object actualValue) {
        failWithMessage("Expected %s, but was %s.%n%n%s", what, actualValue, actual.explain());
        return this;
    }

    public OutcomeAssert earnedPoints(long points) {
        isNotNull();
        return actual.points() == points ? this : fail(points + " points", actual.points() + " points");
    }

    public OutcomeAssert earnedNothing() {
        return earnedPoints(0);
    }

    public OutcomeAssert paidCashback(String amount) {
        isNotNull();
        return actual.cashback().amount().compareTo(new BigDecimal(amount)) == 0 ? this : fail("cashback of " + amount, actual.cashback());
    }

    public OutcomeAssert tookOff(String amount) {
        isNotNull();
        return actual.discount().amount().compareTo(new BigDecimal(amount)) == 0 ? this : fail("a discount of " + amount, actual.discount());
    }

    public OutcomeAssert leftToPay(String amount) {
        isNotNull();
        return actual.toPay().amount().compareTo(new BigDecimal(amount)) == 0 ? this : fail(amount + " to pay", actual.toPay());
    }

    public OutcomeAssert upgradedTo(String tier) {
        isNotNull();
        return actual.tier().upgraded() && actual.tier().after().filter(tier::equals).isPresent() ? this
                : fail("an upgrade to " + tier, actual.tier().before().orElse("(none)") + " -> " + actual.tier().after().orElse("(none)"));
    }

    public OutcomeAssert stayedIn(String tier) {
        isNotNull();
        return !actual.tier().upgraded() && actual.tier().after().filter(tier::equals).isPresent() ? this
                : fail("to stay in " + tier, actual.tier().after().orElse("(none)") + (actual.tier().upgraded() ? " (upgraded)" : ""));
    }

    public OutcomeAssert applied(String ruleId) {
        isNotNull();
        Optional<Verdict> v = actual.verdict(ruleId);
        return v.isPresent() && v.get().applied() ? this : fail("rule " + ruleId + " to apply", v.map(Verdict::summary).orElse("no such rule"));
    }

    public OutcomeAssert gavePoints(String ruleId, long points) {
        applied(ruleId);
        return actual.pointsFrom(ruleId) == points ? this : fail(points + " points from " + ruleId, actual.pointsFrom(ruleId));
    }

    public OutcomeAssert didNotApply(String ruleId, ReasonCode because) {
        isNotNull();
        Optional<Verdict> v = actual.verdict(ruleId);
        return v.isPresent() && !v.get().applied() && v.get().hasReason(because) ? this
                : fail("rule " + ruleId + " not to apply because " + because, v.map(x -> (x.applied() ? "applied: " : "not applied: ") + x.reasons())
                .orElse("no such rule"));
    }

    public OutcomeAssert acceptedVoucher(String code, Money amount) {
        isNotNull();
        Optional<VoucherResult> v = actual.voucher(code);
        return v.isPresent() && v.get().applied() && v.get().amount().equals(amount) ? this
                : fail("voucher " + code + " accepted for " + amount, v.map(VoucherResult::summary).orElse("not presented"));
    }

    public OutcomeAssert rejectedVoucher(String code, ReasonCode because) {
        isNotNull();
        Optional<VoucherResult> v = actual.voucher(code);
        return v.isPresent() && !v.get().applied() && v.get().hasReason(because) ? this
                : fail("voucher " + code + " rejected because " + because, v.map(VoucherResult::summary).orElse("not presented"));
    }
}
