package dev.rewards.voucher.store;

import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.transaction.VoucherCodes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a store must record for one transaction's vouchers (V6), made from its {@link Outcome} with
 * {@link #of}: each applied code (and each automatic promotion with a member limit or a budget) with its campaign's limits (re-checked atomically by the store) and
 * what a gift voucher pays. The transaction id is the idempotency key.
 *
 * <p>Immutable and thread-safe.
 */
public record Redemption(String transactionId, String memberId, List<Use> uses) {
    public Redemption {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(memberId, "memberId");
        // codes in one order for every caller, so concurrent redemptions lock rows in the same order
        uses = uses.stream().sorted(Comparator.comparing((Use u) -> u.code().orElse("")).thenComparing(Use::campaignId)).toList();
    }

    /**
     * One voucher to mark used: a code (empty for an automatic promotion, which only counts towards the
     * member's limit and its campaign's budget), its campaign, the limits to enforce, the amount a gift
     * voucher pays, and for a campaign with a budget (D8) the budget and the discount it counts.
     */
    public record Use(Optional<String> code, String campaignId, boolean issued, OptionalInt maxUsesPerCode,
                      OptionalInt maxUsesPerMember, Optional<Money> debit, Optional<CampaignBudget> budget, Optional<Money> discount) {
        public Use {
            code = code.map(VoucherCodes::normalize);
            Objects.requireNonNull(campaignId, "campaignId");
            budget = budget == null ? Optional.empty() : budget;
            discount = discount == null ? Optional.empty() : discount;
            if (budget.isPresent() && discount.isEmpty()) throw new IllegalArgumentException("a use counted against a budget needs its discount");
        }

        /** A use of a campaign without a budget. */
        public Use(Optional<String> code, String campaignId, boolean issued, OptionalInt maxUsesPerCode, OptionalInt maxUsesPerMember,
                   Optional<Money> debit) {
            this(code, campaignId, issued, maxUsesPerCode, maxUsesPerMember, debit, Optional.empty(), Optional.empty());
        }

        /** V9: this use with what a gift voucher still pays after {@code back} was given back to it. */
        Use lessGivenBack(Money back) {
            return back.isZero() || debit.isEmpty() ? this
                    : new Use(code, campaignId, issued, maxUsesPerCode, maxUsesPerMember, Optional.of(debit.get().minus(back)), budget, discount);
        }

        @Override
        public String toString() {
            return "Use[" + code.map(VoucherCodes::mask).orElse("(automatic)") + ", " + campaignId + debit.map(d -> ", pays " + d).orElse("") + "]";
        }
    }

    /** The redemption the outcome calls for: every applied voucher with a code or a per-member limit. */
    public static Redemption of(Program program, Outcome outcome) {
        List<Use> uses = new ArrayList<>();
        for (VoucherResult v : outcome.appliedVouchers()) {
            Optional<VoucherCampaign> campaign = program.vouchers().campaign(v.campaignId().orElseThrow());
            // a promotion the program derives from elsewhere (a tier's discount) has no code and nothing to record
            if (campaign.isEmpty() && v.code().isEmpty()) continue;
            VoucherCampaign c = campaign.orElseThrow(() ->
                    new IllegalArgumentException("the outcome names campaign '" + v.campaignId().get() + "', which program "
                            + program.label() + " does not have"));
            OptionalInt perCode = c.usesPerCode().map(u -> OptionalInt.of(u.max())).orElse(OptionalInt.empty());
            OptionalInt perMember = c.usesPerMember().map(u -> OptionalInt.of(u.max())).orElse(OptionalInt.empty());
            Optional<CampaignBudget> budget = c.budget();
            if (v.code().isEmpty() && perMember.isEmpty() && budget.isEmpty()) continue;
            boolean issued = c.code().isEmpty();
            Optional<Money> debit = c.benefit() instanceof Benefit.StoredValue ? Optional.of(v.amount()) : Optional.empty();
            uses.add(new Use(v.code(), c.id(), issued, perCode, perMember, debit, budget, budget.map(b -> v.amount())));
        }
        return new Redemption(outcome.transactionId(), outcome.memberId(), uses);
    }
}
