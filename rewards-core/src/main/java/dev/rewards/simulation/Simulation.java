package dev.rewards.simulation;

import dev.rewards.CompiledProgram;
import dev.rewards.Rewards;
import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.outcome.Verdict;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.Program;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import dev.rewards.voucher.store.IssuedVoucher;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a program over a history, one operation at a time, and keeps the {@link Figures} (A3, A4).
 * Memory grows with the number of members, not with the length of the history: each account is
 * compacted as it goes (as much ledger as the longest period cap needs, 90 days of purchases for
 * refunds, a year of qualifying records for tier windows).
 * Operations for members not given up front open an account enrolled at their first operation.
 * Not thread-safe: one simulation, one thread.
 */
public final class Simulation {
    private static final Duration KEEP_PURCHASES = Duration.ofDays(90);

    private final Program program;
    private final Accounts accounts;
    private final InMemoryVoucherStore vouchers;
    private final Map<String, MemberAccount> byMember = new HashMap<>();
    private final Map<String, Long> pointsByMember = new HashMap<>();
    private final Map<String, BigDecimal> spendByMember = new HashMap<>();
    private final Map<String, Long> pointsByRule = new LinkedHashMap<>();
    private final Map<String, BigDecimal> cashbackByRule = new LinkedHashMap<>();
    private final Map<String, long[]> campaigns = new LinkedHashMap<>();
    private final Map<String, BigDecimal> campaignAmounts = new HashMap<>();
    private final Map<String, Map<String, Integer>> tiersByMonth = new TreeMap<>();
    private long purchases, events, refunds, redemptions, issued, redeemed, expired, reversed;
    private BigDecimal spend = BigDecimal.ZERO, cashback = BigDecimal.ZERO, discounts = BigDecimal.ZERO, paid = BigDecimal.ZERO;
    private YearMonth month;
    private Instant last = Instant.EPOCH;
    /** As much ledger as the longest period cap looks back over (a day when there is none). */
    private final Duration keepLedger;

    public Simulation(Program program) {
        this(program, Rewards.compile(program));
    }

    public Simulation(Program program, CompiledProgram compiled) {
        this.program = program;
        this.vouchers = new InMemoryVoucherStore();
        this.accounts = new Accounts(compiled, vouchers);
        program.earnRules().forEach(r -> pointsByRule.put(r.id(), 0L));
        program.cashbackRules().forEach(r -> cashbackByRule.put(r.id(), BigDecimal.ZERO));
        program.vouchers().campaigns().forEach(c -> campaigns.put(c.id(), new long[2]));
        this.keepLedger = Duration.ofDays(1 + program.accounts().periodCaps().stream().mapToInt(c -> switch (c.period()) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 31;
            case YEAR -> 366;
            case LIFETIME -> 366 * 200; // keep it all: accounts fold old entries by group, so lifetime caps still count them
            case ROLLING_7_DAYS, ROLLING_30_DAYS, ROLLING_365_DAYS -> dev.rewards.program.Periods.rollingDays(c.period());
        }).max().orElse(1));
    }

    /** D8: what a campaign with a budget has used so far in this simulation (refunded orders give theirs back). */
    public dev.rewards.voucher.CampaignUsage campaignUsage(String campaignId) {
        return vouchers.campaignUsage(campaignId);
    }

    public Program program() {
        return program;
    }

    /**
     * Codes issued before the history starts (V3, A3): the history's purchases may present them, their
     * limits and balances hold, and each campaign's redemption rate is redeemed / issued.
     */
    public void issue(List<IssuedVoucher> codes) {
        vouchers.issue(codes);
    }

    /** Members known before the history starts, with their tier and totals as of {@code at}. */
    public void enrol(List<MemberState> members, Instant at) {
        for (MemberState m : members) byMember.put(m.id(), accounts.importState(m, at, Optional.empty()));
    }

    /** Applies one operation (in time order) and counts what it did; returns the member's result. */
    public AccountResult apply(Operation op) {
        closeMonthsUntil(op.at());
        if (op.at().isAfter(last)) last = op.at();
        MemberAccount account = byMember.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
        AccountResult r = accounts.apply(account, op);
        count(op, r);
        MemberAccount after = r.account();
        for (MemberEvent effect : r.effects()) {
            MemberAccount other = byMember.get(effect.memberId());
            if (other != null) {
                AccountResult paidOut = accounts.applyEffect(other, effect);
                countEvents(effect.memberId(), paidOut.events());
                byMember.put(effect.memberId(), paidOut.account());
            }
        }
        if (after.ledger().size() > 64) {
            after = accounts.compact(after, op.at().minus(keepLedger), op.at().minus(KEEP_PURCHASES));
        }
        byMember.put(op.memberId(), after);
        return r;
    }

    private void count(Operation op, AccountResult r) {
        countEvents(op.memberId(), r.events());
        op.accept(new Operation.Cases<Void>() {
            @Override
            public Void purchase(Operation.Purchase p) {
                return null; // counted from its outcome below
            }

            @Override
            public Void event(Operation.Event e) {
                events++;
                return null;
            }

            @Override
            public Void refund(Operation.Return ret) {
                if (r.applied()) refunds++;
                return null;
            }

            @Override
            public Void redeemPoints(Operation.RedeemPoints x) {
                if (r.applied()) redemptions++;
                return null;
            }

            @Override
            public Void redeemReward(Operation.RedeemReward x) {
                return null;
            }

            @Override
            public Void spendCredit(Operation.SpendCredit x) {
                if (r.applied()) redemptions++;
                return null;
            }

            @Override
            public Void assignTier(Operation.AssignTier a) {
                return null;
            }

            @Override
            public Void advance(Operation.Advance a) {
                return null;
            }
        });
        if (r.outcome().isEmpty() || r.duplicate()) return;
        Outcome o = r.outcome().get();
        purchases++;
        Operation.Purchase p = (Operation.Purchase) op;
        BigDecimal total = p.transaction().merchandiseTotal().amount();
        spend = spend.add(total);
        spendByMember.merge(op.memberId(), total, BigDecimal::add);
        discounts = discounts.add(o.discount().amount());
        paid = paid.add(o.paidWithVouchers().amount());
        for (PointsEntry e : o.entries()) pointsByRule.merge(e.ruleId(), e.points(), Long::sum);
        for (Verdict v : o.verdicts()) v.cashback().ifPresent(c -> cashbackByRule.merge(v.ruleId(), c.amount(), BigDecimal::add));
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

    private void countEvents(String memberId, List<AccountEvent> list) {
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
                // cashback as the accounts book it: after caps per period, less what refunds took back
                case CASHBACK_EARNED -> cashback = cashback.add(e.amount().orElseThrow().amount());
                case CASHBACK_REVERSED -> cashback = cashback.subtract(e.amount().orElseThrow().amount());
                default -> {
                }
            }
        }
    }

    /** At each month end the history crosses: every account advanced there, and its tier counted. */
    /** Every tier at 0, in the program's order (no tier first, then lowest to highest), for a month's counts. */
    private Map<String, Integer> tiersInOrder() {
        Map<String, Integer> tiers = new java.util.LinkedHashMap<>();
        if (program.tiering().tiers().isEmpty() || program.tiering().tiers().get(0).threshold().signum() > 0) tiers.put("(none)", 0);
        for (dev.rewards.program.Tier t : program.tiering().tiers()) tiers.put(t.id(), 0);
        return tiers;
    }

    private void closeMonthsUntil(Instant at) {
        YearMonth now = YearMonth.from(ZonedDateTime.ofInstant(at, program.timeZone()));
        if (month == null) month = now;
        while (month.isBefore(now)) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(program.timeZone()).toInstant();
            Map<String, Integer> tiers = tiersInOrder();
            for (Map.Entry<String, MemberAccount> e : byMember.entrySet()) {
                AccountResult moved = accounts.advance(e.getValue(), end);
                countEvents(e.getKey(), moved.events());
                e.setValue(moved.account());
                tiers.merge(moved.account().tier().orElse("(none)"), 1, Integer::sum);
            }
            tiersByMonth.put(month.toString(), tiers);
            month = month.plusMonths(1);
        }
    }

    /** Points the accounts hold now (spendable and pending, less debts): must equal the figures' outstanding points. */
    public long pointsHeld() {
        long held = 0;
        for (MemberAccount a : byMember.values()) {
            for (var l : a.lots()) held += l.remaining();
            held -= a.debt();
        }
        return held;
    }

    /** Cashback the accounts hold now (store credit and pending, less what is owed). */
    public BigDecimal cashbackHeld() {
        BigDecimal held = BigDecimal.ZERO;
        for (MemberAccount a : byMember.values()) held = held.add(a.credit().pendingTotal()).add(a.credit().balance()).subtract(a.credit().owed());
        return held;
    }

    /** The figures so far (the current month's tiers are counted at the last operation). */
    public Figures figures() {
        Map<String, Integer> tiers = tiersInOrder();
        for (MemberAccount a : byMember.values()) tiers.merge(a.tier().orElse("(none)"), 1, Integer::sum);
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>(tiersByMonth);
        if (month != null) byMonth.put(month.toString(), tiers);
        Currency cur = program.currency();
        long outstanding = issued - redeemed - expired - reversed;
        Money liability = program.accounts().conversion().map(c -> Money.of(c.unitValue().amount().multiply(BigDecimal.valueOf(outstanding))
                .divide(BigDecimal.valueOf(c.pointsPerUnit()), Money.scaleOf(cur), RoundingMode.HALF_UP), cur)).orElse(Money.zero(cur));
        Money redeemedValue = program.accounts().conversion().map(c -> Money.of(c.unitValue().amount().multiply(BigDecimal.valueOf(redeemed))
                .divide(BigDecimal.valueOf(c.pointsPerUnit()), Money.scaleOf(cur), RoundingMode.HALF_UP), cur)).orElse(Money.zero(cur));
        Money rewarded = redeemedValue.plus(liability).plus(money(cashback)).plus(money(discounts));
        double share = spend.signum() == 0 ? 0 : rewarded.amount().divide(spend, 6, RoundingMode.HALF_UP).doubleValue();
        Map<String, Money> cashbackRules = new LinkedHashMap<>();
        cashbackByRule.forEach((k, v) -> cashbackRules.put(k, money(v)));
        Map<String, Figures.Campaign> campaignFigures = new LinkedHashMap<>();
        campaigns.forEach((k, v) -> campaignFigures.put(k, new Figures.Campaign(vouchers.issuedCount(k), vouchers.redeemedCount(k), v[0], v[1],
                money(campaignAmounts.getOrDefault(k, BigDecimal.ZERO)))));
        List<Figures.TopMember> top = pointsByMember.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(10)
                .map(e -> new Figures.TopMember(e.getKey(), e.getValue(), money(spendByMember.getOrDefault(e.getKey(), BigDecimal.ZERO)))).toList();
        return new Figures(program.label(), purchases, events, refunds, redemptions, byMember.size(), money(spend), issued, redeemed, expired,
                reversed, outstanding, liability, money(cashback), money(cashbackHeld()), money(discounts), money(paid), rewarded, share, byMonth,
                new LinkedHashMap<>(pointsByRule), cashbackRules, campaignFigures, top, Map.copyOf(pointsByMember));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount.setScale(Money.scaleOf(program.currency()), RoundingMode.UNNECESSARY), program.currency());
    }
}
