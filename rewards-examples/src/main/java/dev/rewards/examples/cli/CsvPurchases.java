package dev.rewards.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.rewards.InvalidInputException;
import dev.rewards.Problem;
import dev.rewards.ValidationException;
import dev.rewards.account.Operation;
import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Purchases from CSV, one row per line: {@code transactionId,memberId,at,sku,category,unitPrice,quantity}
 * (an optional header row naming them), consecutive rows of one transaction id forming one purchase.
 * Read by Jackson's CSV parser, so quoted fields may hold commas and quotes; a bad field is an error
 * naming its line and column, never a number parser's message.
 */
final class CsvPurchases implements Iterator<Operation> {
    static final List<String> COLUMNS = List.of("transactionId", "memberId", "at", "sku", "category", "unitPrice", "quantity");

    private final MappingIterator<String[]> rows;
    private final Currency currency;
    private String[] pending;
    private long pendingLine;
    private boolean first = true;

    CsvPurchases(Reader reader, Currency currency) {
        this.currency = currency;
        try {
            this.rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                    .enable(CsvParser.Feature.TRIM_SPACES).readerFor(String[].class).readValues(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] read() {
        try {
            while (rows.hasNextValue()) {
                pendingLine = rows.getCurrentLocation().getLineNr(); // at the row's start: its own line
                String[] row = rows.nextValue();
                if (first && row.length > 0 && row[0].equals("transactionId")) {
                    first = false;
                    continue;
                }
                first = false;
                if (row.length == 1 && row[0].isBlank()) continue;
                if (row.length != COLUMNS.size()) {
                    throw problem(pendingLine, "needs " + COLUMNS.size() + " fields (" + String.join(",", COLUMNS) + "), has " + row.length);
                }
                return row;
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(List.of(new Problem("line " + Math.max(1, pendingLine), "not CSV: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof ValidationException) throw e;
            throw new InvalidInputException(List.of(new Problem("line " + Math.max(1, pendingLine), "not CSV: " + e.getMessage())));
        }
    }

    /** A field as quoted in a message: control characters escaped, at most 40 characters. */
    private static String shown(String field) {
        return Printable.printable(field.length() > 40 ? field.substring(0, 40) + "..." : field);
    }

    private static InvalidInputException problem(long line, String message) {
        return new InvalidInputException(List.of(new Problem("line " + line, message)));
    }

    @Override
    public boolean hasNext() {
        if (pending == null) pending = read();
        return pending != null;
    }

    @Override
    public Operation next() {
        if (!hasNext()) throw new NoSuchElementException();
        String[] head = pending;
        long headLine = pendingLine;
        List<Line> lines = new ArrayList<>();
        do {
            lines.add(line(lines.size() + 1, pending, pendingLine));
            pending = read();
        } while (pending != null && pending[0].equals(head[0]));
        Instant at;
        try {
            at = Instant.parse(head[2]);
        } catch (DateTimeParseException e) {
            throw problem(headLine, "at: not an instant such as 2026-03-07T10:15:00Z: '" + shown(head[2]) + "'");
        }
        return new Operation.Purchase(new Transaction(head[0], head[1], at, Optional.empty(), Optional.empty(), currency, lines, null));
    }

    private Line line(int id, String[] row, long line) {
        BigDecimal price;
        try {
            price = new BigDecimal(row[5]);
        } catch (NumberFormatException e) {
            throw problem(line, "unitPrice: not a decimal amount such as 19.50: '" + shown(row[5]) + "'");
        }
        if (price.precision() - price.scale() > 15 || price.scale() > 12) {
            throw problem(line, "unitPrice: out of range (at most 15 digits before the decimal point and 12 after): '" + shown(row[5]) + "'");
        }
        int quantity;
        try {
            quantity = Integer.parseInt(row[6]);
        } catch (NumberFormatException e) {
            throw problem(line, "quantity: not a whole number: '" + shown(row[6]) + "'");
        }
        try {
            return new Line(Integer.toString(id), row[3], Set.of(row[4]), Money.of(price, currency), quantity);
        } catch (IllegalArgumentException e) {
            throw problem(line, "unitPrice: " + e.getMessage());
        } catch (ValidationException e) {
            throw new InvalidInputException(e.problems().stream().map(p -> new Problem("line " + line + (p.path().isEmpty() ? "" : ": " + p.path()),
                    p.message())).toList());
        }
    }
}
