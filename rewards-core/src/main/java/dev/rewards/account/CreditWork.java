package dev.rewards.account;

import dev.rewards.account.StoreCredit.Entry;
import dev.rewards.account.StoreCredit.Lot;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.CashbackForm;
import dev.rewards.program.CashbackRule;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cashback side of one operation on an account (C1, L10): cashback a purchase earned, after each
 * rule's cap per period, shared over the lines that earned it and held pending through the return
 * window; confirmation (store credit to the balance, cash released to the host), what a refund takes
 * back, and store credit spent. Every movement keeps {@link StoreCredit}'s conservation. Used by one
 * {@link AccountWork}, on one thread, once.
 */
final class CreditWork {
    private final AccountCalendar cal;
    private final AccountPolicy policy;
    private final Currency currency;
    private final int scale;
    private final String memberId;
    private final List<AccountEvent> events;
    BigDecimal balance;
    BigDecimal owed;
    final List<Lot> pending;
    final List<Entry> ledger;

    CreditWork(StoreCredit c, AccountCalendar cal, String memberId, List<AccountEvent> events, boolean readOnly) {
        this.cal = cal;
        this.policy = cal.policy;
        this.currency = cal.program.currency();
        this.scale = Money.scaleOf(currency);
        this.memberId = memberId;
        this.events = events;
        this.balance = c.balance();
        this.owed = c.owed();
        this.pending = readOnly ? c.pending() : dev.rewards.internal.Lists.working(c.pending(), 4);
        this.ledger = readOnly ? c.ledger() : dev.rewards.internal.Lists.working(c.ledger(), 4);
    }

    StoreCredit snapshot() {
        return new StoreCredit(balance, owed, pending, ledger);
    }

    /** What one line earned in cashback, by form. */
    record LineCashback(BigDecimal credit, BigDecimal cash) {
        static final LineCashback NONE = new LineCashback(BigDecimal.ZERO, BigDecimal.ZERO);

        LineCashback plus(CashbackForm form, BigDecimal amount) {
            return form == CashbackForm.CASH ? new LineCashback(credit, cash.add(amount)) : new LineCashback(credit.add(amount), cash);
        }
    }

    /**
     * Books the cashback of a decided purchase: each paying rule's amount after its cap per period,
     * pending until the return window ends (at once when the program has none). Returns each line's share.
     */
    Map<String, LineCashback> earn(Transaction tx, Outcome outcome, Instant clock) {
        Map<String, LineCashback> byLine = new HashMap<>();
        if (!outcome.cashback().isPositive()) return byLine;
        Map<CashbackForm, BigDecimal> byForm = new EnumMap<>(CashbackForm.class);
        String source = "purchase:" + tx.id();
        Map<String, BigDecimal> base = earningBase(tx, outcome);
        for (Verdict v : outcome.appliedVerdicts()) {
            if (v.cashback().isEmpty() || !v.cashback().get().isPositive()) continue;
            Optional<CashbackRule> rule = cal.program.cashbackRules().stream().filter(r -> r.id().equals(v.ruleId())).findFirst();
            CashbackForm form = rule.map(CashbackRule::form).orElse(CashbackForm.STORE_CREDIT);
            BigDecimal amount = capped(rule, v.cashback().get().amount(), source, tx.at());
            if (amount.signum() == 0) continue;
            ledger.add(new Entry(tx.at(), Entry.Kind.EARNED, amount, source, v.ruleId()));
            byForm.merge(form, amount, BigDecimal::add);
            share(amount, tx.lines().stream().filter(l -> v.lines().isEmpty() || v.lines().contains(l.id())).toList(), base)
                    .forEach((line, part) -> byLine.merge(line, LineCashback.NONE.plus(form, part), (a, b) -> a.plus(form, part)));
        }
        Instant confirmAt = tx.at().plus(Duration.ofDays(policy.pendingDays()));
        byForm.forEach((form, amount) -> {
            pending.add(new Lot(source, form, tx.at(), amount, amount, confirmAt));
            String what = form == CashbackForm.CASH ? "cash back" : "store credit";
            events.add(new AccountEvent(AccountEvent.Type.CASHBACK_EARNED, memberId, tx.at(), 0, Optional.of(source), money(amount) + " " + what
                    + (confirmAt.isAfter(tx.at()) ? ", " + (form == CashbackForm.CASH ? "paid" : "usable") + " from "
                    + LocalDate.ofInstant(confirmAt, cal.zone) + " if not returned" : ""), Optional.of(money(amount))));
        });
        if (!confirmAt.isAfter(clock)) confirmDue(clock);
        return byLine;
    }

    /** C1: what the rule's cap per period leaves of {@code amount}; what is over it is recorded as CAPPED. */
    private BigDecimal capped(Optional<CashbackRule> rule, BigDecimal amount, String source, Instant at) {
        if (rule.isEmpty() || rule.get().capPerPeriod().isEmpty()) return amount;
        CashbackRule.PeriodLimit limit = rule.get().capPerPeriod().get();
        ZonedDateTime start = cal.periodStart(limit.period(), at);
        Instant from = start.toInstant();
        Instant until = AccountCalendar.periodEnd(limit.period(), start).toInstant();
        BigDecimal used = BigDecimal.ZERO;
        for (Entry e : ledger) {
            if (e.kind() == Entry.Kind.EARNED && e.rule().equals(rule.get().id()) && !e.at().isBefore(from) && e.at().isBefore(until)) {
                used = used.add(e.amount());
            }
        }
        BigDecimal room = limit.max().amount().subtract(used).max(BigDecimal.ZERO);
        if (amount.compareTo(room) <= 0) return amount;
        ledger.add(new Entry(at, Entry.Kind.CAPPED, amount.subtract(room), source, rule.get().id()));
        return room;
    }

    /** What each line added to the outcome's qualifying spend: that spend shared over the lines as they counted for earning. */
    Map<String, BigDecimal> qualifyingByLine(Transaction tx, Outcome outcome) {
        return share(outcome.qualifyingSpend().amount(), tx.lines(), earningBase(tx, outcome));
    }

    /**
     * What each line counted for earning: its price after the discounts allocated to it when the
     * program earns on the price paid (a line a promotion made free earned nothing), its list price
     * otherwise; less what was paid with points unless the program lets it earn. Gift vouchers and
     * rewards are payments, not discounts.
     */
    private Map<String, BigDecimal> earningBase(Transaction tx, Outcome outcome) {
        Map<String, BigDecimal> base = new HashMap<>();
        for (Line l : tx.lines()) base.put(l.id(), l.amount().amount());
        boolean pricePaid = cal.program.vouchers().earnOn() == dev.rewards.voucher.EarnBasis.PRICE_PAID;
        // L9: the part paid with points earns nothing, whatever the basis, unless the program says it does
        boolean pointsEarn = cal.program.accounts().conversion().map(dev.rewards.program.PointsConversion::paidWithPointsEarns).orElse(false);
        for (dev.rewards.outcome.VoucherResult v : outcome.appliedVouchers()) {
            if (v.benefit().equals("storedValue") || v.benefit().equals("reward")) continue;
            if (v.benefit().equals("points") ? pointsEarn : !pricePaid) continue;
            for (dev.rewards.outcome.Allocation a : v.allocation()) base.computeIfPresent(a.lineId(), (k, b) -> b.subtract(a.amount().amount()));
        }
        return base;
    }

    /**
     * {@code amount} shared over {@code lines} in proportion to what each counted for earning
     * ({@code base}), each share rounded down to the currency's minor unit and the cents left given one
     * by one to the largest remainders (ties: line id), so the shares add up exactly and do not depend
     * on the order of the lines.
     */
    private Map<String, BigDecimal> share(BigDecimal amount, List<Line> lines, Map<String, BigDecimal> base) {
        Map<String, BigDecimal> out = new HashMap<>();
        if (lines.isEmpty()) return out;
        BigDecimal total = BigDecimal.ZERO;
        for (Line l : lines) total = total.add(base.get(l.id()).max(BigDecimal.ZERO));
        boolean even = total.signum() == 0; // lines that cost nothing share alike
        if (even) total = BigDecimal.valueOf(lines.size());
        List<Line> order = new ArrayList<>(lines);
        Map<String, BigDecimal> remainders = new HashMap<>();
        BigDecimal given = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal weight = even ? BigDecimal.ONE : base.get(l.id()).max(BigDecimal.ZERO);
            BigDecimal exact = amount.multiply(weight).divide(total, scale + 10, RoundingMode.DOWN);
            BigDecimal down = exact.setScale(scale, RoundingMode.DOWN);
            out.put(l.id(), down);
            remainders.put(l.id(), exact.subtract(down));
            given = given.add(down);
        }
        order.sort(Comparator.comparing((Line l) -> remainders.get(l.id())).reversed().thenComparing(Line::id));
        BigDecimal cent = BigDecimal.ONE.movePointLeft(scale);
        for (int i = 0; given.compareTo(amount) < 0; i = (i + 1) % order.size()) {
            out.merge(order.get(i).id(), cent, BigDecimal::add);
            given = given.add(cent);
        }
        return out;
    }

    /** Confirms every lot whose return window ended by {@code at}, oldest first. */
    void confirmDue(Instant at) {
        List<Lot> due = pending.stream().filter(l -> !l.confirmAt().isAfter(at)).sorted(Comparator.comparing(Lot::confirmAt)).toList();
        // L10: cash back waits, confirmed, until what is waiting reaches the payout minimum; then all of it goes, at that moment
        Optional<Money> minimum = policy.cashPayoutMinimum();
        BigDecimal cashDue = BigDecimal.ZERO;
        for (Lot l : due) if (l.form() == CashbackForm.CASH) cashDue = cashDue.add(l.remaining());
        boolean release = minimum.isEmpty() || cashDue.compareTo(minimum.get().amount()) >= 0;
        for (Lot l : due) if (l.form() != CashbackForm.CASH || release) confirm(l, held(l, at, minimum) ? at : l.confirmAt());
    }

    /** A cash lot confirmed before {@code at} and held until now by the payout minimum: released at {@code at}. */
    private static boolean held(Lot l, Instant at, Optional<Money> minimum) {
        return minimum.isPresent() && l.form() == CashbackForm.CASH && l.confirmAt().isBefore(at);
    }

    /** Lots whose return window ends in (from, to]: the instants {@link AccountWork#advanceTo} walks through. */
    List<Instant> confirmations(Instant from, Instant to) {
        List<Instant> out = new ArrayList<>();
        for (Lot l : pending) if (l.confirmAt().isAfter(from) && !l.confirmAt().isAfter(to)) out.add(l.confirmAt());
        return out;
    }

    /** The return window ended: what is left repays what is owed first, then becomes store credit or cash to pay. */
    private void confirm(Lot l, Instant when) {
        pending.remove(l);
        BigDecimal repay = owed.min(l.remaining());
        owed = owed.subtract(repay);
        BigDecimal rest = l.remaining().subtract(repay);
        boolean cash = l.form() == CashbackForm.CASH;
        if (!cash) balance = balance.add(rest);
        ledger.add(new Entry(when, cash ? Entry.Kind.PAID_OUT : Entry.Kind.CONFIRMED, rest, l.source(), ""));
        String repaid = repay.signum() > 0 ? " (" + money(repay) + " repaid what a refund left owing)" : "";
        events.add(cash
                ? new AccountEvent(AccountEvent.Type.CASHBACK_PAYABLE, memberId, when, 0, Optional.of(l.source()),
                        money(rest) + " cash back to pay to the member" + repaid, Optional.of(money(rest)))
                : new AccountEvent(AccountEvent.Type.CASHBACK_CONFIRMED, memberId, when, 0, Optional.of(l.source()),
                        money(rest) + " store credit can now be spent" + repaid, Optional.of(money(rest))));
    }

    /**
     * Takes back {@code amount} of one form for a refund of {@code source}: from that purchase's pending
     * cashback first, then from the store-credit balance; what the account lacks is owed ({@code ALLOW})
     * or forfeited and recorded ({@code FORFEIT}).
     */
    void reverse(String source, CashbackForm form, Instant at, BigDecimal amount) {
        if (amount.signum() <= 0) return;
        BigDecimal left = amount;
        for (int i = 0; i < pending.size() && left.signum() > 0; i++) {
            Lot l = pending.get(i);
            if (!l.source().equals(source) || l.form() != form) continue;
            BigDecimal t = left.min(l.remaining());
            pending.set(i, l.withRemaining(l.remaining().subtract(t)));
            left = left.subtract(t);
        }
        BigDecimal fromBalance = left.min(balance.max(BigDecimal.ZERO));
        balance = balance.subtract(fromBalance);
        left = left.subtract(fromBalance);
        BigDecimal forfeited = BigDecimal.ZERO;
        if (left.signum() > 0) {
            if (policy.negativeBalance() == AccountPolicy.NegativeBalance.ALLOW) owed = owed.add(left);
            else forfeited = left;
        }
        BigDecimal taken = amount.subtract(forfeited);
        ledger.add(new Entry(at, Entry.Kind.REVERSED, taken, source, ""));
        if (forfeited.signum() > 0) ledger.add(new Entry(at, Entry.Kind.FORFEITED, forfeited, source, ""));
        events.add(new AccountEvent(AccountEvent.Type.CASHBACK_REVERSED, memberId, at, 0, Optional.of(source), money(taken)
                + (form == CashbackForm.CASH ? " cash back" : " store credit") + " taken back for a refund"
                + (forfeited.signum() > 0 ? "; " + money(forfeited) + " already used and forfeited" : ""), Optional.of(money(taken))));
    }

    BigDecimal pendingTotal() {
        return StoreCredit.remaining(pending);
    }

    /**
     * E5: store credit credited by hand (to the balance at once, repaying what is owed first) or
     * debited (from the balance; what it lacks owed: the caller refused that unless the program allows
     * a negative balance).
     */
    void adjust(String source, Instant at, BigDecimal amount, String why) {
        if (amount.signum() > 0) {
            BigDecimal repay = owed.min(amount);
            owed = owed.subtract(repay);
            balance = balance.add(amount.subtract(repay));
            ledger.add(new Entry(at, Entry.Kind.EARNED, amount, source, ""));
        } else {
            BigDecimal take = amount.negate();
            BigDecimal fromBalance = take.min(balance.max(BigDecimal.ZERO));
            balance = balance.subtract(fromBalance);
            owed = owed.add(take.subtract(fromBalance));
            ledger.add(new Entry(at, Entry.Kind.REVERSED, take, source, ""));
        }
        events.add(new AccountEvent(AccountEvent.Type.CREDIT_ADJUSTED, memberId, at, 0, Optional.of(source), money(amount.abs()) + " store credit "
                + (amount.signum() > 0 ? "credited " : "debited ") + why, Optional.of(money(amount))));
    }

    /** Store credit spent at checkout; the caller checked the balance. */
    void spend(String source, Instant at, BigDecimal amount, String what) {
        balance = balance.subtract(amount);
        ledger.add(new Entry(at, Entry.Kind.SPENT, amount, source, ""));
        events.add(new AccountEvent(AccountEvent.Type.CREDIT_SPENT, memberId, at, 0, Optional.of(source), money(amount) + " store credit "
                + what, Optional.of(money(amount))));
    }

    /**
     * The ledger without entries before {@code cut}, folded into one {@code earlier} entry per kind and rule, so
     * its totals still cover the whole history (A3). Caps count from their period's start, so the cut
     * is no later than the start of the longest cap period containing the horizon.
     */
    void fold(Instant horizon) {
        AccountHistory.fold(ledger, horizon, h -> cal.capCut(h, cal.cashbackCapPeriods), Entry::at, Entry::source, e -> e.kind() + "|" + e.rule(),
                e -> new Entry(e.at(), e.kind(), e.amount(), AccountHistory.EARLIER, e.rule()),
                (x, y) -> new Entry(AccountHistory.later(x.at(), y.at()), x.kind(), x.amount().add(y.amount()), AccountHistory.EARLIER, x.rule()));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency);
    }
}
