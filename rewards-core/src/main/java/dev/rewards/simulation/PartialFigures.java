package dev.rewards.simulation;

import dev.rewards.account.AccountEvent;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.program.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What some members' replays counted (A3, A4): the sums behind {@link Figures}, for any set of members,
 * that {@link #merge merge} into the figures of all of them. Members are counted where their replay runs,
 * so each member belongs to one partial: sums add, tier counts add month by month, and the top members
 * of the union are the top of the partials' tops. {@link SimulationJson} carries a partial between
 * machines. Counts every member's points and spend when {@code everyMember} (a single JVM, for the
 * comparison of two programs); otherwise only the {@value #TOP} top members.
 *
 * <p>Mutable; one thread at a time.
 */
public final class PartialFigures {
    /** How many top members the figures name. */
    public static final int TOP = 10;

    final boolean everyMember;
    long members, purchases, events, refunds, redemptions, issued, redeemed, expired, reversed, pointsHeld;
    BigDecimal spend = BigDecimal.ZERO, cashback = BigDecimal.ZERO, cashbackHeld = BigDecimal.ZERO, discounts = BigDecimal.ZERO,
            paid = BigDecimal.ZERO;
    final Map<String, Long> pointsByRule = new TreeMap<>();
    final Map<String, BigDecimal> cashbackByRule = new TreeMap<>();
    /** Per campaign: presented, applied. */
    final Map<String, long[]> campaigns = new TreeMap<>();
    /** E6: points and discount by rule (or campaign), then by funder. */
    final Map<String, Map<String, Long>> partnerPoints = new TreeMap<>();
    final Map<String, Map<String, BigDecimal>> partnerDiscounts = new TreeMap<>();
    final Map<String, BigDecimal> campaignAmounts = new TreeMap<>();
    final Map<String, Map<String, Integer>> tiersByMonth = new TreeMap<>();
    /** Each counted member's points issued and spend (all of them, or the top ones once {@link #trim()} ran). */
    final Map<String, Long> pointsByMember = new HashMap<>();
    final Map<String, BigDecimal> spendByMember = new HashMap<>();

    public PartialFigures(boolean everyMember) {
        this.everyMember = everyMember;
    }

    /** Adds another partial (of other members) to this one; returns this. */
    public PartialFigures merge(PartialFigures o) {
        members += o.members;
        purchases += o.purchases;
        events += o.events;
        refunds += o.refunds;
        redemptions += o.redemptions;
        issued += o.issued;
        redeemed += o.redeemed;
        expired += o.expired;
        reversed += o.reversed;
        pointsHeld += o.pointsHeld;
        spend = spend.add(o.spend);
        cashback = cashback.add(o.cashback);
        cashbackHeld = cashbackHeld.add(o.cashbackHeld);
        discounts = discounts.add(o.discounts);
        paid = paid.add(o.paid);
        o.pointsByRule.forEach((k, v) -> pointsByRule.merge(k, v, Long::sum));
        o.partnerPoints.forEach((rule, by) -> by.forEach((f, n) -> partnerPoints.computeIfAbsent(rule, x -> new TreeMap<>()).merge(f, n, Long::sum)));
        o.partnerDiscounts.forEach((c, by) -> by.forEach((f, m) -> partnerDiscounts.computeIfAbsent(c, x -> new TreeMap<>()).merge(f, m, BigDecimal::add)));
        o.cashbackByRule.forEach((k, v) -> cashbackByRule.merge(k, v, BigDecimal::add));
        o.campaigns.forEach((k, v) -> {
            long[] c = campaigns.computeIfAbsent(k, x -> new long[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
        o.campaignAmounts.forEach((k, v) -> campaignAmounts.merge(k, v, BigDecimal::add));
        o.tiersByMonth.forEach((month, tiers) -> {
            Map<String, Integer> mine = tiersByMonth.computeIfAbsent(month, m -> new TreeMap<>());
            tiers.forEach((t, n) -> mine.merge(t, n, Integer::sum));
        });
        o.pointsByMember.forEach((k, v) -> pointsByMember.merge(k, v, Long::sum));
        o.spendByMember.forEach((k, v) -> spendByMember.merge(k, v, BigDecimal::add));
        if (!everyMember) trim();
        return this;
    }

    /** Each counted member's points issued (every member when counting every member). */
    public Map<String, Long> pointsByMember() {
        return java.util.Collections.unmodifiableMap(pointsByMember);
    }

    /** A copy that names only the top members: what a partition sends to be merged. */
    public PartialFigures topOnly() {
        PartialFigures copy = new PartialFigures(false).merge(this);
        copy.trim();
        return copy;
    }

    /** Keeps only the top members (by points, then id): the rest can never be among the top of a union. */
    void trim() {
        if (pointsByMember.size() <= TOP) return;
        List<String> keep = top().stream().map(Map.Entry::getKey).toList();
        pointsByMember.keySet().retainAll(keep);
        spendByMember.keySet().retainAll(keep);
    }

    private List<Map.Entry<String, Long>> top() {
        return pointsByMember.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(TOP).toList();
    }

    // ------------------------------------------------------------------ counting, by the replays

    void events(String memberId, List<AccountEvent> list) {
        for (AccountEvent e : list) {
            switch (e.type()) {
                case POINTS_EARNED -> {
                    issued += e.points();
                    pointsByMember.merge(memberId, e.points(), Long::sum);
                }
                case POINTS_REDEEMED -> redeemed += e.points();
                // L9: points paid at checkout and given back by a refund were, in the end, not redeemed
                case POINTS_RETURNED -> redeemed -= e.points();
                case POINTS_EXPIRED -> expired += e.points();
                case POINTS_REVERSED -> reversed += e.points();
                // E5: points credited by hand are issued, points debited by hand taken back
                case POINTS_ADJUSTED -> {
                    if (e.points() > 0) {
                        issued += e.points();
                        pointsByMember.merge(memberId, e.points(), Long::sum);
                    } else {
                        reversed -= e.points();
                    }
                }
                // cashback as the accounts book it: after caps per period, less what refunds took back
                case CASHBACK_EARNED -> cashback = cashback.add(e.amount().orElseThrow().amount());
                case CASHBACK_REVERSED -> cashback = cashback.subtract(e.amount().orElseThrow().amount());
                // store credit given (or taken) by hand costs the program like cashback
                case CREDIT_ADJUSTED -> cashback = cashback.add(e.amount().orElseThrow().amount());
                default -> {
                }
            }
        }
    }

    void operation(Operation op, boolean applied) {
        op.accept(new Operation.Cases<Void>() {
            @Override
            public Void purchase(Operation.Purchase p) {
                return null; // counted from its outcome
            }

            @Override
            public Void event(Operation.Event e) {
                events++;
                return null;
            }

            @Override
            public Void refund(Operation.Return r) {
                if (applied) refunds++;
                return null;
            }

            @Override
            public Void redeemPoints(Operation.RedeemPoints r) {
                if (applied) redemptions++;
                return null;
            }

            @Override
            public Void redeemReward(Operation.RedeemReward r) {
                return null;
            }

            @Override
            public Void spendCredit(Operation.SpendCredit s) {
                if (applied) redemptions++;
                return null;
            }

            @Override
            public Void assignTier(Operation.AssignTier a) {
                return null;
            }

            @Override
            public Void referred(Operation.Referred r) {
                return null;
            }

            @Override
            public Void advance(Operation.Advance a) {
                return null;
            }

            @Override
            public Void adjust(Operation.Adjust a) {
                return null; // counted from its events: points credited as issued, debited as reversed
            }
        });
    }

    void purchase(String memberId, Operation.Purchase p, Outcome o, dev.rewards.program.Program program) {
        PartnerShares shares = PartnerShares.of(program, p.transaction(), o);
        shares.points().forEach((rule, by) -> by.forEach((f, n) -> partnerPoints.computeIfAbsent(rule, x -> new TreeMap<>()).merge(f, n, Long::sum)));
        shares.discounts().forEach((c, by) -> by.forEach((f, m) -> partnerDiscounts.computeIfAbsent(c, x -> new TreeMap<>())
                .merge(f, m.amount(), BigDecimal::add)));
        purchases++;
        BigDecimal total = p.transaction().merchandiseTotal().amount();
        spend = spend.add(total);
        spendByMember.merge(memberId, total, BigDecimal::add);
        discounts = discounts.add(o.discount().amount());
        paid = paid.add(o.paidWithVouchers().amount());
        for (PointsEntry e : o.entries()) pointsByRule.merge(e.ruleId(), e.points(), Long::sum);
        for (Verdict v : o.appliedVerdicts()) v.cashback().ifPresent(c -> cashbackByRule.merge(v.ruleId(), c.amount(), BigDecimal::add));
        for (VoucherResult v : o.vouchers()) {
            String id = v.campaignId().orElse("(unknown code)");
            long[] counts = campaigns.computeIfAbsent(id, k -> new long[2]);
            counts[0]++;
            if (v.applied()) {
                counts[1]++;
                campaignAmounts.merge(id, v.amount().amount(), BigDecimal::add);
            }
        }
    }

    void tier(String month, String tier) {
        tiersByMonth.computeIfAbsent(month, m -> new TreeMap<>()).merge(tier, 1, Integer::sum);
    }

    /** A member's replay ended: it counts as a member, with what its account holds and its tier in the last month. */
    void finished(String memberId, MemberAccount a, String lastMonth) {
        members++;
        for (var l : a.lots()) pointsHeld += l.remaining();
        pointsHeld -= a.debt();
        cashbackHeld = cashbackHeld.add(a.credit().pendingTotal()).add(a.credit().balance()).subtract(a.credit().owed());
        if (lastMonth != null) tier(lastMonth, a.tier().orElse("(none)"));
        pointsByMember.putIfAbsent(memberId, 0L);
        if (!everyMember && pointsByMember.size() > 4 * TOP) trim();
    }

    // ------------------------------------------------------------------ the figures

    /**
     * The figures of every member counted, for {@code program}; {@code campaignCodes} gives each
     * campaign's issued and redeemed codes (from the voucher store; empty for none).
     */
    public Figures toFigures(Program program, Map<String, long[]> campaignCodes) {
        Currency cur = program.currency();
        long outstanding = issued - redeemed - expired - reversed;
        Money liability = atRate(program, outstanding);
        Money redeemedValue = atRate(program, redeemed);
        Money rewarded = redeemedValue.plus(liability).plus(money(cashback, cur)).plus(money(discounts, cur));
        double share = spend.signum() == 0 ? 0 : rewarded.amount().divide(spend, 6, RoundingMode.HALF_UP).doubleValue();
        Map<String, Long> rules = new LinkedHashMap<>();
        program.earnRules().forEach(r -> rules.put(r.id(), 0L));
        pointsByRule.forEach((k, v) -> rules.merge(k, v, Long::sum));
        Map<String, Money> cashbackRules = new LinkedHashMap<>();
        program.cashbackRules().forEach(r -> cashbackRules.put(r.id(), Money.zero(cur)));
        cashbackByRule.forEach((k, v) -> cashbackRules.put(k, money(v, cur)));
        Map<String, Figures.Campaign> campaignFigures = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        program.vouchers().campaigns().forEach(c -> ids.add(c.id()));
        campaigns.keySet().stream().filter(k -> !ids.contains(k)).sorted(Comparator.naturalOrder()).forEach(ids::add);
        for (String k : ids) {
            long[] v = campaigns.getOrDefault(k, new long[2]);
            long[] codes = campaignCodes.getOrDefault(k, new long[2]);
            campaignFigures.put(k, new Figures.Campaign(codes[0], codes[1], v[0], v[1], money(campaignAmounts.getOrDefault(k, BigDecimal.ZERO), cur)));
        }
        List<Figures.TopMember> top = top().stream()
                .map(e -> new Figures.TopMember(e.getKey(), e.getValue(), money(spendByMember.getOrDefault(e.getKey(), BigDecimal.ZERO), cur))).toList();
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        tiersByMonth.forEach((month, tiers) -> {
            Map<String, Integer> ordered = tiersInOrder(program);
            tiers.forEach((t, n) -> ordered.merge(t, n, Integer::sum));
            byMonth.put(month, ordered);
        });
        return new Figures(program.label(), purchases, events, refunds, redemptions, (int) members, money(spend, cur), issued, redeemed, expired,
                reversed, outstanding, liability, money(cashback, cur), money(cashbackHeld, cur), money(discounts, cur), money(paid, cur), rewarded,
                share, byMonth, rules, cashbackRules, campaignFigures, top, everyMember ? Map.copyOf(pointsByMember) : Map.of(),
                copy(partnerPoints, n -> n), copy(partnerDiscounts, m -> money(m, cur)));
    }

    private static <A, B> Map<String, Map<String, B>> copy(Map<String, Map<String, A>> in, java.util.function.Function<A, B> f) {
        Map<String, Map<String, B>> out = new TreeMap<>();
        in.forEach((k, by) -> {
            Map<String, B> m = new TreeMap<>();
            by.forEach((funder, v) -> m.put(funder, f.apply(v)));
            out.put(k, java.util.Collections.unmodifiableMap(m));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** {@code points} in money at the program's conversion rate, rounded half up (a figure, not a payment); zero without one. */
    private static Money atRate(Program program, long points) {
        Currency cur = program.currency();
        return program.accounts().conversion().map(c -> Money.of(c.unitValue().amount().multiply(BigDecimal.valueOf(points))
                .divide(BigDecimal.valueOf(c.pointsPerUnit()), Money.scaleOf(cur), RoundingMode.HALF_UP), cur)).orElse(Money.zero(cur));
    }

    /** Points the counted accounts hold at the end (spendable and pending, less debts): the figures' outstanding points. */
    public long pointsHeld() {
        return pointsHeld;
    }

    /** Every tier at 0, in the program's order (no tier first, then lowest to highest), for a month's counts. */
    static Map<String, Integer> tiersInOrder(Program program) {
        Map<String, Integer> tiers = new LinkedHashMap<>();
        if (program.tiering().tiers().isEmpty() || program.tiering().tiers().get(0).threshold().signum() > 0) tiers.put("(none)", 0);
        for (Tier t : program.tiering().tiers()) tiers.put(t.id(), 0);
        return tiers;
    }

    private static Money money(BigDecimal amount, Currency cur) {
        return Money.of(amount.setScale(Money.scaleOf(cur), RoundingMode.UNNECESSARY), cur);
    }
}
