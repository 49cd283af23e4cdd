package dev.rewards.outcome;

import dev.rewards.spi.ImmutableList;
import dev.rewards.money.Money;
import dev.rewards.program.PointsConversion;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.VoucherCodes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision on one transaction: the points earned (with a breakdown per rule and line), the
 * cashback, the tier after it, and a {@link Verdict} for every rule of the program in program order;
 * the vouchers presented and the automatic promotions, each applied with its allocation or rejected
 * with every reason, in the order of application ({@link VoucherResult}); the {@code discount} they
 * took off, what gift vouchers paid, and what is left {@code toPay} (lines and shipping); the points
 * the member paid with ({@code pointsRedeemed}, L9: their value is among the vouchers, as campaign
 * {@value PointsConversion#CAMPAIGN_ID}, and in the discount).
 * Entries are ordered by rule (program order) then line id, so an outcome does not depend on the
 * order of the basket's lines. {@link #explain()} renders it as text. Verdicts may be built when
 * first read, so that a host that only needs the figures does not pay for the explanation.
 *
 * <p>Immutable and thread-safe.
 */
public record Outcome(String programId, int programVersion, String transactionId, String memberId, boolean member,
                      long points, List<PointsEntry> entries, Money cashback, Money qualifyingSpend, TierStatus tier,
                      List<Verdict> verdicts, List<VoucherResult> vouchers, Money discount, Money paidWithVouchers,
                      Money toPay, long pointsRedeemed, Optional<dev.rewards.money.CurrencyConversion> conversion) {

    /** An outcome of a basket in the program's currency (M5: nothing converted). */
    public Outcome(String programId, int programVersion, String transactionId, String memberId, boolean member,
                   long points, List<PointsEntry> entries, Money cashback, Money qualifyingSpend, TierStatus tier,
                   List<Verdict> verdicts, List<VoucherResult> vouchers, Money discount, Money paidWithVouchers, Money toPay,
                   long pointsRedeemed) {
        this(programId, programVersion, transactionId, memberId, member, points, entries, cashback, qualifyingSpend, tier, verdicts,
                vouchers, discount, paidWithVouchers, toPay, pointsRedeemed, Optional.empty());
    }

    /** An outcome where nothing was paid with points. */
    public Outcome(String programId, int programVersion, String transactionId, String memberId, boolean member,
                   long points, List<PointsEntry> entries, Money cashback, Money qualifyingSpend, TierStatus tier,
                   List<Verdict> verdicts, List<VoucherResult> vouchers, Money discount, Money paidWithVouchers, Money toPay) {
        this(programId, programVersion, transactionId, memberId, member, points, entries, cashback, qualifyingSpend, tier, verdicts,
                vouchers, discount, paidWithVouchers, toPay, 0);
    }

    public Outcome {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(memberId, "memberId");
        entries = List.copyOf(entries);
        Objects.requireNonNull(cashback, "cashback");
        Objects.requireNonNull(qualifyingSpend, "qualifyingSpend");
        Objects.requireNonNull(tier, "tier");
        verdicts = verdicts instanceof ImmutableList ? verdicts : List.copyOf(verdicts);
        vouchers = List.copyOf(vouchers);
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(paidWithVouchers, "paidWithVouchers");
        Objects.requireNonNull(toPay, "toPay");
        conversion = conversion == null ? Optional.empty() : conversion;
    }

    /** M5: the same outcome, recording how its basket was converted into the program's currency. */
    public Outcome withConversion(dev.rewards.money.CurrencyConversion c) {
        return new Outcome(programId, programVersion, transactionId, memberId, member, points, entries, cashback, qualifyingSpend, tier,
                verdicts, vouchers, discount, paidWithVouchers, toPay, pointsRedeemed, Optional.of(c));
    }

    /** The result for a presented code (compared after normalising), if it was presented. */
    public Optional<VoucherResult> voucher(String code) {
        String c = VoucherCodes.normalize(code);
        return vouchers.stream().filter(v -> v.code().filter(c::equals).isPresent()).findFirst();
    }

    /** The result for a campaign's voucher or automatic promotion. */
    public Optional<VoucherResult> campaign(String campaignId) {
        return vouchers.stream().filter(v -> v.campaignId().filter(campaignId::equals).isPresent()).findFirst();
    }

    /** L9: what paying with points did: applied with its value and allocation, or rejected with every reason. */
    public Optional<VoucherResult> pointsPayment() {
        return campaign(PointsConversion.CAMPAIGN_ID);
    }

    /** The vouchers that applied, in the order they were applied. */
    public List<VoucherResult> appliedVouchers() {
        return vouchers.stream().filter(VoucherResult::applied).toList();
    }

    /**
     * The verdicts of the rules that applied, in program order: every rule that gave points or
     * cashback. Equal to {@code verdicts()} filtered on {@link Verdict#applied()}, without building
     * the explanations of the rules that did not apply.
     */
    public List<Verdict> appliedVerdicts() {
        if (verdicts instanceof LazyVerdicts lazy) return lazy.applied();
        return verdicts.stream().filter(Verdict::applied).toList();
    }

    public Optional<Verdict> verdict(String ruleId) {
        return verdicts.stream().filter(v -> v.ruleId().equals(ruleId)).findFirst();
    }

    /** Points the rule gave on all lines (negative for a cap: what it removed). */
    public long pointsFrom(String ruleId) {
        return entries.stream().filter(e -> e.ruleId().equals(ruleId)).mapToLong(PointsEntry::points).sum();
    }

    /** Points earned on one line, by every rule. */
    public long pointsOnLine(String lineId) {
        return entries.stream().filter(e -> e.lineId().filter(lineId::equals).isPresent()).mapToLong(PointsEntry::points).sum();
    }

    public boolean isUpgrade() {
        return tier.upgraded();
    }

    /**
     * The member's state after this transaction, for the host to store or to evaluate the next
     * transaction with: tier raised, qualifying totals and purchase counts advanced. A non-member's
     * state is returned unchanged.
     */
    public MemberState applyTo(MemberState before) {
        Objects.requireNonNull(before, "before");
        if (!before.id().equals(memberId)) {
            throw new IllegalArgumentException("Outcome is for member '" + memberId + "', not '" + before.id() + "'");
        }
        if (!member) return before;
        MemberState after = before.withQualifying(before.qualifyingSpend().plus(qualifyingSpend),
                before.qualifyingPoints() + points, before.qualifyingPurchases() + 1)
                .withLifetimePurchases(before.lifetimePurchases() + 1);
        // L9: what was paid with points is no longer spendable (what was earned may be pending: the host adds it)
        if (before.spendablePoints().isPresent() && pointsRedeemed > 0) {
            after = after.withSpendablePoints(Math.max(0, before.spendablePoints().getAsLong() - pointsRedeemed));
        }
        return tier.after().map(after::withTier).orElse(after);
    }

    /** The outcome as readable text: totals, then every rule with what it gave or why not. */
    public String explain() {
        return Explanation.render(this);
    }
}
