package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.outcome.Reason;
import dev.rewards.outcome.ReasonCode;
import dev.rewards.outcome.Shortfall;
import dev.rewards.outcome.TierStatus;
import dev.rewards.outcome.Verdict;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.Multiplier;
import dev.rewards.program.MultiplierStacking;
import dev.rewards.program.PointsCap;
import dev.rewards.program.PointsRounding;
import dev.rewards.program.Program;
import dev.rewards.program.RuleKind;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.rules.api.PointsGrant;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.voucher.Checkout;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import dev.rewards.voucher.VoucherSnapshot;
import dev.rewards.voucher.VoucherStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The state of one evaluation, the one fact every built-in rule matches. The DRL decides which rules
 * apply and why not ({@link #close}, {@link #apply}); this class does the arithmetic those decisions
 * call for, always in program order and line-id order, so the outcome never depends on the order in
 * which the engine fires rules or on the order of the basket's lines. Used by one thread, once.
 */
public final class Evaluation {
    private static final Comparator<Line> BY_ID = Comparator.comparing(Line::id);
    private static final RuleKind[] KINDS = RuleKind.values();
    private static final Comparator<Reason> BY_CODE = Comparator.comparing(Reason::code);
    private static final Comparator<Cell> BY_ENTRY = (a, b) -> Integer.compare(a.entry, b.entry);

    private final ProgramTable table;
    private final Program program;
    private final MemberState member;
    private final Transaction tx;
    private final boolean enrolled;
    private final LocalDateTime localTime;
    private final List<Line> lines;
    /** Each line's price times quantity, by position in {@link #lines}, and their total: computed once. */
    private final BigDecimal[] amounts;
    private Money merchandiseTotal;
    /** The vouchers presented and the automatic promotions; empty when the program has none and none is presented. */
    private final List<VoucherFact> vouchers;
    private final VoucherSnapshot snapshot;
    private final Optional<Tier> tierBefore;

    /** The rules this basket may concern, in program order; the state below is indexed by their slot. */
    private final List<RuleEntry> candidates;
    /** Slot + 1 of each program rule, by program index; 0 for rules the basket cannot concern. */
    private final int[] slotOf;
    private final List<List<RuleEntry>> candidatesByKind;
    private final List<Line>[] linesOf;
    private final boolean[][] scopeMasks;
    private final Money[] spendOf;
    private final List<Reason>[] reasons;
    private final boolean[] applies;
    private final Fraction[] exact;
    private final long[] points;
    private final boolean[] multiplierCovered;
    private final List<String>[] multipliedLines;
    private final Money[] cashbackOf;
    private final List<Reason>[] notes;
    private final List<PointsGrant> grants = new ArrayList<>();
    private final List<PointsEntry> entries = new ArrayList<>();
    private TierStatus tierStatus;

    Evaluation(ProgramTable table, MemberState member, Transaction tx) {
        this(table, member, tx, VoucherSnapshot.EMPTY);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Evaluation(ProgramTable table, MemberState member, Transaction tx, VoucherSnapshot snapshot) {
        this.table = table;
        this.program = table.program();
        this.member = member;
        this.tx = tx;
        this.enrolled = member.isEnrolledAt(tx.at());
        this.localTime = LocalDateTime.ofInstant(tx.at(), program.timeZone());
        this.lines = byId(tx.lines());
        this.amounts = new BigDecimal[lines.size()];
        BigDecimal total = BigDecimal.ZERO;
        for (int l = 0; l < amounts.length; l++) {
            Line line = lines.get(l);
            amounts[l] = line.quantity() == 1 ? line.unitPrice().amount()
                    : line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity()));
            total = total.add(amounts[l]);
        }
        this.merchandiseTotal = Money.of(total, tx.currency());
        this.candidates = table.candidatesFor(lines);
        this.slotOf = new int[table.entries().size()];
        int n = candidates.size();
        List<List<RuleEntry>> byKind = new ArrayList<>(KINDS.length);
        for (int k = 0; k < KINDS.length; k++) byKind.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) {
            RuleEntry e = candidates.get(i);
            slotOf[e.getIndex()] = i + 1;
            byKind.get(e.getKind().ordinal()).add(e);
        }
        this.candidatesByKind = byKind;
        this.linesOf = new List[n];
        this.scopeMasks = new boolean[n][];
        this.spendOf = new Money[n];
        this.reasons = new List[n];
        this.applies = new boolean[n];
        this.exact = new Fraction[n];
        this.points = new long[n];
        this.multiplierCovered = new boolean[n];
        this.multipliedLines = new List[n];
        this.cashbackOf = new Money[n];
        this.notes = new List[n];
        for (int i = 0; i < n; i++) {
            notes[i] = List.of();
            exact[i] = Fraction.ZERO;
        }
        this.tierBefore = tierBefore();
        this.snapshot = snapshot;
        this.vouchers = tx.vouchers().isEmpty() && !table.hasAutomaticPromotions() ? List.of() : voucherFacts(snapshot);
    }

    private List<VoucherFact> voucherFacts(VoucherSnapshot snapshot) {
        VoucherPolicy policy = program.vouchers();
        List<VoucherFact> facts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = 0;
        for (String code : tx.vouchers()) {
            Optional<VoucherStatus> status = snapshot.status(code);
            VoucherCampaign campaign = policy.campaignWithCode(code)
                    .or(() -> status.flatMap(VoucherStatus::campaignId).flatMap(policy::campaign)).orElse(null);
            facts.add(new VoucherFact(Optional.of(code), campaign, status, order++, !seen.add(code), member.id(), this));
        }
        for (VoucherCampaign c : policy.campaigns()) {
            if (c.automatic()) facts.add(new VoucherFact(Optional.empty(), c, Optional.empty(), order++, false, member.id(), this));
        }
        return facts;
    }

    // ------------------------------------------------------------------ what the rules read

    /** True when vouchers are in play: the discounts settle before candidate rules become facts. */
    public boolean isVoucherPhase() {
        return !vouchers.isEmpty();
    }

    List<VoucherFact> voucherFacts() {
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

    boolean hasItem(VoucherCampaign c, String sku) {
        for (Line l : lines) if (l.sku().equals(sku) && c.admits(l)) return true;
        return false;
    }

    BigDecimal shippingAmount() {
        return tx.shipping().amount();
    }

    /**
     * V7: applies the accepted vouchers in order; when the program earns on the price paid, every line
     * amount from here on (points, cashback, tier spend) is the amount after discounts. Returns the
     * candidate rules as facts, answered on those amounts.
     */
    public List<Candidate> settleVouchers() {
        BigDecimal[] net = new Discounts(lines, amounts.clone(), tx.shipping().amount(), Money.scaleOf(program.currency()),
                program.vouchers().conflicts()).settle(vouchers);
        if (program.vouchers().earnOn() == EarnBasis.PRICE_PAID) {
            BigDecimal total = BigDecimal.ZERO;
            for (int l = 0; l < amounts.length; l++) {
                amounts[l] = net[l];
                total = total.add(net[l]);
            }
            merchandiseTotal = Money.of(total, program.currency());
        }
        return candidateFacts();
    }

    /** What a restriction sees of this transaction for one voucher. */
    private final class VoucherCheckout implements Checkout {
        private final VoucherFact v;
        private Money eligible;
        private int eligibleLines = -1;

        VoucherCheckout(VoucherFact v) {
            this.v = v;
        }

        @Override
        public LocalDateTime programTime() {
            return localTime;
        }

        @Override
        public LocalDateTime storeTime() {
            ZoneId zone = tx.store().map(program.vouchers().storeTimeZones()::get).orElse(program.timeZone());
            return LocalDateTime.ofInstant(tx.at(), zone);
        }

        @Override
        public Optional<String> channel() {
            return tx.channel();
        }

        @Override
        public Optional<String> store() {
            return tx.store();
        }

        @Override
        public boolean member() {
            return enrolled;
        }

        @Override
        public Optional<String> tier() {
            return tierBefore.map(Tier::id);
        }

        @Override
        public int lifetimePurchases() {
            return member.lifetimePurchases();
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

        private void count() {
            if (eligibleLines >= 0) return;
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (int l = 0; l < lines.size(); l++) {
                if (!v.campaign.admits(lines.get(l))) continue;
                sum = sum.add(amounts[l]);
                n++;
            }
            eligible = Money.of(sum, program.currency());
            eligibleLines = n;
        }

        @Override
        public int usesOfCode() {
            return v.status.map(VoucherStatus::uses).orElse(0);
        }

        @Override
        public int usesByMember() {
            return snapshot.usesByMember(v.campaign.id());
        }
    }

    public boolean isMember() {
        return enrolled;
    }

    public LocalDateTime getLocalTime() {
        return localTime;
    }

    public DayOfWeek getDay() {
        return localTime.getDayOfWeek();
    }

    public Optional<String> getChannel() {
        return tx.channel();
    }

    public Optional<String> getStore() {
        return tx.store();
    }

    public int getLifetimePurchases() {
        return member.lifetimePurchases();
    }

    List<RuleEntry> getSpendRules() {
        return ofKind(RuleKind.SPEND);
    }

    List<RuleEntry> getMultipliers() {
        return ofKind(RuleKind.MULTIPLIER);
    }

    List<RuleEntry> getTierMultipliers() {
        return ofKind(RuleKind.TIER_MULTIPLIER);
    }

    List<RuleEntry> getFirstPurchaseBonuses() {
        return ofKind(RuleKind.FIRST_PURCHASE_BONUS);
    }

    List<RuleEntry> getBasketBonuses() {
        return ofKind(RuleKind.BASKET_BONUS);
    }

    private List<RuleEntry> ofKind(RuleKind kind) {
        return candidatesByKind.get(kind.ordinal());
    }

    /** The state slot of a candidate rule. */
    private int slot(RuleEntry e) {
        return slotOf[e.getIndex()] - 1;
    }

    boolean hasNoLinesFor(RuleEntry e) {
        for (boolean in : scopeMask(e)) if (in) return false;
        return true;
    }

    /** For basket bonuses, first purchase bonuses and cashback: the eligible spend is below the rule's minimum. */
    boolean isBelowMinimumSpend(RuleEntry e) {
        return minimumSpend(e).map(min -> spendOf(e).isLessThan(min)).orElse(false);
    }

    /** A tier multiplier for another tier, or cashback at a zero rate for the member's tier. */
    boolean isTierIneligible(RuleEntry e) {
        if (e.getKind() == RuleKind.TIER_MULTIPLIER) return tierBefore.map(t -> !t.id().equals(e.getId())).orElse(true);
        if (e.getKind() == RuleKind.CASHBACK) return cashbackRate(e).signum() == 0;
        return false;
    }

    // ------------------------------------------------------------------ decisions, made by the rules

    /** The reasons recorded for a slot, made on first use: most rules of most baskets never get one. */
    private List<Reason> reasonsOf(int i) {
        if (reasons[i] == null) reasons[i] = new ArrayList<>(2);
        return reasons[i];
    }

    /** Records why a rule does not apply. */
    void close(RuleEntry e, ReasonCode code) {
        reasonsOf(slot(e)).add(Reasons.of(code, e, this));
    }

    /** The candidate rules as facts of this evaluation, each with its eligibility tests answered. */
    List<Candidate> candidateFacts() {
        List<Candidate> facts = new ArrayList<>(candidates.size());
        for (RuleEntry e : candidates) facts.add(new Candidate(this, e));
        return facts;
    }

    /** P4: nothing applies to a non-member. */
    public void closeAll(ReasonCode code) {
        for (RuleEntry e : candidates) reasonsOf(slot(e)).add(Reasons.of(code, e, this));
    }

    void apply(RuleEntry e) {
        applies[slot(e)] = true;
    }

    /** A custom rule's grant, counted with the other points before caps. */
    public void grant(PointsGrant g) {
        RuleEntry e = ofKind(RuleKind.CUSTOM).stream().filter(c -> c.getId().equals(g.getRuleId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Custom DRL granted points to '" + g.getRuleId()
                        + "', which is not a custom rule of program " + program.label()));
        if (!enrolled) return;
        grants.add(g);
        applies[slot(e)] = true;
        points[slot(e)] += g.getPoints();
    }

    // ------------------------------------------------------------------ arithmetic, in program order

    /**
     * Counts spend points and multipliers exactly, rounds once as the program says, and allocates the
     * rounded total over the rules and lines by largest remainder, so the entries sum exactly to it.
     */
    public void countPoints() {
        List<Cell> cells = new ArrayList<>(lines.size() * 3);
        Fraction[] base = new Fraction[lines.size()];
        for (RuleEntry e : getSpendRules()) {
            if (!applies[slot(e)]) continue;
            SpendRule r = e.rule();
            BigDecimal perPoints = BigDecimal.valueOf(r.points());
            boolean[] in = scopeMask(e);
            for (int l = 0; l < lines.size(); l++) {
                if (!in[l]) continue;
                Fraction f = Fraction.of(amounts[l], perPoints, r.per());
                cells.add(new Cell(slot(e), e.getIndex(), lines.get(l).id(), f));
                base[l] = base[l] == null ? f : base[l].plus(f);
            }
        }
        List<RuleEntry> factors = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            if (base[l] == null || base[l].isZero()) continue;
            factors.clear();
            for (RuleEntry e : getMultipliers()) if (applies[slot(e)] && scopeMask(e)[l]) factors.add(e);
            for (RuleEntry e : getTierMultipliers()) if (applies[slot(e)]) factors.add(e);
            for (RuleEntry e : factors) multiplierCovered[slot(e)] = true;
            multiply(lines.get(l), base[l], factors, cells);
        }
        for (Cell c : cells) exact[c.slot] = exact[c.slot].plus(c.value);
        PointsRounding rounding = program.pointsRounding();
        if (rounding.level() == PointsRounding.Level.LINE) {
            Map<String, List<Cell>> byLine = new TreeMap<>();
            cells.forEach(c -> byLine.computeIfAbsent(c.line, k -> new ArrayList<>()).add(c));
            byLine.values().forEach(group -> allocate(group, rounding.mode()));
        } else {
            allocate(cells, rounding.mode());
        }
        // cells of one rule were made in line-id order; a stable sort by rule keeps it
        cells.sort(BY_ENTRY);
        for (Cell c : cells) {
            points[c.slot] += c.points;
            if (c.points > 0) entries.add(new PointsEntry(candidates.get(c.slot).getId(), Optional.of(c.line), c.points));
        }
        for (RuleEntry e : getFirstPurchaseBonuses()) bonus(e, this.<FirstPurchaseBonus>ruleAs(e).points());
        for (RuleEntry e : getBasketBonuses()) bonus(e, this.<BasketBonus>ruleAs(e).points());
    }

    private void multiply(Line line, Fraction b, List<RuleEntry> factors, List<Cell> cells) {
        MultiplierStacking stacking = program.multiplierStacking();
        List<RuleEntry> applied = factors;
        if (stacking == MultiplierStacking.HIGHEST && !factors.isEmpty()) {
            RuleEntry best = factors.get(0);
            for (RuleEntry e : factors) if (factorOf(e).compareTo(factorOf(best)) > 0) best = e;
            applied = List.of(best);
        }
        Fraction running = b;
        for (RuleEntry e : applied) {
            Fraction extra = Fraction.of(factorOf(e).subtract(BigDecimal.ONE));
            Fraction contribution = (stacking == MultiplierStacking.MULTIPLY ? running : b).times(extra);
            cells.add(new Cell(slot(e), e.getIndex(), line.id(), contribution));
            if (!contribution.isZero()) {
                int i = slot(e);
                if (multipliedLines[i] == null) multipliedLines[i] = new ArrayList<>(lines.size());
                multipliedLines[i].add(line.id());
            }
            running = running.plus(contribution);
        }
    }

    private static void allocate(List<Cell> cells, RoundingMode mode) {
        Fraction sum = Fraction.ZERO;
        long floors = 0;
        for (Cell c : cells) {
            sum = sum.plus(c.value);
            c.points = c.value.floor();
            c.remainder = c.value.fractionalPart();
            c.approximateRemainder = c.remainder.approximately();
            floors += c.points;
        }
        long remainder = sum.round(mode) - floors;
        if (remainder <= 0) return;
        List<Cell> order = new ArrayList<>(cells);
        order.sort(LARGEST_REMAINDER_FIRST);
        for (int i = 0; i < remainder; i++) order.get(i).points++;
    }

    /**
     * Largest remainder first, then program order, then line id. Remainders are ordered by their double
     * approximation where it is unambiguous (far above double rounding), exactly otherwise.
     */
    private static final Comparator<Cell> LARGEST_REMAINDER_FIRST = (a, b) -> {
        int byRemainder = Math.abs(a.approximateRemainder - b.approximateRemainder) > 1e-9
                ? Double.compare(b.approximateRemainder, a.approximateRemainder) : b.remainder.compareTo(a.remainder);
        if (byRemainder != 0) return byRemainder;
        int byRule = Integer.compare(a.entry, b.entry);
        return byRule != 0 ? byRule : a.line.compareTo(b.line);
    };

    private void bonus(RuleEntry e, long bonusPoints) {
        if (!applies[slot(e)]) return;
        points[slot(e)] = bonusPoints;
        entries.add(new PointsEntry(e.getId(), Optional.empty(), bonusPoints));
    }

    /** P5: each cap in program order limits the transaction's total; what it removes is an entry of its own. */
    public void applyCaps() {
        for (PointsGrant g : grants) {
            entries.add(new PointsEntry(g.getRuleId(), Optional.empty(), g.getPoints()));
        }
        long total = totalPoints();
        for (RuleEntry e : ofKind(RuleKind.POINTS_CAP)) {
            PointsCap cap = e.rule();
            if (total > cap.maxPoints()) {
                long removed = total - cap.maxPoints();
                applies[slot(e)] = true;
                points[slot(e)] = -removed;
                entries.add(new PointsEntry(cap.id(), Optional.empty(), -removed));
                total = cap.maxPoints();
            } else {
                reasonsOf(slot(e)).add(Reasons.capNotReached(cap, total));
            }
        }
    }

    /** C1: the rule's rate (with the tier's boost) on its eligible spend, rounded down, then capped. */
    public void payCashback(RuleEntry e) {
        CashbackRule rule = e.rule();
        Money amount = spendOf(e).percent(cashbackRate(e), RoundingMode.DOWN);
        if (rule.capPerTransaction().isPresent() && amount.compareTo(rule.capPerTransaction().get()) > 0) {
            Money cap = rule.capPerTransaction().get();
            notes[slot(e)] = List.of(Reasons.cashbackCapped(cap, amount.minus(cap)));
            amount = cap;
        }
        applies[slot(e)] = true;
        cashbackOf[slot(e)] = amount;
    }

    /** T1, T2, T4: the tier the member holds after this transaction and the distance to the next. */
    public void settleTier() {
        Tiering tiering = program.tiering();
        BigDecimal before = qualifyingTotal();
        BigDecimal after = enrolled ? before.add(contributionToTier()) : before;
        Optional<String> beforeId = tierBefore.map(Tier::id);
        int beforeRank = tierBefore.map(t -> tiering.rank(t.id())).orElse(-1);
        int reached = highestReached(after);
        int afterRank = Math.max(beforeRank, reached);
        Optional<String> afterId = afterRank < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(afterRank).id());
        Optional<String> next = Optional.empty();
        Optional<Shortfall> distance = Optional.empty();
        if (afterRank + 1 < tiering.tiers().size()) {
            Tier nextTier = tiering.tiers().get(afterRank + 1);
            next = Optional.of(nextTier.id());
            distance = Optional.of(new Shortfall(nextTier.threshold().subtract(after).max(BigDecimal.ZERO), unitOf(tiering.metric())));
        }
        tierStatus = new TierStatus(beforeId, afterId, afterRank > beforeRank, tiering.metric(), after, next, distance);
    }

    // ------------------------------------------------------------------ the outcome

    Outcome toOutcome() {
        if (tierStatus == null) settleTier();
        Money cashback = Money.zero(program.currency());
        for (Money paid : cashbackOf) if (paid != null) cashback = cashback.plus(paid);
        if (!inOrder(entries)) entries.sort(Comparator.comparingInt((PointsEntry p) -> table.indexOf(p.ruleId())).thenComparing(p -> p.lineId().orElse("")));
        long total = totalPoints();
        Money qualifyingSpend = enrolled ? merchandiseTotal : Money.zero(program.currency());
        List<VoucherResult> results = voucherResults();
        Money discount = Money.zero(program.currency());
        Money paid = Money.zero(program.currency());
        for (VoucherResult r : results) {
            if (!r.applied()) continue;
            // a reward voucher's amount is zero: only gift vouchers pay rather than discount
            if (r.benefit().equals("storedValue")) paid = paid.plus(r.amount());
            else discount = discount.plus(r.amount());
        }
        Money toPay = tx.merchandiseTotal().plus(tx.shipping()).minus(discount).minus(paid);
        return new Outcome(program.id(), program.version(), tx.id(), member.id(), enrolled, total, entries, cashback,
                qualifyingSpend, tierStatus, new Verdicts(this, table.entries().size()), results, discount, paid, toPay);
    }

    /** Known vouchers in order of application, then unknown codes in the order presented. */
    private List<VoucherResult> voucherResults() {
        if (vouchers.isEmpty()) return List.of();
        List<VoucherFact> known = new ArrayList<>();
        List<VoucherFact> unknown = new ArrayList<>();
        for (VoucherFact v : vouchers) (v.campaign == null ? unknown : known).add(v);
        known.sort(Discounts.ORDER.thenComparingInt(v -> v.order));
        known.addAll(unknown);
        List<VoucherResult> results = new ArrayList<>(known.size());
        for (VoucherFact v : known) results.add(VoucherResults.of(v, lines, program.currency()));
        return results;
    }

    /**
     * The verdict of the rule at a program index: from this evaluation's state for the rules the basket
     * concerned; for the others, what the eligibility rules would have said, derived from the same
     * predicates without running them (their scope holds no line of the basket).
     */
    Verdict verdictAt(int index) {
        RuleEntry e = table.entries().get(index);
        return slotOf[index] > 0 ? verdict(e) : notApplied(e, Reasons.untouched(e, this), List.of());
    }

    private Verdict verdict(RuleEntry e) {
        int i = slot(e);
        List<String> used = switch (e.getKind()) {
            case SPEND, CASHBACK -> lineIds(linesOf(e));
            case MULTIPLIER, TIER_MULTIPLIER -> multipliedLines[i] == null ? List.of() : multipliedLines[i];
            default -> List.of();
        };
        List<Reason> why = reasons[i] == null ? List.of() : reasons[i];
        if (why.isEmpty() && applies[i]) {
            Optional<Reason> limited = afterTheFact(e);
            if (limited.isPresent()) return notApplied(e, List.of(limited.get()), used);
            return new Verdict(e.getId(), e.getKind(), true, points[i], Optional.ofNullable(cashbackOf[i]), used, notes[i],
                    Reasons.summary(e, this));
        }
        if (why.isEmpty()) {
            if (e.getKind() != RuleKind.CUSTOM) {
                throw new IllegalStateException("No verdict was reached for " + e + "; this is a bug in rewards-rules");
            }
            why = List.of(Reasons.of(ReasonCode.CONDITIONS_NOT_MET, e, this));
        }
        return notApplied(e, why, List.of());
    }

    /** Reasons known only once points are counted: a spend rule below one point, a multiplier with nothing to multiply. */
    private Optional<Reason> afterTheFact(RuleEntry e) {
        int i = slot(e);
        switch (e.getKind()) {
            case SPEND:
                return points[i] == 0 ? Optional.of(Reasons.belowOnePoint(e.rule(), spendOf(e))) : Optional.empty();
            case MULTIPLIER:
            case TIER_MULTIPLIER:
                if (!exact[i].isZero()) return Optional.empty();
                return Optional.of(Reasons.of(multiplierCovered[i] ? ReasonCode.SUPERSEDED : ReasonCode.NOTHING_TO_MULTIPLY, e, this));
            default:
                return Optional.empty();
        }
    }

    private Verdict notApplied(RuleEntry e, List<Reason> why, List<String> used) {
        List<Reason> sorted = why;
        if (why.size() > 1) {
            sorted = new ArrayList<>(why);
            sorted.sort(BY_CODE);
        }
        return new Verdict(e.getId(), e.getKind(), false, 0, Optional.empty(), List.of(), sorted, sorted.get(0).message());
    }

    // ------------------------------------------------------------------ helpers

    /** The lines in id order; most hosts number them in order already, and then nothing is copied. */
    private static List<Line> byId(List<Line> given) {
        for (int i = 1; i < given.size(); i++) {
            if (given.get(i - 1).id().compareTo(given.get(i).id()) > 0) {
                List<Line> sorted = new ArrayList<>(given);
                sorted.sort(BY_ID);
                return List.copyOf(sorted);
            }
        }
        return given;
    }

    /** True when the entries are already by program order, then line id (the usual case: they are made that way). */
    private boolean inOrder(List<PointsEntry> list) {
        for (int i = 1; i < list.size(); i++) {
            PointsEntry a = list.get(i - 1);
            PointsEntry b = list.get(i);
            int byRule = Integer.compare(table.indexOf(a.ruleId()), table.indexOf(b.ruleId()));
            if (byRule > 0 || (byRule == 0 && a.lineId().orElse("").compareTo(b.lineId().orElse("")) > 0)) return false;
        }
        return true;
    }

    private static List<String> lineIds(List<Line> lines) {
        String[] ids = new String[lines.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = lines.get(i).id();
        return List.of(ids);
    }

    List<Line> linesOf(RuleEntry e) {
        int i = slot(e);
        if (linesOf[i] == null) {
            boolean[] in = scopeMask(e);
            List<Line> matched = new ArrayList<>(in.length);
            for (int l = 0; l < in.length; l++) if (in[l]) matched.add(lines.get(l));
            linesOf[i] = matched;
        }
        return linesOf[i];
    }

    /** Which lines (by position in line-id order) are in the rule's scope. */
    private boolean[] scopeMask(RuleEntry e) {
        int i = slot(e);
        if (scopeMasks[i] == null) {
            boolean[] in = new boolean[lines.size()];
            for (int l = 0; l < in.length; l++) in[l] = e.getScope().matches(lines.get(l));
            scopeMasks[i] = in;
        }
        return scopeMasks[i];
    }

    Money spendOf(RuleEntry e) {
        int i = slot(e);
        if (spendOf[i] == null) {
            boolean[] in = scopeMask(e);
            BigDecimal sum = BigDecimal.ZERO;
            for (int l = 0; l < in.length; l++) if (in[l]) sum = sum.add(amounts[l]);
            spendOf[i] = Money.of(sum, program.currency());
        }
        return spendOf[i];
    }

    Optional<Money> minimumSpend(RuleEntry e) {
        return switch (e.getKind()) {
            case BASKET_BONUS -> Optional.of(this.<BasketBonus>ruleAs(e).minimumSpend());
            case FIRST_PURCHASE_BONUS -> this.<FirstPurchaseBonus>ruleAs(e).minimumSpend();
            case CASHBACK -> this.<CashbackRule>ruleAs(e).minimumSpend();
            default -> Optional.empty();
        };
    }

    BigDecimal cashbackRate(RuleEntry e) {
        CashbackRule rule = e.rule();
        BigDecimal rate = rule.rateFor(tierBefore.map(Tier::id));
        return rate.add(tierBefore.map(Tier::cashbackBoost).orElse(BigDecimal.ZERO));
    }

    BigDecimal factorOf(RuleEntry e) {
        return e.getKind() == RuleKind.TIER_MULTIPLIER ? this.<Tier>ruleAs(e).earnMultiplier() : this.<Multiplier>ruleAs(e).factor();
    }

    Optional<Tier> tier() {
        return tierBefore;
    }

    long pointsOf(RuleEntry e) {
        return points[slot(e)];
    }

    /** The lines on which a multiplier added points, in line-id order. */
    List<String> multipliedLinesOf(RuleEntry e) {
        List<String> used = multipliedLines[slot(e)];
        return used == null ? List.of() : used;
    }

    Money cashbackOf(RuleEntry e) {
        return cashbackOf[slot(e)];
    }

    List<PointsGrant> grantsOf(RuleEntry e) {
        return grants.stream().filter(g -> g.getRuleId().equals(e.getId())).toList();
    }

    Program program() {
        return program;
    }

    MemberState member() {
        return member;
    }

    <T> T ruleAs(RuleEntry e) {
        return e.rule();
    }

    private long totalPoints() {
        long total = 0;
        for (PointsEntry p : entries) total += p.points();
        return total;
    }

    /** A member holds the higher of the tier the host says and the tier their totals before this transaction reach. */
    private Optional<Tier> tierBefore() {
        Tiering tiering = program.tiering();
        int held = member.tier().map(tiering::rank).orElse(-1);
        int rank = Math.max(held, highestReached(qualifyingTotal()));
        return rank < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(rank));
    }

    private int highestReached(BigDecimal total) {
        List<Tier> tiers = program.tiering().tiers();
        int rank = -1;
        for (int i = 0; i < tiers.size(); i++) if (total.compareTo(tiers.get(i).threshold()) >= 0) rank = i;
        return rank;
    }

    private BigDecimal qualifyingTotal() {
        return switch (program.tiering().metric()) {
            case SPEND -> member.qualifyingSpend().amount();
            case POINTS -> BigDecimal.valueOf(member.qualifyingPoints());
            case PURCHASES -> BigDecimal.valueOf(member.qualifyingPurchases());
        };
    }

    private BigDecimal contributionToTier() {
        return switch (program.tiering().metric()) {
            case SPEND -> merchandiseTotal.amount();
            case POINTS -> BigDecimal.valueOf(totalPoints());
            case PURCHASES -> BigDecimal.ONE;
        };
    }

    private String unitOf(TierMetric metric) {
        return switch (metric) {
            case SPEND -> program.currency().getCurrencyCode();
            case POINTS -> "points";
            case PURCHASES -> "purchases";
        };
    }

    /** Exact points of one rule on one line, and the whole points allocated to it. */
    private static final class Cell {
        final int slot;
        /** The rule's program index: ties in allocation go to the rule first in program order. */
        final int entry;
        final String line;
        final Fraction value;
        long points;
        /** What is left of {@code value} above {@code points} before the remainder is shared out. */
        Fraction remainder;
        double approximateRemainder;

        Cell(int slot, int entry, String line, Fraction value) {
            this.slot = slot;
            this.entry = entry;
            this.line = line;
            this.value = value;
        }
    }
}
