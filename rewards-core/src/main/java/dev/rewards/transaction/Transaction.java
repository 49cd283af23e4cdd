package dev.rewards.transaction;

import dev.rewards.InvalidInputException;
import dev.rewards.internal.Checks;
import dev.rewards.internal.Messages;
import dev.rewards.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A purchase to decide on: its id (the idempotency key), the member, the instant it happened (the
 * library never reads a clock), the channel and store it came through, its lines and shipping, the
 * voucher codes presented at checkout (normalised: trimmed, upper case), and where it ships to
 * ({@code shipTo}: a country code such as {@code NL}, or a zone the host names; compared as written), and
 * the points the member asks to pay with ({@code payWithPoints}, L9; 0 for none: their value is an order
 * discount decided with the vouchers, see {@code PointsConversion}). Every amount is in {@code currency}. Lines are kept in the order given; outcomes do not depend on it.
 *
 * <p>Immutable and thread-safe.
 */
public record Transaction(String id, String memberId, Instant at, Optional<String> channel, Optional<String> store,
                          Currency currency, List<Line> lines, Money shipping, List<String> vouchers, Optional<String> shipTo,
                          long payWithPoints) {

    /** A transaction paying with no points. */
    public Transaction(String id, String memberId, Instant at, Optional<String> channel, Optional<String> store,
                       Currency currency, List<Line> lines, Money shipping, List<String> vouchers, Optional<String> shipTo) {
        this(id, memberId, at, channel, store, currency, lines, shipping, vouchers, shipTo, 0);
    }

    /** A transaction without a destination. */
    public Transaction(String id, String memberId, Instant at, Optional<String> channel, Optional<String> store,
                       Currency currency, List<Line> lines, Money shipping, List<String> vouchers) {
        this(id, memberId, at, channel, store, currency, lines, shipping, vouchers, Optional.empty());
    }

    /** A transaction presenting no voucher code. */
    public Transaction(String id, String memberId, Instant at, Optional<String> channel, Optional<String> store,
                       Currency currency, List<Line> lines, Money shipping) {
        this(id, memberId, at, channel, store, currency, lines, shipping, List.of());
    }

    /** The most lines one basket may have (S2): far above any real basket, far below what would exhaust a heap. */
    public static final int MAX_LINES = 10_000;

    public Transaction {
        channel = channel == null ? Optional.empty() : channel;
        store = store == null ? Optional.empty() : store;
        shipTo = shipTo == null ? Optional.empty() : shipTo;
        Checks checks = Checks.start();
        shipTo.ifPresent(d -> checks.hostId(d, "shipTo"));
        checks.hostId(id, "id").hostId(memberId, "memberId");
        checks.instant(at, "at");
        checks.notNegative(payWithPoints, "payWithPoints");
        checks.present(currency, "currency");
        if (checks.present(lines, "lines")) {
            if (lines.size() > MAX_LINES) checks.add("lines", "must have at most " + MAX_LINES + " lines, had " + lines.size());
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
                Line line = lines.get(i);
                if (line == null) {
                    checks.add("lines[" + i + "]", Messages.required());
                    continue;
                }
                if (!ids.add(line.id())) checks.add("lines[" + i + "].id", Messages.duplicateLineId(line.id()));
                if (currency != null && !line.unitPrice().currency().equals(currency)) {
                    checks.add("lines[" + i + "].unitPrice", Messages.wrongCurrency(line.unitPrice().currency(), currency));
                }
            }
        }
        if (shipping == null && currency != null) shipping = Money.zero(currency);
        if (shipping != null) {
            checks.notNegative(shipping.amount(), "shipping");
            if (currency != null && !shipping.currency().equals(currency)) {
                checks.add("shipping", Messages.wrongCurrency(shipping.currency(), currency));
            }
        }
        if (vouchers == null) vouchers = List.of();
        List<String> codes = new ArrayList<>(vouchers.size());
        for (int i = 0; i < vouchers.size(); i++) {
            String code = vouchers.get(i);
            if (code == null || code.isBlank()) checks.add("vouchers[" + i + "]", Messages.blank());
            else codes.add(VoucherCodes.normalize(code));
        }
        vouchers = List.copyOf(codes);
        checks.throwIfAny(InvalidInputException::new);
        lines = List.copyOf(lines);
    }

    /** The same transaction presenting these voucher codes at checkout. */
    public Transaction withVouchers(String... codes) {
        return new Transaction(id, memberId, at, channel, store, currency, lines, shipping, List.of(codes), shipTo, payWithPoints);
    }

    /** The same transaction shipping to {@code destination} (a country code, or a zone the host names). */
    public Transaction shippedTo(String destination) {
        return new Transaction(id, memberId, at, channel, store, currency, lines, shipping, vouchers, Optional.of(destination), payWithPoints);
    }

    /** L9: the same transaction, the member asking to pay {@code points} of it with points (0: none). */
    public Transaction payingWithPoints(long points) {
        return new Transaction(id, memberId, at, channel, store, currency, lines, shipping, vouchers, shipTo, points);
    }

    public static TransactionBuilder builder(String id, String memberId, Instant at) {
        return new TransactionBuilder(id, memberId, at);
    }

    /** Voucher codes masked (S1): a transaction may be logged, a code must not be. */
    @Override
    public String toString() {
        return "Transaction[id=" + id + ", memberId=" + memberId + ", at=" + at + ", channel=" + channel + ", store=" + store
                + ", currency=" + currency + ", lines=" + lines + ", shipping=" + shipping + ", vouchers="
                + vouchers.stream().map(VoucherCodes::mask).toList() + ", shipTo=" + shipTo + (payWithPoints > 0 ? ", payWithPoints=" + payWithPoints : "") + "]";
    }

    /** The sum of the lines' amounts, shipping excluded. */
    public Money merchandiseTotal() {
        Money total = Money.zero(currency);
        for (Line line : lines) total = total.plus(line.amount());
        return total;
    }
}
