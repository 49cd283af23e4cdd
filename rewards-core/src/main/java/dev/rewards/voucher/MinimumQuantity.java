package dev.rewards.voucher;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import dev.rewards.reason.Shortfall;
import dev.rewards.transaction.Line;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Q1: a minimum quantity counted on eligible units. {@code perLine}: only lines of at least
 * {@code units} units are discounted and counted ("2.00 off when you buy 3 of a kind"), a line
 * restriction like {@link Restriction.Items}; otherwise the lines the voucher admits must hold at least
 * {@code units} units together. JSON: {@code minimumQuantity}, {@code minimumQuantityPerLine}.
 *
 * <p>Immutable and thread-safe.
 */
public record MinimumQuantity(int units, boolean perLine) implements Restriction {
    public MinimumQuantity {
        Checks checks = Checks.start();
        checks.positive(units, perLine ? "minimumQuantityPerLine" : "minimumQuantity");
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** The eligible lines must hold {@code units} units together. */
    public static MinimumQuantity inBasket(int units) {
        return new MinimumQuantity(units, false);
    }

    /** Only lines of at least {@code units} units are eligible. */
    public static MinimumQuantity perLine(int units) {
        return new MinimumQuantity(units, true);
    }

    @Override
    public boolean admits(Line line) {
        return !perLine || line.quantity() >= units;
    }

    @Override
    public Optional<Reason> check(Checkout c) {
        long held = c.eligibleUnits();
        if (perLine ? held > 0 : held >= units) return Optional.empty();
        if (perLine) {
            return Optional.of(new Reason(ReasonCode.BELOW_MINIMUM_QUANTITY, "buy at least " + units + " of one item; no line of the basket has "
                    + units + " eligible units", Optional.of(new Shortfall(BigDecimal.valueOf(units - maxOnALine(c)), "items"))));
        }
        long more = units - held;
        return Optional.of(new Reason(ReasonCode.BELOW_MINIMUM_QUANTITY, "buy at least " + units + " eligible items; the basket has " + held
                + ", add " + more + " more", Optional.of(new Shortfall(BigDecimal.valueOf(more), "items"))));
    }

    /** The most units one line holds (the distance of a per-line minimum is from the fullest line). */
    private static long maxOnALine(Checkout c) {
        long most = 0;
        for (Line l : c.lines()) most = Math.max(most, l.quantity());
        return most;
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.minimumQuantity(this);
    }
}
