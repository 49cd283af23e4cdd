package dev.rewards.transaction;

import dev.rewards.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link Transaction}: {@code Transaction.builder("t-1", "m-42", at).line("1", "latte", "3.80", 1, "drinks")}.
 * Mutable and single use; the currency is taken from the first priced line unless set.
 */
public final class TransactionBuilder {
    private final String id;
    private final String memberId;
    private final Instant at;
    private String channel;
    private String store;
    private Currency currency;
    private final List<Line> lines = new ArrayList<>();
    private Money shipping;
    private final List<String> vouchers = new ArrayList<>();
    private boolean built;

    TransactionBuilder(String id, String memberId, Instant at) {
        this.id = id;
        this.memberId = memberId;
        this.at = at;
    }

    public TransactionBuilder channel(String channel) {
        this.channel = channel;
        return this;
    }

    public TransactionBuilder store(String store) {
        this.store = store;
        return this;
    }

    public TransactionBuilder currency(String currencyCode) {
        this.currency = Currency.getInstance(Objects.requireNonNull(currencyCode, "currencyCode"));
        return this;
    }

    public TransactionBuilder line(Line line) {
        lines.add(Objects.requireNonNull(line, "line"));
        if (currency == null) currency = line.unitPrice().currency();
        return this;
    }

    /** A line priced in the transaction's currency (which must be set, or come from an earlier line). */
    public TransactionBuilder line(String lineId, String sku, String unitPrice, int quantity, String... categories) {
        if (currency == null) throw new IllegalStateException("Set the currency before adding a line by its price text");
        return line(new Line(lineId, sku, Set.of(categories), Money.of(new BigDecimal(unitPrice), currency), quantity));
    }

    /** A voucher code presented at checkout. */
    public TransactionBuilder voucher(String code) {
        vouchers.add(code);
        return this;
    }

    private String shipTo;

    public TransactionBuilder shipping(Money shipping) {
        this.shipping = shipping;
        return this;
    }

    /** Where the order ships to: a country code such as {@code NL}, or a zone the host names. */
    public TransactionBuilder shipTo(String destination) {
        this.shipTo = destination;
        return this;
    }

    private long payWithPoints;

    /** L9: the member pays {@code points} of the order with points, decided with the vouchers. */
    public TransactionBuilder payWithPoints(long points) {
        this.payWithPoints = points;
        return this;
    }

    public Transaction build() {
        if (built) throw new IllegalStateException("This builder has already built a transaction; use a new one");
        built = true;
        return new Transaction(id, memberId, at, Optional.ofNullable(channel), Optional.ofNullable(store), currency, lines,
                shipping, vouchers, Optional.ofNullable(shipTo), payWithPoints);
    }
}
