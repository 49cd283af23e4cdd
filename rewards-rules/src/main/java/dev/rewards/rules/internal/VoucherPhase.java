package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.program.Tier;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Checkout;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Java partner of vouchers.drl (V1-V7): the vouchers presented and the automatic promotions as
 * facts, each restriction answered for this transaction, then the accepted ones settled in order
 * ({@link Discounts}) and their results. Used by one thread, once.
 */
final class VoucherPhase {
    private final Basket basket;
    private final Program program;
    private final VoucherSnapshot snapshot;
    /** The vouchers presented and the automatic promotions; empty when the program has none and none is presented. */
    private final List<VoucherFact> vouchers;
    /** L9: the points the transaction pays with, as a fact among the vouchers. */
    private Optional<VoucherFact> pointsPaid = Optional.empty();

    VoucherPhase(Basket basket, VoucherSnapshot snapshot, boolean automaticPromotions, Optional<VoucherCampaign> tierDiscount) {
        this.basket = basket;
        this.program = basket.program();
        this.snapshot = snapshot;
        Transaction tx = basket.transaction();
        Optional<VoucherCampaign> members = basket.enrolled() ? tierDiscount : Optional.empty();
        this.vouchers = tx.vouchers().isEmpty() && !automaticPromotions && members.isEmpty() && tx.payWithPoints() == 0 ? List.of()
                : facts(tx, members);
    }

    private List<VoucherFact> facts(Transaction tx, Optional<VoucherCampaign> tierDiscount) {
        VoucherPolicy policy = program.vouchers();
        List<VoucherFact> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = 0;
        for (String code : tx.vouchers()) {
            Optional<VoucherStatus> status = snapshot.status(code);
            VoucherCampaign campaign = policy.campaignWithCode(code)
                    .or(() -> status.flatMap(VoucherStatus::campaignId).flatMap(policy::campaign)).orElse(null);
            facts.add(new VoucherFact(Optional.of(code), campaign, status, order++, !seen.add(code), basket.member().id(), basket.lines(),
                    shippingAmount()));
        }
        for (VoucherCampaign c : policy.campaigns()) {
            if (c.automatic()) facts.add(new VoucherFact(Optional.empty(), c, Optional.empty(), order++, false, basket.member().id(), basket.lines(),
                    shippingAmount()));
        }
        if (tierDiscount.isPresent()) {
            facts.add(new VoucherFact(Optional.empty(), tierDiscount.get(), Optional.empty(), order++, false, basket.member().id(), basket.lines(),
                    shippingAmount()));
        }
        pointsPaid = PointsAtCheckout.fact(basket, order);
        pointsPaid.ifPresent(facts::add);
        return facts;
    }

    boolean isActive() {
        return !vouchers.isEmpty();
    }

    List<VoucherFact> facts() {
        return vouchers;
    }

    /** Each known voucher's restrictions, answered for this transaction. */
    List<RestrictionCheck> restrictionChecks() {
        List<RestrictionCheck> checks = new ArrayList<>();
        for (VoucherFact v : vouchers) {
            if (v.campaign == null) continue;
            Checkout checkout = new VoucherCheckout(v);
            for (Restriction r : v.campaign.restrictions()) checks.add(new RestrictionCheck(v, r, r.check(checkout)));
        }
        return checks;
    }

    BigDecimal shippingAmount() {
        return basket.transaction().shipping().amount();
    }

    /** V7: applies the accepted vouchers in order; the line amounts left are what the rest of the evaluation sees. */
    void settle() {
        Discounts discounts = new Discounts(basket.lines(), basket.grossAmounts(), shippingAmount(), Money.scaleOf(program.currency()),
                program.vouchers().conflicts(), program.vouchers().rounding(), snapshot::usage);
        BigDecimal[] net = discounts.settle(vouchers);
        basket.settleVouchers(net, discounts.shippingAfterDiscounts);
        pointsPaid.filter(p -> p.applied && p.accepted())
                .ifPresent(p -> basket.paidWithPoints(p.byLine, PointsAtCheckout.paidWithPointsEarns(basket)));
    }

    /** L9: the points paid at checkout, once settled; 0 when none were. */
    long pointsRedeemed() {
        return pointsPaid.filter(p -> p.applied && p.accepted()).map(p -> basket.transaction().payWithPoints()).orElse(0L);
    }

    /** True when points are counted on the price after discounts (V7). */
    static boolean earnsOnPricePaid(Program program) {
        return program.vouchers().earnOn() == EarnBasis.PRICE_PAID;
    }

    /** Known vouchers in order of application, then unknown codes in the order presented. */
    List<VoucherResult> results() {
        if (vouchers.isEmpty()) return List.of();
        List<VoucherFact> known = new ArrayList<>();
        List<VoucherFact> unknown = new ArrayList<>();
        for (VoucherFact v : vouchers) (v.campaign == null ? unknown : known).add(v);
        known.sort(Discounts.ORDER.thenComparingInt(v -> v.order));
        known.addAll(unknown);
        List<VoucherResult> results = new ArrayList<>(known.size());
        for (VoucherFact v : known) results.add(VoucherResults.of(v, basket.lines(), program.currency()));
        return results;
    }

    /** What a restriction sees of this transaction for one voucher. */
    private final class VoucherCheckout implements Checkout {
        private final VoucherFact v;
        private Money eligible;
        private int eligibleLines = -1;
        private long eligibleUnits;

        VoucherCheckout(VoucherFact v) {
            this.v = v;
        }

        @Override
        public LocalDateTime programTime() {
            return basket.localTime();
        }

        @Override
        public dev.rewards.calendar.Calendars calendars() {
            return program.calendars();
        }

        @Override
        public LocalDateTime storeTime() {
            Transaction tx = basket.transaction();
            ZoneId zone = tx.store().map(program.vouchers().storeTimeZones()::get).orElse(program.timeZone());
            return LocalDateTime.ofInstant(tx.at(), zone);
        }

        @Override
        public Optional<String> channel() {
            return basket.transaction().channel();
        }

        @Override
        public Optional<String> store() {
            return basket.transaction().store();
        }

        @Override
        public boolean member() {
            return basket.enrolled();
        }

        @Override
        public Optional<String> tier() {
            return basket.tierBefore().map(Tier::id);
        }

        @Override
        public int lifetimePurchases() {
            return basket.member().lifetimePurchases();
        }

        @Override
        public Money eligibleSpend() {
            count();
            return eligible;
        }

        @Override
        public int eligibleLines() {
            count();
            return eligibleLines;
        }

        @Override
        public long eligibleUnits() {
            count();
            return eligibleUnits;
        }

        @Override
        public List<Line> lines() {
            return basket.lines();
        }

        @Override
        public java.util.Set<String> segments() {
            return basket.member().segments();
        }

        @Override
        public Optional<String> shipTo() {
            return basket.transaction().shipTo();
        }

        private void count() {
            if (eligibleLines >= 0) return;
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            long units = 0;
            for (int l = 0; l < basket.size(); l++) {
                if (!v.campaign.admits(basket.lines().get(l))) continue;
                sum = sum.add(basket.amount(l));
                n++;
                units += basket.lines().get(l).quantity();
            }
            eligible = Money.of(sum, program.currency());
            eligibleLines = n;
            eligibleUnits = units;
        }

        @Override
        public int usesOfCode() {
            return v.status.map(VoucherStatus::uses).orElse(0);
        }

        @Override
        public int usesByMember() {
            return snapshot.usesByMember(v.campaign.id());
        }

        @Override
        public CampaignUsage campaignUsage() {
            return snapshot.usage(v.campaign.id());
        }
    }
}
