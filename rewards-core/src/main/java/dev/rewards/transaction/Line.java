package dev.rewards.transaction;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.internal.Sets;
import dev.rewards.money.Money;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a basket: a SKU with its categories, a unit price and a quantity. The line id is the
 * host's (a line number will do) and is unique within its transaction; outcomes refer to lines by it.
 * Prices are not negative and quantities are positive; returns are refunds, not negative lines. The
 * vendor, optional, is the seller on a marketplace.
 *
 * <p>Immutable and thread-safe.
 */
public record Line(String id, String sku, Set<String> categories, Money unitPrice, int quantity, Optional<String> vendor) {

    public Line {
        categories = Sets.sorted(categories, "categories");
        vendor = vendor == null ? Optional.empty() : vendor;
        Checks checks = Checks.start();
        if (checks.present(id, "id")) checks.require(!id.isBlank(), "id", Messages.blank());
        if (checks.present(sku, "sku")) checks.require(!sku.isBlank(), "sku", Messages.blank());
        if (checks.present(unitPrice, "unitPrice")) checks.notNegative(unitPrice.amount(), "unitPrice");
        checks.positive(quantity, "quantity");
        checks.throwIfAny(InvalidInputException::new);
    }

    /** A line with no vendor. */
    public Line(String id, String sku, Set<String> categories, Money unitPrice, int quantity) {
        this(id, sku, categories, unitPrice, quantity, Optional.empty());
    }

    /** The same line sold by {@code vendor} (marketplaces; vouchers may be limited to some vendors). */
    public Line soldBy(String vendor) {
        return new Line(id, sku, categories, unitPrice, quantity, Optional.of(vendor));
    }

    /** {@code Line.of("1", "espresso-beans-1kg", Money.of("24.00", "EUR"), 2, "beans")}. */
    public static Line of(String id, String sku, Money unitPrice, int quantity, String... categories) {
        return new Line(id, sku, Set.of(categories), unitPrice, quantity);
    }

    /** Unit price times quantity. */
    public Money amount() {
        return unitPrice.times(quantity);
    }
}
