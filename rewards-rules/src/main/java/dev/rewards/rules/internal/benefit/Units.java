package dev.rewards.rules.internal.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The units of some lines, for the benefits that pick units (D1-D4): how many each line has, what one
 * of its units still costs (what is left of the line over its quantity), lines ordered cheapest or
 * dearest first (ties: line order, so the result never depends on how equal lines are listed), and
 * what a percentage or an amount takes off {@code k} units of a line. Lines are never expanded into
 * units, so a line of a million units costs what a line of one does. Used by one benefit, once.
 */
final class Units {
    private final Till till;
    private final int scale;

    Units(Till till) {
        this.till = till;
        this.scale = till.scale();
    }

    /** What one unit of the line still costs, exactly enough to order by. */
    BigDecimal unitPrice(int line) {
        return till.remaining()[line].divide(BigDecimal.valueOf(till.lines().get(line).quantity()), scale + 6, RoundingMode.HALF_UP);
    }

    /** The admitted lines {@code in} accepts, cheapest units first ({@code dearestFirst}: dearest first). */
    List<Integer> ordered(boolean dearestFirst, java.util.function.IntPredicate in) {
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < till.lines().size(); l++) {
            if (till.admitted()[l] && in.test(l) && till.remaining()[l].signum() > 0) order.add(l);
        }
        Comparator<Integer> byPrice = Comparator.comparing(this::unitPrice);
        order.sort((dearestFirst ? byPrice.reversed() : byPrice).thenComparing(l -> l));
        return order;
    }

    /** Units of the lines, together. */
    long count(List<Integer> lines) {
        long n = 0;
        for (int l : lines) n += till.lines().get(l).quantity();
        return n;
    }

    /** Walks {@code lines} in order and marks up to {@code units} units taken, per line. */
    long[] take(List<Integer> lines, long units) {
        long[] taken = new long[till.lines().size()];
        long left = units;
        for (int l : lines) {
            if (left == 0) break;
            long k = Math.min(left, till.lines().get(l).quantity());
            taken[l] = k;
            left -= k;
        }
        return taken;
    }

    /**
     * What {@code percent} (rounded per line, in the program's mode) or {@code amountEach} (per unit) takes off the
     * units marked in {@code taken}, never more than what each line still costs.
     */
    BigDecimal[] off(long[] taken, Optional<BigDecimal> percent, Optional<dev.rewards.money.Money> amountEach) {
        BigDecimal[] byLine = till.zeros();
        for (int l = 0; l < taken.length; l++) {
            if (taken[l] == 0) continue;
            BigDecimal left = till.remaining()[l];
            BigDecimal units = BigDecimal.valueOf(taken[l]);
            BigDecimal amount = percent.isPresent()
                    ? left.multiply(units).multiply(percent.get()).divide(BigDecimal.valueOf(till.lines().get(l).quantity() * 100L), scale,
                            till.rounding().percentMode())
                    : amountEach.orElseThrow().amount().multiply(units);
            byLine[l] = amount.min(left);
        }
        return byLine;
    }

    /** The price of the marked units, as left by the discounts before (their share of each line, rounded half up). */
    BigDecimal price(long[] taken) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int l = 0; l < taken.length; l++) {
            if (taken[l] == 0) continue;
            sum = sum.add(till.remaining()[l].multiply(BigDecimal.valueOf(taken[l]))
                    .divide(BigDecimal.valueOf(till.lines().get(l).quantity()), scale, RoundingMode.HALF_UP));
        }
        return sum;
    }

    /** What units {@code [from, to)} of {@code lines} (walked in order) still cost, at the ordering precision. */
    BigDecimal valueOf(List<Integer> lines, long from, long to) {
        BigDecimal sum = BigDecimal.ZERO;
        long at = 0;
        for (int l : lines) {
            long q = till.lines().get(l).quantity();
            long lo = Math.max(from, at);
            long hi = Math.min(to, at + q);
            if (hi > lo) sum = sum.add(unitPrice(l).multiply(BigDecimal.valueOf(hi - lo)));
            at += q;
            if (at >= to) break;
        }
        return sum;
    }

    /**
     * {@code amount} spread over the marked units' lines in proportion to what those units still cost,
     * in minor units by largest remainder (ties: line order): the parts add up exactly and none is
     * above what its line still costs.
     */
    BigDecimal[] spread(BigDecimal amount, long[] taken) {
        BigDecimal[] byLine = till.zeros();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal[] weight = new BigDecimal[taken.length];
        for (int l = 0; l < taken.length; l++) {
            weight[l] = taken[l] == 0 ? BigDecimal.ZERO : till.remaining()[l].multiply(BigDecimal.valueOf(taken[l]))
                    .divide(BigDecimal.valueOf(till.lines().get(l).quantity()), scale + 6, RoundingMode.HALF_UP);
            total = total.add(weight[l]);
        }
        if (total.signum() == 0 || amount.signum() == 0) return byLine;
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal[] rest = new BigDecimal[taken.length];
        for (int l = 0; l < taken.length; l++) {
            BigDecimal exact = amount.multiply(weight[l]).divide(total, scale + 10, RoundingMode.DOWN);
            byLine[l] = exact.setScale(scale, RoundingMode.DOWN).min(till.remaining()[l]);
            rest[l] = exact.subtract(byLine[l]);
            given = given.add(byLine[l]);
        }
        List<Integer> order = new ArrayList<>();
        for (int l = 0; l < taken.length; l++) if (weight[l].signum() > 0) order.add(l);
        order.sort(Comparator.comparing((Integer l) -> rest[l]).reversed().thenComparing(l -> l));
        BigDecimal cent = BigDecimal.ONE.movePointLeft(scale);
        boolean moved = true;
        while (given.compareTo(amount) < 0 && moved) {
            moved = false;
            for (int l : order) {
                if (given.compareTo(amount) >= 0) break;
                if (byLine[l].add(cent).compareTo(till.remaining()[l]) > 0) continue;
                byLine[l] = byLine[l].add(cent);
                given = given.add(cent);
                moved = true;
            }
        }
        return byLine;
    }
}
