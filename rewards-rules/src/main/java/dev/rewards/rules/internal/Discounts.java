package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.transaction.Line;
import dev.rewards.rules.internal.benefit.Taken;
import dev.rewards.rules.internal.benefit.Till;
import dev.rewards.voucher.CampaignBudget;
import dev.rewards.voucher.CampaignUsage;
import dev.rewards.voucher.ConflictPolicy;
import dev.rewards.voucher.DiscountLevel;
import dev.rewards.voucher.MoneyRounding;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.Stacking;
import dev.rewards.voucher.VoucherStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The arithmetic of vouchers on one basket (V1, V4, V7), once the rules have rejected what fails:
 *
 * <ol>
 *   <li>Stacking. Accepted discounts form options: each exclusive discount alone, and all the others
 *       together, except that at each level (item, order, shipping; D7) an exclusive-in-level discount
 *       goes alone or the level's combinable ones together, in every way across the levels. With one option there is no conflict. Otherwise the program's
 *       {@link ConflictPolicy} picks one (BEST_FOR_CUSTOMER: the largest total, computed by applying
 *       each option; PRIORITY: the option holding the first discount in order); the others are
 *       rejected with NOT_COMBINABLE.</li>
 *   <li>Discounts in order (priority, campaign id, code), each on what the ones before left: a
 *       percentage is rounded half up to the currency's minor unit and capped at its maximum; a fixed
 *       amount is capped at what its lines still cost; a free item takes its units' price; free
 *       shipping takes the shipping.</li>
 *   <li>Gift vouchers, in the same order, pay what is left: lines first, then shipping.</li>
 * </ol>
 *
 * Each amount on lines is allocated over its eligible lines in proportion to what they still cost, by
 * largest remainder in minor units (ties to the first line in id order): the parts sum exactly to the
 * amount and no line goes below zero.
 */
final class Discounts {
    static final Comparator<VoucherFact> ORDER = Comparator.comparingInt((VoucherFact v) -> v.campaign.priority())
            .thenComparing(v -> v.campaign.id()).thenComparing(v -> v.code.orElse(""));

    /** Past this many ways to combine the levels' choices, each level's choice is made alone. */
    static final int MAX_OPTIONS = 256;

    private final List<Line> lines;
    private final BigDecimal[] gross;
    private final BigDecimal grossShipping;
    private final int scale;
    private final ConflictPolicy policy;
    private final MoneyRounding rounding;
    /** The lines each one-per-item discount may take from, for the option being applied (identity keys). */
    private Map<VoucherFact, boolean[]> masks = Map.of();
    /** The shipping charge after the discounts (gift vouchers excluded), once {@link #settle} ran. */
    BigDecimal shippingAfterDiscounts;
    /** D8: the discounts that did not fit their budget in the option tried, so that losing says so rather than NOT_COMBINABLE. */
    private final Map<VoucherFact, Reason> overBudgetInTrial = new IdentityHashMap<>();

    /** D8: what each campaign has used of its budget, by campaign id. */
    private final Function<String, CampaignUsage> usage;

    Discounts(List<Line> lines, BigDecimal[] gross, BigDecimal shipping, int scale, ConflictPolicy policy, MoneyRounding rounding,
              Function<String, CampaignUsage> usage) {
        this.usage = usage;
        this.lines = lines;
        this.gross = gross;
        this.grossShipping = shipping;
        this.scale = scale;
        this.policy = policy;
        this.rounding = rounding;
    }

    /** Applies the accepted vouchers; returns each line's amount after discounts (gift vouchers excluded). */
    BigDecimal[] settle(List<VoucherFact> facts) {
        List<VoucherFact> discounts = new ArrayList<>();
        List<VoucherFact> payments = new ArrayList<>();
        for (VoucherFact v : facts) {
            if (!v.accepted()) continue;
            if (v.campaign.benefit().isDiscount()) discounts.add(v);
            else payments.add(v);
        }
        discounts.sort(ORDER);
        payments.sort(ORDER);
        List<VoucherFact> chosen = new ArrayList<>(choose(discounts));
        masks = perItem(chosen, true);
        chosen.removeIf(v -> !v.accepted());
        BigDecimal[] remaining = gross.clone();
        BigDecimal[] shipping = {grossShipping};
        for (VoucherFact v : chosen) {
            apply(v, remaining, shipping);
            if (v.applied || !v.accepted()) continue;
            v.reject(v.kind.nothingTaken(till(v, remaining, shipping[0])));
        }
        BigDecimal[] net = remaining.clone();
        shippingAfterDiscounts = shipping[0];
        for (VoucherFact v : payments) {
            Taken t = v.kind.pay(till(v, remaining, shipping[0]), v.status.flatMap(VoucherStatus::balance));
            record(v, t, remaining, shipping);
            if (v.kind.appliesWithoutAmount()) v.applied = true;
            if (!v.applied) v.reject(Reason.of(ReasonCode.NOTHING_LEFT, "nothing was left to pay"));
        }
        return net;
    }

    private List<VoucherFact> choose(List<VoucherFact> discounts) {
        if (discounts.size() <= 1) return discounts;
        List<List<VoucherFact>> options = new ArrayList<>();
        Map<DiscountLevel, List<List<VoucherFact>>> byLevel = new EnumMap<>(DiscountLevel.class);
        Map<DiscountLevel, List<VoucherFact>> together = new EnumMap<>(DiscountLevel.class);
        for (VoucherFact v : discounts) {
            DiscountLevel level = v.campaign.discountLevel();
            switch (v.campaign.stacking()) {
                case EXCLUSIVE -> options.add(List.of(v));
                case EXCLUSIVE_IN_LEVEL -> byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(List.of(v));
                case COMBINABLE, ONE_PER_ITEM -> together.computeIfAbsent(level, l -> new ArrayList<>()).add(v);
            }
        }
        together.forEach((level, vs) -> byLevel.computeIfAbsent(level, l -> new ArrayList<>()).add(vs));
        options.addAll(acrossLevels(byLevel));
        if (options.size() <= 1) return discounts;
        List<VoucherFact> best = pick(options);
        rejectLosers(discounts, best);
        return best;
    }

    /**
     * D7: every way to take one choice per level (an exclusive-in-level discount alone, or the level's
     * combinable ones together), each as one option in order of application. Past
     * {@value #MAX_OPTIONS} ways, each level keeps only its best choice alone, so the options stay few.
     */
    private List<List<VoucherFact>> acrossLevels(Map<DiscountLevel, List<List<VoucherFact>>> byLevel) {
        long ways = 1;
        for (List<List<VoucherFact>> choices : byLevel.values()) ways *= choices.size();
        if (ways > MAX_OPTIONS) byLevel.replaceAll((level, choices) -> List.of(pick(choices)));
        List<List<VoucherFact>> out = new ArrayList<>();
        out.add(List.of());
        for (List<List<VoucherFact>> choices : byLevel.values()) {
            List<List<VoucherFact>> next = new ArrayList<>();
            for (List<VoucherFact> before : out) {
                for (List<VoucherFact> choice : choices) {
                    List<VoucherFact> both = new ArrayList<>(before);
                    both.addAll(choice);
                    both.sort(ORDER);
                    next.add(both);
                }
            }
            out = next;
        }
        out.removeIf(List::isEmpty);
        return out;
    }

    /** The option the policy picks: PRIORITY the one earliest in order of application, else the largest total (ties as PRIORITY). */
    private List<VoucherFact> pick(List<List<VoucherFact>> options) {
        List<List<VoucherFact>> ranked = new ArrayList<>(options);
        ranked.sort(Discounts::byPriority);
        if (policy == ConflictPolicy.PRIORITY || ranked.size() == 1) return ranked.get(0);
        List<VoucherFact> best = null;
        BigDecimal bestTotal = null;
        for (List<VoucherFact> o : ranked) {
            BigDecimal total = trial(o);
            if (bestTotal == null || total.compareTo(bestTotal) > 0) {
                best = o;
                bestTotal = total;
            }
        }
        return best;
    }

    private static int byPriority(List<VoucherFact> a, List<VoucherFact> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = ORDER.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(b.size(), a.size());
    }

    private void rejectLosers(List<VoucherFact> discounts, List<VoucherFact> best) {
        String how = policy == ConflictPolicy.PRIORITY ? " by priority" : " as best for the customer";
        boolean exclusiveWon = best.size() == 1 && best.get(0).campaign.stacking() == Stacking.EXCLUSIVE;
        for (VoucherFact v : discounts) {
            if (best.contains(v)) continue;
            if (overBudgetInTrial.containsKey(v)) {
                v.reject(overBudgetInTrial.get(v));
                continue;
            }
            String why;
            if (exclusiveWon) {
                why = best.get(0).label() + " is exclusive and was chosen";
            } else if (v.campaign.stacking() == Stacking.EXCLUSIVE) {
                why = v.label() + " is exclusive; the combinable discounts " + labels(best) + " were chosen";
            } else {
                DiscountLevel level = v.campaign.discountLevel();
                List<VoucherFact> atLevel = best.stream().filter(w -> w.campaign.discountLevel() == level).toList();
                boolean inLevelWon = atLevel.size() == 1 && atLevel.get(0).campaign.stacking() == Stacking.EXCLUSIVE_IN_LEVEL;
                why = atLevel.isEmpty() ? v.label() + " is exclusive and the discounts " + labels(best) + " were chosen"
                        : inLevelWon ? atLevel.get(0).label() + " is exclusive among " + level.label() + " discounts and was chosen"
                        : v.label() + " is exclusive among " + level.label() + " discounts; the " + level.label() + " discounts "
                        + labels(atLevel) + " were chosen";
            }
            v.reject(Reason.of(ReasonCode.NOT_COMBINABLE, why + how));
        }
    }

    private static String labels(List<VoucherFact> facts) {
        return facts.stream().map(VoucherFact::label).collect(Collectors.joining(", "));
    }

    /**
     * The lines each {@link Stacking#ONE_PER_ITEM} discount of {@code option} may take from: every line
     * goes to the one that takes the most off it alone, on the prices before discounts (ties: order of
     * application); one left with no line, that would have taken from lines, is rejected. Empty when
     * fewer than two such discounts meet.
     */
    private Map<VoucherFact, boolean[]> perItem(List<VoucherFact> option, boolean rejectLosers) {
        List<VoucherFact> once = new ArrayList<>();
        for (VoucherFact v : option) if (v.campaign.stacking() == Stacking.ONE_PER_ITEM) once.add(v);
        Map<VoucherFact, boolean[]> out = new IdentityHashMap<>();
        if (once.size() < 2) return out;
        masks = Map.of();
        Map<VoucherFact, BigDecimal[]> alone = new IdentityHashMap<>();
        for (VoucherFact v : once) alone.put(v, v.kind.take(till(v, gross.clone(), grossShipping)).byLine());
        for (VoucherFact v : once) out.put(v, new boolean[lines.size()]);
        for (int l = 0; l < lines.size(); l++) {
            VoucherFact best = null;
            for (VoucherFact v : once) {
                BigDecimal amount = alone.get(v)[l];
                if (amount.signum() > 0 && (best == null || amount.compareTo(alone.get(best)[l]) > 0)) best = v;
            }
            if (best != null) out.get(best)[l] = true;
        }
        for (VoucherFact v : once) {
            boolean anyLine = false;
            boolean tookLines = false;
            for (int l = 0; l < lines.size(); l++) {
                anyLine |= out.get(v)[l];
                tookLines |= alone.get(v)[l].signum() > 0;
            }
            if (!tookLines) out.remove(v);
            else if (!anyLine && rejectLosers) {
                v.reject(Reason.of(ReasonCode.NOT_COMBINABLE, "cannot share an item with another offer, and another gives more on each of its items"));
            }
        }
        return out;
    }

    /** The total an option would take off, applied to a copy. */
    private BigDecimal trial(List<VoucherFact> option) {
        masks = perItem(option, false);
        BigDecimal[] remaining = gross.clone();
        BigDecimal[] shipping = {grossShipping};
        BigDecimal total = BigDecimal.ZERO;
        for (VoucherFact v : option) {
            if (belowMinimumAfterEarlier(v, remaining).isPresent()) continue;
            Taken t = v.kind.take(till(v, remaining, shipping[0]));
            Optional<Reason> over = overBudget(v, t);
            if (over.isPresent()) {
                overBudgetInTrial.put(v, over.get());
                continue;
            }
            subtract(t, remaining, shipping);
            total = total.add(t.onLines()).add(t.shipping());
        }
        return total;
    }

    private void apply(VoucherFact v, BigDecimal[] remaining, BigDecimal[] shipping) {
        Optional<Reason> below = belowMinimumAfterEarlier(v, remaining);
        if (below.isPresent()) {
            v.reject(below.get());
            record(v, new Taken(zeros(), BigDecimal.ZERO), remaining, shipping);
            return;
        }
        Taken taken = v.kind.take(till(v, remaining, shipping[0]));
        Optional<Reason> over = overBudget(v, taken);
        if (over.isPresent()) {
            v.reject(over.get());
            taken = new Taken(zeros(), BigDecimal.ZERO);
        }
        record(v, taken, remaining, shipping);
    }

    /** D8: why the discount does not fit in what is left of its campaign's money budget; empty when it does or there is none. */
    private Optional<Reason> overBudget(VoucherFact v, Taken t) {
        Optional<CampaignBudget> budget = v.campaign.budget();
        if (budget.isEmpty() || budget.get().amount().isEmpty() || t.isNothing()) return Optional.empty();
        Currency currency = budget.get().amount().get().currency();
        return budget.get().exceededBy(money(t.onLines().add(t.shipping()), currency), usage.apply(v.campaign.id()));
    }

    /** Q3: a minimum read after earlier discounts, on what they left of the lines the voucher admits. */
    private Optional<Reason> belowMinimumAfterEarlier(VoucherFact v, BigDecimal[] remaining) {
        for (Restriction r : v.campaign.restrictions()) {
            if (!(r instanceof Restriction.MinimumSpend m) || !m.afterEarlierDiscounts()) continue;
            BigDecimal left = BigDecimal.ZERO;
            for (int l = 0; l < lines.size(); l++) if (v.campaign.admits(lines.get(l))) left = left.add(remaining[l]);
            Optional<Reason> why = m.shortOf(Money.of(left, m.amount().currency()), " after earlier discounts");
            if (why.isPresent()) return why;
        }
        return Optional.empty();
    }

    /** Records what the voucher took and takes it from what is left. */
    private static void record(VoucherFact v, Taken t, BigDecimal[] remaining, BigDecimal[] shipping) {
        v.byLine = t.byLine();
        v.shipping = t.shipping();
        v.applied = !t.isNothing();
        subtract(t, remaining, shipping);
    }

    private static void subtract(Taken t, BigDecimal[] remaining, BigDecimal[] shipping) {
        for (int l = 0; l < remaining.length; l++) remaining[l] = remaining[l].subtract(t.byLine()[l]);
        shipping[0] = shipping[0].subtract(t.shipping());
    }

    /** What the voucher's benefit sees of the basket: the lines it admits and what is left of everything. */
    private Till till(VoucherFact v, BigDecimal[] remaining, BigDecimal shipping) {
        boolean[] in = new boolean[lines.size()];
        boolean[] mask = masks.get(v);
        for (int l = 0; l < in.length; l++) in[l] = v.campaign.admits(lines.get(l)) && (mask == null || mask[l]);
        return new Till() {
            @Override
            public List<Line> lines() {
                return lines;
            }

            @Override
            public boolean[] admitted() {
                return in;
            }

            @Override
            public BigDecimal[] remaining() {
                return remaining;
            }

            @Override
            public BigDecimal shipping() {
                return shipping;
            }

            @Override
            public int scale() {
                return scale;
            }

            @Override
            public MoneyRounding rounding() {
                return rounding;
            }

            @Override
            public BigDecimal[] allocate(BigDecimal amount) {
                BigDecimal[] out = zeros();
                Discounts.this.allocate(out, amount, remaining, in);
                return out;
            }

            @Override
            public BigDecimal[] allocateOverAll(BigDecimal amount) {
                boolean[] all = new boolean[lines.size()];
                Arrays.fill(all, true);
                BigDecimal[] out = zeros();
                Discounts.this.allocate(out, amount, remaining, all);
                return out;
            }

            @Override
            public BigDecimal[] zeros() {
                return Discounts.this.zeros();
            }
        };
    }

    /**
     * Splits {@code amount} (at most the weights' sum) over the lines in {@code in} in proportion to
     * {@code weights}, in minor units by largest remainder: exact sum, no part above its weight.
     */
    private void allocate(BigDecimal[] out, BigDecimal amount, BigDecimal[] weights, boolean[] in) {
        BigInteger units = amount.movePointRight(scale).toBigIntegerExact();
        if (units.signum() == 0) return;
        BigInteger total = BigInteger.ZERO;
        BigInteger[] w = new BigInteger[weights.length];
        for (int l = 0; l < w.length; l++) {
            w[l] = in[l] ? weights[l].movePointRight(scale).toBigIntegerExact() : BigInteger.ZERO;
            total = total.add(w[l]);
        }
        BigInteger[] share = new BigInteger[w.length];
        BigInteger[] rest = new BigInteger[w.length];
        BigInteger given = BigInteger.ZERO;
        for (int l = 0; l < w.length; l++) {
            BigInteger[] qr = units.multiply(w[l]).divideAndRemainder(total);
            share[l] = qr[0];
            rest[l] = qr[1];
            given = given.add(qr[0]);
        }
        int extra = units.subtract(given).intValueExact();
        List<Integer> order = new ArrayList<>();
        if (rounding.leftover() == MoneyRounding.Leftover.LARGEST_REMAINDER) {
            for (int l = 0; l < w.length; l++) if (rest[l].signum() > 0) order.add(l);
            order.sort((a, b) -> {
                int c = rest[b].compareTo(rest[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int i = 0; i < extra; i++) share[order.get(i)] = share[order.get(i)].add(BigInteger.ONE);
        } else {
            // M2: the leftover cents to the first (last) line by id, then the next, each up to its weight
            for (int l = 0; l < w.length; l++) if (in[l]) order.add(l);
            if (rounding.leftover() == MoneyRounding.Leftover.LAST_LINE) java.util.Collections.reverse(order);
            for (int l : order) {
                if (extra == 0) break;
                int room = w[l].subtract(share[l]).min(BigInteger.valueOf(extra)).intValueExact();
                share[l] = share[l].add(BigInteger.valueOf(room));
                extra -= room;
            }
        }
        for (int l = 0; l < w.length; l++) out[l] = out[l].add(new BigDecimal(share[l], scale));
    }

    private BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[lines.size()];
        Arrays.fill(z, BigDecimal.ZERO.setScale(scale));
        return z;
    }

    static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.setScale(Money.scaleOf(currency), RoundingMode.UNNECESSARY), currency);
    }
}
