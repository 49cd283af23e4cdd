package dev.rewards.account;

import dev.rewards.CompiledProgram;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.account.MemberAccount.Purchase;
import dev.rewards.account.MemberAccount.PurchasedLine;
import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.account.store.AccountStore;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.store.Redemption;
import dev.rewards.voucher.store.RedemptionResult;
import dev.rewards.voucher.store.VoucherStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Member accounts over time, for one compiled program: every operation is a pure function from an
 * account and an input (with its instant) to an {@link AccountResult}; the host stores the account
 * after, directly or through an {@link AccountStore}. Nothing here reads a
 * clock: time moves when an input arrives, and {@link #advance} moves it explicitly.
 *
 * <p>Before each input the account is advanced to its instant, in time order: pending points whose
 * return window ended are confirmed, expiry notices are raised, points expire (each lot at its own
 * date, so the oldest first), tier periods close (a member below their tier's threshold for the period
 * just ended drops to the tier they reached, after the grace period), and downgrades due take effect.
 *
 * <p>Points earned, in this order: the engine's outcome (with its per-transaction caps), then the
 * program's period caps (day, week, month, year in the program's time zone; each cap counts what was
 * earned in its period, from its event type or from everything), then repayment of any debt a refund
 * left. Bonuses for tiers, challenges and referrals are not capped.
 *
 * <p>Immutable and thread-safe.
 */
public final class Accounts {
    static final String PURCHASE = "purchase";
    /** The kinds of operation ids, each its own namespace: a refund may share its purchase's id. */
    static final String EVENT = "event";
    static final String REFUND = "refund";
    static final String REDEMPTION = "redemption";
    static final String REFERRAL_REWARD = "referral-reward";
    static final String REFERRAL_CLAWBACK = "referral-clawback";
    /** The progress key counting a referrer's referrals that paid (and were not clawed back), for milestones. */
    static final String PAID_REFERRALS = "referrals-paid";
    /** The ledger group of tier, challenge and referral points: never capped. */
    static final String BONUS = "bonus";
    /** L9: the ledger group of points paid at checkout that a refund gave back. */
    static final String RETURNED = "returned";
    static final String ASSIGNMENT = "tier-assignment";
    /** E5: the kind of ids and the ledger group of adjustments by hand (outside every cap). */
    static final String ADJUSTMENT = "adjustment";

    private final CompiledProgram compiled;
    private final Program program;
    private final AccountPolicy policy;
    private final ZoneId zone;
    private final AccountCalendar calendar;
    private final Optional<VoucherStore> vouchers;
    private final AccountViews views;
    private final Redemptions redemptions;
    private final Optional<dev.rewards.transaction.ExchangeRates> rates;
    private final Optional<RewardStock> stock;

    /**
     * Accounts without voucher state: every purchase is decided on an empty voucher snapshot, so public
     * codes and automatic promotions work but no use is remembered (a once-per-member code is accepted
     * every time). Use {@link #Accounts(CompiledProgram, VoucherStore)} when codes are presented.
     */
    public Accounts(CompiledProgram compiled) {
        this(compiled, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Accounts that keep voucher use in {@code vouchers} (V6): a purchase is decided on the store's
     * snapshot for its transaction and its vouchers are redeemed there; a whole refund reverses them.
     * Use limits and gift balances then hold over a member's history.
     */
    public Accounts(CompiledProgram compiled, VoucherStore vouchers) {
        this(compiled, Optional.of(Objects.requireNonNull(vouchers, "vouchers")), Optional.empty(), Optional.empty());
    }

    private Accounts(CompiledProgram compiled, Optional<VoucherStore> vouchers, Optional<RewardStock> stock,
                     Optional<dev.rewards.transaction.ExchangeRates> rates) {
        this.compiled = Objects.requireNonNull(compiled, "compiled");
        this.program = compiled.program();
        this.policy = program.accounts();
        this.zone = program.timeZone();
        this.calendar = new AccountCalendar(program);
        this.vouchers = vouchers;
        this.views = new AccountViews(calendar);
        this.redemptions = new Redemptions(program, stock);
        this.rates = rates;
        this.stock = stock;
    }

    /** L9: the same accounts, taking a unit of a stocked catalogue reward from {@code stock} at each redemption (exactly once per id). */
    public Accounts withRewardStock(RewardStock stock) {
        return new Accounts(compiled, vouchers, Optional.of(Objects.requireNonNull(stock, "stock")), rates);
    }

    /**
     * M5: the same accounts, converting a basket in another currency with the host's rate table before deciding it; the purchase is
     * booked converted (refunds take back what it earned) and the outcome records the rate, the rounding and the basket's own total.
     */
    public Accounts withRates(dev.rewards.transaction.ExchangeRates rates) {
        return new Accounts(compiled, vouchers, stock, Optional.of(Objects.requireNonNull(rates, "rates")));
    }

    public Program program() {
        return program;
    }

    /**
     * A new account for a member enrolled at {@code enrolledAt}, with the referral code that is theirs to
     * hand out, in the tier a total of nothing reaches (T1: a lowest tier from 0 is where members start).
     */
    public MemberAccount open(String memberId, Instant enrolledAt, Optional<String> referralCode) {
        return AccountOpening.open(program, memberId, enrolledAt, referralCode);
    }

    /**
     * An account for a member the host already tracks: their tier (or the higher one their totals
     * reach), and their qualifying totals and purchase count as of {@code at} (counted at that instant,
     * so in the window containing it). For moving an existing loyalty base onto accounts; no points are
     * carried over.
     */
    public MemberAccount importState(MemberState state, Instant at, Optional<String> referralCode) {
        return AccountOpening.importState(program, state, at, referralCode);
    }

    /** An account for someone known by id who has not enrolled: they earn nothing (P4). */
    public MemberAccount guest(String memberId, Instant since) {
        return AccountOpening.guest(memberId, since);
    }

    // ------------------------------------------------------------------ inputs

    /** Carries out one operation (a history line, an audit record's input): the same as calling its method. */
    public AccountResult apply(MemberAccount account, Operation op) {
        check(account, op.memberId(), "operation " + op.id());
        return op.accept(new OperationApplier(this, account));
    }

    /**
     * Decides and books the purchase; with a voucher store, on the store's snapshot for this
     * transaction, and redeems its vouchers there once booked. A redemption the store refuses (another
     * order took a last use in between) is decided again on the store's new state, so the outcome never
     * gives a voucher the store did not grant.
     */
    public AccountResult purchase(MemberAccount account, Transaction tx) {
        if (vouchers.isEmpty()) return purchase(account, tx, VoucherSnapshot.EMPTY);
        VoucherStore store = vouchers.get();
        for (int attempt = 1; ; attempt++) {
            AccountResult r = purchase(account, tx, store.snapshot(account.memberId(), tx.id(), tx.vouchers()));
            if (!r.applied() || r.outcome().isEmpty()) return r;
            Redemption redemption = Redemption.of(program, r.outcome().get());
            if (redemption.uses().isEmpty()) return r;
            if (store.redeem(redemption).status() != RedemptionResult.Status.REJECTED) return r;
            if (attempt == 5) {
                throw new IllegalStateException("the voucher store refused transaction " + tx.id() + "'s vouchers five times in a row");
            }
        }
    }

    /** Decides the purchase with the engine and books what it earned (P1-P5, P7, T2, E1, P6). */
    public AccountResult purchase(MemberAccount account, Transaction original, VoucherSnapshot vouchers) {
        var converted = rates.filter(r -> !original.currency().equals(program.currency())).map(r -> r.convert(original));
        Transaction tx = converted.map(c -> c.transaction()).orElse(original);
        check(account, tx.memberId(), "transaction " + tx.id());
        if (account.hasApplied(PURCHASE, tx.id())) return AccountResult.duplicate(account);
        if (tooLate(account, tx.at())) return AccountResult.late(policy, account, "transaction " + tx.id(), tx.at());
        AccountWork w = new AccountWork(account, calendar).advanceTo(tx.at());
        MemberState state = calendar.stateAt(account.memberId(), account.enrolledAt(), w.tier, w.qualifying, w.lots, w.debt,
                w.tierSince(), w.lifetimePurchases, account.segments(), account.birthday(), tx.at());
        // L9: the engine checks points paid at checkout against what the member can spend now
        Outcome evaluated = compiled.evaluate(tx.payWithPoints() > 0 ? state.withSpendablePoints(w.available(tx.at())) : state, tx, vouchers);
        Outcome outcome = converted.flatMap(c -> c.conversion()).map(evaluated::withConversion).orElse(evaluated);
        w.applied(PURCHASE + ":" + tx.id());
        if (!outcome.member()) return w.result(Optional.of(outcome), Optional.empty(), List.of(), List.of());
        CheckoutPoints.charge(w, tx, outcome);
        Map<String, Long> paidPoints = CheckoutPoints.byLine(tx, outcome);
        Map<String, BigDecimal> counted = w.credit.qualifyingByLine(tx, outcome);
        long credited = w.earn("purchase:" + tx.id(), tx.at(), PURCHASE, outcome.points());
        Map<String, CreditWork.LineCashback> cashback = w.credit.earn(tx, outcome, tx.at());
        Map<String, PurchasedLine> lines = new TreeMap<>();
        for (Line l : tx.lines()) {
            long points = 0;
            for (PointsEntry e : outcome.entries()) if (e.lineId().filter(l.id()::equals).isPresent()) points += e.points();
            CreditWork.LineCashback c = cashback.getOrDefault(l.id(), CreditWork.LineCashback.NONE);
            lines.put(l.id(), new PurchasedLine(l.quantity(), l.unitPrice().amount(), points, 0, c.credit(), c.cash(), paidPoints.get(l.id()),
                    counted.get(l.id())));
        }
        boolean paysReferral = policy.referral().isPresent() && w.referredBy.isPresent() && !w.referralPaid
                && !outcome.qualifyingSpend().isLessThan(policy.referral().get().minimumSpend());
        w.purchases.put(tx.id(), new Purchase(tx.at(), lines, credited, 0, paysReferral));
        w.qualifying.add(new Qualifying(tx.at(), outcome.qualifyingSpend().amount(), credited, 1));
        w.lifetimePurchases++;
        // T2: up as soon as a threshold is crossed (a member in no tier enters the one their totals reach)
        outcome.tier().after().filter(t -> program.tiering().rank(t) > w.tier.map(program.tiering()::rank).orElse(-1))
                .ifPresent(t -> w.upgrade(t, tx.at()));
        w.keepTierIfRequalified(tx.at());
        List<MemberEvent> effects = new ArrayList<>();
        if (paysReferral) {
            AccountPolicy.ReferralRule r = policy.referral().get();
            w.referralPaid = true;
            if (r.refereePoints() > 0) w.bonus(AccountWork.refereeSource(account.memberId(), tx.id()), tx.at(), r.refereePoints(), "referral: your first purchase");
            // L7: the referrer's reward, fixed points and any share of what this purchase credited, travels with the effect
            effects.add(new MemberEvent(REFERRAL_REWARD + ":" + account.memberId() + ":" + tx.id(), w.referredBy.get(), tx.at(), REFERRAL_REWARD,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(r.referrerReward(credited))));
        }
        w.countChallenges(PURCHASE, tx.at(), ChallengeCategories.of(tx));
        AccountActions.milestones(w, dev.rewards.program.Milestone.Counting.PURCHASES, w.lifetimePurchases, tx.at());
        return w.result(Optional.of(outcome), Optional.empty(), List.of(), effects);
    }

    /** Books a non-purchase event (P2): its action rule's points, capped per period; challenges count it. */
    public AccountResult event(MemberAccount account, MemberEvent e) {
        if (e.points().isPresent()) {
            throw new InvalidInputException(List.of(new Problem("points", "an event's points come from the program's action rules;"
                    + " only the library's referral effects carry points")));
        }
        if (e.type().equals(REFERRAL_REWARD) || e.type().equals(REFERRAL_CLAWBACK)) {
            throw new InvalidInputException(List.of(new Problem("type", "'" + e.type() + "' is made by the library for a referral; apply"
                    + " the effects a result returns with applyEffect, never as an event of your own")));
        }
        return booked(account, e);
    }

    /**
     * Applies an effect on another member that a result returned ({@link AccountResult#effects()}: a
     * referrer's reward, or its clawback). Idempotent by the effect's id, like every operation.
     */
    public AccountResult applyEffect(MemberAccount account, MemberEvent effect) {
        return booked(account, effect);
    }

    private AccountResult booked(MemberAccount account, MemberEvent e) {
        check(account, e.memberId(), "event " + e.id());
        if (account.hasApplied(EVENT, e.id())) return AccountResult.duplicate(account);
        if (tooLate(account, e.at())) return AccountResult.late(policy, account, "event " + e.id(), e.at());
        AccountWork w = new AccountWork(account, calendar).advanceTo(e.at());
        if (account.enrolledAt().isEmpty() || e.at().isBefore(account.enrolledAt().get())) {
            return w.rejectedWith(Reason.of(ReasonCode.NOT_A_MEMBER, "the member was not enrolled at " + e.at()));
        }
        if (e.type().equals(REFERRAL_REWARD) || e.type().equals(REFERRAL_CLAWBACK)) return AccountActions.referralEffect(w, account, e);
        Optional<AccountPolicy.ActionRule> rule = policy.action(e.type());
        w.applied(EVENT + ":" + e.id());
        List<Reason> why = AccountActions.reward(w, rule, e);
        return w.result(Optional.empty(), Optional.empty(), why, List.of());
    }

    /**
     * P6: records that {@code referee} joined with {@code code}, which must be {@code referrer}'s. The
     * reward pays when the referee's first qualifying purchase arrives. Refused for oneself, for a
     * member referred before, and for a member who has referred others (that is how loops start).
     * Returns the referee's account; the host also stores {@link #referred} of the referrer.
     */
    public AccountResult refer(MemberAccount referrer, MemberAccount referee, String code, Instant at) {
        List<Reason> why = new ArrayList<>();
        if (referrer.memberId().equals(referee.memberId())) why.add(Reason.of(ReasonCode.SELF_REFERRAL, "a member cannot refer themselves"));
        if (referrer.referralCode().filter(c -> c.equalsIgnoreCase(code == null ? "" : code.strip())).isEmpty()) {
            why.add(Reason.of(ReasonCode.UNKNOWN_REFERRAL_CODE, "the code is not " + referrer.memberId() + "'s referral code"));
        }
        if (referee.referredBy().isPresent()) {
            why.add(Reason.of(ReasonCode.ALREADY_REFERRED, referee.memberId() + " was already referred by " + referee.referredBy().get()));
        }
        if (referee.referralsMade() > 0 || referrer.referredBy().filter(referee.memberId()::equals).isPresent()) {
            why.add(Reason.of(ReasonCode.REFERRAL_LOOP, referee.memberId() + " has referred others; being referred now could close a loop"));
        }
        AccountWork w = new AccountWork(referee, calendar).advanceTo(at);
        if (!why.isEmpty()) return w.rejectedWith(why.toArray(Reason[]::new));
        w.referredBy = Optional.of(referrer.memberId());
        return w.result(Optional.empty(), Optional.empty(), List.of(), List.of());
    }


    /** The referrer's account once a referral was accepted: it counts the members they referred. */
    public MemberAccount referred(MemberAccount referrer) {
        AccountWork w = new AccountWork(referrer, calendar);
        w.referralsMade++;
        return w.snapshot();
    }

    /**
     * P7: reverses what the returned lines earned, as recorded at purchase: per line, its points times
     * the share of its units returned, rounded down; once every unit is back, whatever the purchase
     * still holds. Taken from the purchase's own points first, then the oldest; what the account lacks
     * is owed ({@code ALLOW}) or forfeited ({@code FORFEIT}). Qualifying spend drops by the refunded amount.
     */
    public AccountResult refund(MemberAccount account, Refund r) {
        check(account, r.memberId(), "refund " + r.id());
        if (account.hasApplied(REFUND, r.id())) return AccountResult.duplicate(account);
        if (tooLate(account, r.at())) return AccountResult.late(policy, account, "refund " + r.id(), r.at());
        Purchase p = account.purchases().get(r.transactionId());
        if (p == null) {
            return new AccountWork(account, calendar).advanceTo(r.at()).rejectedWith(Reason.of(ReasonCode.UNKNOWN_PURCHASE,
                    "no purchase " + r.transactionId() + " in the account of " + account.memberId() + " (purchases are kept "
                            + policy.historyDays() + " days: accounts.historyDays)"));
        }
        Map<String, Integer> returned = r.isWhole() ? AccountResult.remainingUnits(p) : r.lines();
        List<Reason> why = new ArrayList<>();
        returned.forEach((line, q) -> {
            PurchasedLine l = p.lines().get(line);
            if (l == null) why.add(Reason.of(ReasonCode.ALREADY_REFUNDED, "purchase " + r.transactionId() + " has no line '" + line + "'"));
            else if (q > l.quantity() - l.refunded()) {
                why.add(Reason.of(ReasonCode.ALREADY_REFUNDED, "line " + line + ": " + q + " returned, but only "
                        + (l.quantity() - l.refunded()) + " of " + l.quantity() + " not returned yet"));
            }
        });
        AccountWork w = new AccountWork(account, calendar).advanceTo(r.at());
        if (!why.isEmpty()) return w.rejectedWith(why.toArray(Reason[]::new));
        // V6: the last unit back gives the order's voucher uses back and restores what gift vouchers paid
        Runnable reverseVouchers = () -> vouchers.ifPresent(store -> store.reverse(r.transactionId()));
        return w.refund(r, p, returned, reverseVouchers);
    }

    /** P8: spends {@code points} for a discount on an order of {@code orderTotal}; the value is in the result. */
    public AccountResult redeemPoints(MemberAccount account, String id, Instant at, long points, Money orderTotal) {
        Checks.at(at);
        if (account.hasApplied(REDEMPTION, id)) return AccountResult.duplicate(account);
        if (tooLate(account, at)) return AccountResult.late(policy, account, "redemption " + id, at);
        return redemptions.points(new AccountWork(account, calendar).advanceTo(at), id, at, points, orderTotal);
    }

    /** P8: spends points on a catalog reward. */
    public AccountResult redeemReward(MemberAccount account, String id, Instant at, String rewardId) {
        Checks.at(at);
        if (account.hasApplied(REDEMPTION, id)) return AccountResult.duplicate(account);
        if (tooLate(account, at)) return AccountResult.late(policy, account, "redemption " + id, at);
        return redemptions.reward(new AccountWork(account, calendar).advanceTo(at), id, at, rewardId);
    }

    /**
     * C1: spends {@code amount} of the member's store credit at checkout (cashback confirmed after its
     * return window); refused with {@code NOT_ENOUGH_CREDIT} and the shortfall when the balance is less.
     * Idempotent by {@code id}, in the namespace of redemptions.
     */
    public AccountResult spendCredit(MemberAccount account, String id, Instant at, Money amount) {
        Checks.at(at);
        if (account.hasApplied(REDEMPTION, id)) return AccountResult.duplicate(account);
        if (tooLate(account, at)) return AccountResult.late(policy, account, "store credit spend " + id, at);
        return redemptions.credit(new AccountWork(account, calendar).advanceTo(at), id, at, amount);
    }

    /**
     * L2: gives the member {@code tierId} by hand from {@code at} (with {@code protectedUntil}, safe
     * from automatic downgrade until then); once per {@code id}. Refused with a typed error for a tier
     * the program does not have or a protection that ends before it starts.
     */
    public AccountResult assignTier(MemberAccount account, String id, String tierId, Instant at, Optional<Instant> protectedUntil, String reason) {
        Checks.at(at);
        Checks checks = Checks.start();
        checks.require(program.tiering().tier(tierId).isPresent(), "tier", Messages.unknownTier(tierId, program.tiering().ids()));
        protectedUntil.ifPresent(p -> checks.require(p.isAfter(at), "protectedUntil", "must be after the assignment at " + at + ", was " + p));
        checks.throwIfAny(InvalidInputException::new);
        if (account.hasApplied(ASSIGNMENT, id)) return AccountResult.duplicate(account);
        if (tooLate(account, at)) return AccountResult.late(policy, account, "tier assignment " + id, at);
        AccountWork w = new AccountWork(account, calendar).advanceTo(at);
        if (account.enrolledAt().isEmpty() || at.isBefore(account.enrolledAt().get())) {
            return w.rejectedWith(Reason.of(ReasonCode.NOT_A_MEMBER, "the member was not enrolled at " + at + ": only members hold tiers"));
        }
        return AccountTiers.assign(w, id, tierId, at, protectedUntil, reason);
    }

    /**
     * The account without what no rule needs any more: spent or expired lots, ledger entries, qualifying
     * records and period counts before {@code keepLedgerSince} (earlier years' records folded under a
     * calendar-year window), purchases before {@code keepPurchasesSince} (then {@code UNKNOWN_PURCHASE}) and
     * the ids of what was dropped. For simulations and hosts that archive: keep a year of ledger for yearly
     * caps; the ledger's totals then count from the cut, and no operation may be dated before it.
     */
    public MemberAccount compact(MemberAccount a, Instant keepLedgerSince, Instant keepPurchasesSince) {
        return views.compact(a, keepLedgerSince, keepPurchasesSince);
    }

    /** Moves the account to {@code at}: confirmations, expiry notices, expiries, tier reviews (see the class comment). */
    public AccountResult advance(MemberAccount account, Instant at) {
        Checks.at(at);
        return new AccountWork(account, calendar).advanceTo(at).result(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** True when {@link #advance} to {@code at} has anything to do; when false it would only move the clock, sending no events. */
    public boolean dueBy(MemberAccount account, Instant at) {
        return AccountSchedule.dueBy(new AccountWork(account, calendar, true), Checks.at(at));
    }

    /**
     * E5: an adjustment by hand ({@link Operation.Adjust}), once per id; refused for a non-member, and when a debit
     * exceeds what the member holds under {@code negativeBalance: FORFEIT} ({@code NOT_ENOUGH_POINTS}, {@code NOT_ENOUGH_CREDIT}).
     */
    public AccountResult adjust(MemberAccount account, Operation.Adjust a) {
        check(account, a.memberId(), "adjustment " + a.id());
        if (account.hasApplied(ADJUSTMENT, a.id())) return AccountResult.duplicate(account);
        if (tooLate(account, a.at())) return AccountResult.late(policy, account, "adjustment " + a.id(), a.at());
        return Adjustments.apply(new AccountWork(account, calendar).advanceTo(a.at()), a);
    }

    /** P9, T4: the account's position at {@code at} (advanced there first, without changing the account given). */
    public AccountStatement statement(MemberAccount account, Instant at) {
        Checks.at(at);
        return views.statement(account, at);
    }

    /** What the engine needs of the member at {@code at}: tier, enrolment, totals of the qualification window containing it. */
    public MemberState stateAt(MemberAccount a, Instant at) {
        return calendar.stateAt(a.memberId(), a.enrolledAt(), a.tier(), a.qualifying(), a.lots(), a.debt(),
                a.tierHold().map(TierHold::since).orElse(a.enrolledAt().orElse(null)), a.lifetimePurchases(), a.segments(), a.birthday(), at);
    }

    /** E2: the account with the member in {@code segments} (replacing any before), for rules and vouchers limited to segments. */
    public MemberAccount inSegments(MemberAccount a, Set<String> segments) {
        return a.withSegments(segments);
    }

    // ------------------------------------------------------------------ helpers

    private static void check(MemberAccount account, String memberId, String what) {
        if (!account.memberId().equals(memberId)) {
            throw new InvalidInputException(List.of(new Problem("memberId", what + " is for member '" + memberId + "', not '"
                    + account.memberId() + "'")));
        }
    }

    /** True when {@code at} lies before the history the account keeps (A3): its id may be forgotten. */
    private boolean tooLate(MemberAccount account, Instant at) {
        return at.isBefore(AccountHistory.horizon(account.clock(), policy));
    }


}
