package dev.rewards.rules.internal;

import dev.rewards.outcome.PointsEntry;
import dev.rewards.program.MultiplierStacking;
import dev.rewards.program.PointsRounding;
import dev.rewards.rules.internal.kind.Basket;
import dev.rewards.rules.internal.kind.Fraction;
import dev.rewards.rules.internal.kind.RuleState;
import dev.rewards.rules.internal.kind.Tally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Java partner of earning.drl and caps.drl (P1, P3, P5): the open rules tell it, in program
 * order, what they add ({@link Tally}); it counts spend points and factors exactly, rounds once as the
 * program says, allocates the rounded total over the rules and lines by largest remainder (so the
 * entries sum exactly to it), adds the bonuses, then lets each cap limit the total.
 */
final class PointsCount implements Tally {
    private static final Comparator<Cell> BY_RULE = (a, b) -> Integer.compare(a.rule.index(), b.rule.index());

    private final Basket basket;
    private final MultiplierStacking stacking;
    private final PointsRounding rounding;
    private final List<PointsEntry> entries = new ArrayList<>();
    private final List<Cell> cells;
    private final Fraction[] base;
    private final List<Factor> factors = new ArrayList<>(2);
    private final List<PointsEntry> bonuses = new ArrayList<>(2);

    PointsCount(Basket basket) {
        this.basket = basket;
        this.stacking = basket.program().multiplierStacking();
        this.rounding = basket.program().pointsRounding();
        this.cells = new ArrayList<>(basket.size() * 3);
        this.base = new Fraction[basket.size()];
    }

    @Override
    public void base(RuleState rule, int line, Fraction points) {
        cells.add(new Cell(rule, basket.lines().get(line).id(), points));
        base[line] = base[line] == null ? points : base[line].plus(points);
    }

    @Override
    public void factor(RuleState rule, BigDecimal factor, boolean[] lines) {
        factors.add(new Factor(rule, factor, lines));
    }

    @Override
    public void bonus(RuleState rule, long points) {
        rule.setPoints(points);
        bonuses.add(new PointsEntry(rule.kind().id(), Optional.empty(), points));
    }

    /** Counts what the live rules (in program order) earn. */
    void count(List<RuleState> rules) {
        for (RuleState s : rules) if (s.isLive()) s.kind().earn(s, this);
        List<Factor> onLine = new ArrayList<>(factors.size());
        for (int l = 0; l < base.length; l++) {
            if (base[l] == null || base[l].isZero()) continue;
            onLine.clear();
            for (Factor f : factors) if (f.lines == null || f.lines[l]) onLine.add(f);
            for (Factor f : onLine) f.rule.cover();
            multiply(basket.lines().get(l).id(), base[l], onLine);
        }
        for (Cell c : cells) c.rule.addExact(c.value);
        if (rounding.level() == PointsRounding.Level.LINE) {
            Map<String, List<Cell>> byLine = new TreeMap<>();
            cells.forEach(c -> byLine.computeIfAbsent(c.line, k -> new ArrayList<>()).add(c));
            byLine.values().forEach(group -> allocate(group, rounding.mode()));
        } else {
            allocate(cells, rounding.mode());
        }
        // cells of one rule were made in line-id order; a stable sort by rule keeps it
        cells.sort(BY_RULE);
        for (Cell c : cells) {
            c.rule.addPoints(c.points);
            if (c.points > 0) entries.add(new PointsEntry(c.rule.kind().id(), Optional.of(c.line), c.points));
        }
        entries.addAll(bonuses);
    }

    private void multiply(String line, Fraction b, List<Factor> onLine) {
        List<Factor> applied = onLine;
        if (stacking == MultiplierStacking.HIGHEST && !onLine.isEmpty()) {
            Factor best = onLine.get(0);
            for (Factor f : onLine) if (f.factor.compareTo(best.factor) > 0) best = f;
            applied = List.of(best);
        }
        Fraction running = b;
        for (Factor f : applied) {
            Fraction extra = Fraction.of(f.factor.subtract(BigDecimal.ONE));
            Fraction contribution = (stacking == MultiplierStacking.MULTIPLY ? running : b).times(extra);
            cells.add(new Cell(f.rule, line, contribution));
            if (!contribution.isZero()) f.rule.use(line);
            running = running.plus(contribution);
        }
    }

    /** Points a custom rule granted: counted with the others before the caps, never multiplied. */
    void grant(RuleState rule, long points) {
        rule.addPoints(points);
        entries.add(new PointsEntry(rule.kind().id(), Optional.empty(), points));
    }

    /** P5: each live cap in program order limits the transaction's total; what it removes is an entry of its own. */
    void applyCaps(List<RuleState> rules) {
        long total = total();
        for (RuleState s : rules) {
            if (!s.isLive()) continue;
            long after = s.kind().limit(s, total);
            if (after < total) entries.add(new PointsEntry(s.kind().id(), Optional.empty(), after - total));
            total = after;
        }
    }

    long total() {
        long total = 0;
        for (PointsEntry p : entries) total = Math.addExact(total, p.points());
        return total;
    }

    List<PointsEntry> entries() {
        return entries;
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
        int byRule = Integer.compare(a.rule.index(), b.rule.index());
        return byRule != 0 ? byRule : a.line.compareTo(b.line);
    };

    /** A factor of one rule on some lines (all when {@code lines} is null). */
    private record Factor(RuleState rule, BigDecimal factor, boolean[] lines) {
    }

    /** Exact points of one rule on one line, and the whole points allocated to it. */
    private static final class Cell {
        final RuleState rule;
        final String line;
        final Fraction value;
        long points;
        /** What is left of {@code value} above {@code points} before the remainder is shared out. */
        Fraction remainder;
        double approximateRemainder;

        Cell(RuleState rule, String line, Fraction value) {
            this.rule = rule;
            this.line = line;
            this.value = value;
        }
    }
}
