package dev.rewards.simulation;

import dev.rewards.account.MemberEvent;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, realistic history to price a program on without real data (A4): members who join over
 * the first months and shop at very different rates (a few regulars, many occasional), baskets from a
 * coffee-shop catalogue, more at weekends and in December, less in August; about 3% of purchases
 * partly or wholly refunded within a month, reviews, signups, redemptions of points and the program's
 * public voucher codes on some baskets. Streams in constant memory: operations are made in time order
 * as they are read; the same seed always gives the same history.
 *
 * <p>Every operation falls inside [{@code start}, {@code start + span}): purchases are spread over the
 * span's opening hours (07:00-20:00 local) in proportion to how busy each day is, so the history covers
 * the span asked for, whatever the number of purchases, and refunds never fall after its end.
 */
public final class SyntheticHistory implements Iterator<Operation> {
    private record Item(String sku, String category, String price) {
    }

    private static final List<Item> CATALOGUE = List.of(
            new Item("espresso", "drinks", "2.40"), new Item("flat-white", "drinks", "3.60"), new Item("cappuccino", "drinks", "3.40"),
            new Item("iced-latte", "drinks", "4.20"), new Item("croissant", "pastry", "2.40"), new Item("cinnamon-bun", "pastry", "3.20"),
            new Item("banana-bread", "pastry", "3.00"), new Item("sandwich", "food", "6.50"), new Item("soup", "food", "5.80"),
            new Item("ethiopia-beans-1kg", "beans", "19.50"), new Item("house-blend-250g", "beans", "7.90"), new Item("mug", "merch", "12.00"),
            new Item("grinder", "equipment", "89.00"), new Item("gift-card-25", "gift-cards", "25.00"));
    /** Relative popularity of the catalogue's items, same order. */
    private static final int[] WEIGHTS = {30, 40, 35, 10, 30, 20, 10, 12, 6, 5, 8, 2, 1, 1};
    private static final int TOTAL_WEIGHT = Arrays.stream(WEIGHTS).sum();
    private static final LocalTime OPENS = LocalTime.of(7, 0);
    private static final Duration OPEN_HOURS = Duration.ofHours(13);

    private final SplittableRandom random;
    private final int members;
    private final long transactions;
    private final Instant start;
    private final Duration span;
    private final Program program;
    private final List<String> codes;
    private final String currency;
    /** Operations made ahead of their time (refunds, and a purchase that a due refund precedes), by instant then id. */
    private final PriorityQueue<Operation> queued = new PriorityQueue<>(
            Comparator.comparing(Operation::at).thenComparing(Operation::id));
    private final Instant end;
    /** The local opening time (07:00) of each day of the span, and how busy the days up to and including it are, cumulated. */
    private final Instant[] opens;
    private final double[] busyUpTo;
    private Instant clock;
    private long made;
    private int signedUp;
    private long seq;

    /**
     * @param members       how many members shop (they join over the first quarter of the span)
     * @param transactions  how many purchases; reviews (2%), redemptions (1%) and refunds (3%) come on top
     */
    public SyntheticHistory(Program program, int members, long transactions, long seed, Instant start, Duration span) {
        if (members < 1 || transactions < 1) throw new IllegalArgumentException("members and transactions must be positive");
        if (span.isNegative() || span.isZero()) throw new IllegalArgumentException("the span must be positive, was " + span);
        this.random = new SplittableRandom(seed);
        this.members = members;
        this.transactions = transactions;
        this.start = start;
        this.span = span;
        this.program = program;
        this.codes = program.vouchers().campaigns().stream().filter(c -> c.code().isPresent()).map(c -> c.code().get()).toList();
        this.currency = program.currency().getCurrencyCode();
        this.clock = start;
        this.end = start.plus(span);
        List<Instant> days = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        for (LocalDate d = LocalDate.ofInstant(start, program.timeZone()); d.atTime(OPENS).atZone(program.timeZone()).toInstant().isBefore(end);
             d = d.plusDays(1)) {
            Instant open = d.atTime(OPENS).atZone(program.timeZone()).toInstant();
            if (!open.plus(OPEN_HOURS).isAfter(start)) continue;
            days.add(open);
            total += busy(d);
            weights.add(total);
        }
        if (days.isEmpty()) throw new IllegalArgumentException("the span from " + start + " to " + end + " holds no opening hours (07:00-20:00)");
        this.opens = days.toArray(new Instant[0]);
        this.busyUpTo = weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A history of exactly {@code months} calendar months from {@code start}, in the program's time zone.
     *
     * @param members       how many members shop (they join over the first quarter of the span)
     * @param transactions  how many purchases; reviews (2%), redemptions (1%) and refunds (3%) come on top
     */
    public static SyntheticHistory ofMonths(Program program, int members, long transactions, long seed, Instant start, int months) {
        if (months < 1) throw new IllegalArgumentException("months must be positive, was " + months);
        Instant end = ZonedDateTime.ofInstant(start, program.timeZone()).plusMonths(months).toInstant();
        return new SyntheticHistory(program, members, transactions, seed, start, Duration.between(start, end));
    }

    /** Where the history ends (exclusive). */
    public Instant end() {
        return end;
    }

    /** Everyone who will shop, enrolled over the first quarter of the span (member states, as a members file). */
    public List<MemberState> members() {
        List<MemberState> out = new ArrayList<>(members);
        SplittableRandom r = new SplittableRandom(members * 31L + 7);
        long quarter = span.toSeconds() / 4;
        for (int i = 0; i < members; i++) {
            out.add(MemberState.enrolled(memberId(i), start.minusSeconds(r.nextLong(1, 3_600 * 24 * 30)).plusSeconds(quarter * i / members),
                    program.currency()));
        }
        return out;
    }

    public static String memberId(int i) {
        return String.format("m-%06d", i);
    }

    @Override
    public boolean hasNext() {
        return made < transactions || !queued.isEmpty();
    }

    @Override
    public Operation next() {
        if (!hasNext()) throw new NoSuchElementException();
        if (!queued.isEmpty() && (made >= transactions || !queued.peek().at().isAfter(clock))) return queued.poll();
        advanceClock();
        int member = pickMember();
        double roll = random.nextDouble();
        Operation op;
        if (roll < 0.02) {
            op = new Operation.Event(MemberEvent.of("e-" + (seq++), memberId(member), clock, "review"));
        } else if (roll < 0.03) {
            op = new Operation.RedeemPoints("x-" + (seq++), memberId(member), clock, 200 + 100L * random.nextInt(4), Money.of("20.00", currency));
        } else {
            Transaction tx = basket(member);
            made++;
            if (random.nextDouble() < 0.03) scheduleRefund(tx);
            op = new Operation.Purchase(tx);
        }
        if (!queued.isEmpty() && queued.peek().at().isBefore(op.at())) {
            queued.add(op);
            return queued.poll();
        }
        return op;
    }

    /**
     * Time moves to a random point of the stretch of the span's opening hours that the next purchase
     * owns (purchase k of n owns the k-th n-th of the span's busy-weighted opening time), never back.
     */
    private void advanceClock() {
        double target = (made + random.nextDouble()) / transactions * busyUpTo[busyUpTo.length - 1];
        int day = Arrays.binarySearch(busyUpTo, target);
        day = day >= 0 ? Math.min(day + 1, busyUpTo.length - 1) : -day - 1;
        double before = day == 0 ? 0 : busyUpTo[day - 1];
        double within = (target - before) / (busyUpTo[day] - before);
        Instant t = opens[day].plusMillis((long) (within * OPEN_HOURS.toMillis()));
        if (t.isBefore(start)) t = start;
        if (!t.isBefore(end)) t = end.minusMillis(1);
        if (t.isAfter(clock)) clock = t;
    }

    /** How busy a day is: more at weekends and in December, less in August. */
    private static double busy(LocalDate d) {
        double month = switch (d.getMonth()) {
            case DECEMBER -> 1.5;
            case AUGUST -> 0.7;
            default -> 1.0;
        };
        return month * (d.getDayOfWeek().getValue() >= 6 ? 1.3 : 1.0);
    }

    /** Members who have joined by now, skewed: the first tenth makes half the visits. */
    private int pickMember() {
        long elapsed = Duration.between(start, clock).toSeconds();
        int joined = (int) Math.max(1, Math.min(members, (long) members * elapsed / Math.max(1, span.toSeconds() / 4)));
        if (signedUp < joined) signedUp = joined;
        int pool = Math.max(1, signedUp);
        return random.nextDouble() < 0.5 ? random.nextInt(Math.max(1, pool / 10)) : random.nextInt(pool);
    }

    private Transaction basket(int member) {
        int n = 1 + (random.nextDouble() < 0.4 ? random.nextInt(4) : 0);
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Item item = pick();
            int quantity = item.category().equals("drinks") && random.nextDouble() < 0.2 ? 2 : 1;
            lines.add(new Line(Integer.toString(i + 1), item.sku(), Set.of(item.category()),
                    Money.of(new BigDecimal(item.price()), program.currency()), quantity));
        }
        List<String> vouchers = !codes.isEmpty() && random.nextDouble() < 0.05 ? List.of(codes.get(random.nextInt(codes.size()))) : List.of();
        return new Transaction("t-" + (seq++), memberId(member), clock, Optional.of(random.nextDouble() < 0.7 ? "pos" : "app"),
                Optional.of("store-" + (1 + member % 5)), program.currency(), lines, null, vouchers);
    }

    private Item pick() {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (int i = 0; i < WEIGHTS.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) return CATALOGUE.get(i);
        }
        return CATALOGUE.get(0);
    }

    private void scheduleRefund(Transaction tx) {
        Instant when = tx.at().plus(Duration.ofHours(2 + random.nextInt(24 * 28)));
        if (!when.isBefore(end)) return;
        Map<String, Integer> lines = tx.lines().size() > 1 && random.nextBoolean() ? Map.of(tx.lines().get(0).id(), 1) : Map.of();
        queued.add(new Operation.Return(new Refund("r-" + (seq++), tx.memberId(), tx.id(), when, lines)));
    }
}
