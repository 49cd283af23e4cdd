package dev.rewards.rules.internal.kind;

import dev.rewards.money.Money;
import dev.rewards.program.Program;
import dev.rewards.program.Tier;
import dev.rewards.program.Tiering;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The inputs of one evaluation as the kinds read them: the program, the member, the transaction, its
 * instant in the program's zone, the lines in id order and what each line costs. Line amounts are
 * what points and cashback are counted on: the price before discounts, or after them when the
 * program earns on the price paid ({@link #discount}). Used by one thread, once.
 */
public final class Basket {
    private static final Comparator<Line> BY_ID = Comparator.comparing(Line::id);

    private final Program program;
    private final MemberState member;
    private final Transaction tx;
    private final boolean enrolled;
    private final LocalDateTime localTime;
    private final List<Line> lines;
    private final boolean earnOnPricePaid;
    /** Each line's price times quantity, by position in {@link #lines}. */
    private final BigDecimal[] gross;
    /** What is left of each line's price after every discount so far. */
    private final BigDecimal[] net;
    /** The shipping after discounts, once vouchers are settled (null before, or without vouchers). */
    private BigDecimal netShipping;
    private final Optional<Tier> tierBefore;
    /** L9: what each line paid with points, once vouchers are settled (null when nothing was). */
    private BigDecimal[] paidWithPoints;
    private boolean pointsEarn;
    /** {@link #earningTotal()}, made when first read after the amounts last changed. */
    private Money earningTotal;

    public Basket(Program program, MemberState member, Transaction tx, boolean earnOnPricePaid) {
        this.program = program;
        this.member = member;
        this.tx = tx;
        this.enrolled = member.isEnrolledAt(tx.at());
        this.localTime = LocalDateTime.ofInstant(tx.at(), program.timeZone());
        this.lines = byId(tx.lines());
        this.earnOnPricePaid = earnOnPricePaid;
        this.gross = new BigDecimal[lines.size()];
        for (int l = 0; l < gross.length; l++) {
            Line line = lines.get(l);
            gross[l] = line.quantity() == 1 ? line.unitPrice().amount()
                    : line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity()));
        }
        this.net = gross.clone();
        this.tierBefore = tierBefore(program.tiering(), member);
    }

    /** A member holds the higher of the tier the host says and the tier their totals before this transaction reach. */
    private static Optional<Tier> tierBefore(Tiering tiering, MemberState member) {
        int held = member.tier().map(tiering::rank).orElse(-1);
        int rank = Math.max(held, tiering.highestReached(qualifyingTotal(tiering, member)));
        return rank < 0 ? Optional.empty() : Optional.of(tiering.tiers().get(rank));
    }

    /** The member's total in the tier metric before this transaction. */
    public static BigDecimal qualifyingTotal(Tiering tiering, MemberState m) {
        return tiering.metric().of(m.qualifyingSpend().amount(), m.qualifyingPoints(), m.qualifyingPurchases());
    }

    public Program program() {
        return program;
    }

    public Currency currency() {
        return program.currency();
    }

    public MemberState member() {
        return member;
    }

    public Transaction transaction() {
        return tx;
    }

    /** True when the member was enrolled at the transaction's instant (P4). */
    public boolean enrolled() {
        return enrolled;
    }

    public LocalDateTime localTime() {
        return localTime;
    }

    /** The lines in id order. */
    public List<Line> lines() {
        return lines;
    }

    public int size() {
        return lines.size();
    }

    /** L4: the shipping a rule that lets shipping earn earns on: what was paid for it when the program earns on the price paid. */
    public BigDecimal shippingEarning() {
        BigDecimal gross = transaction().shipping().amount();
        return earnOnPricePaid && netShipping != null ? netShipping : gross;
    }

    /**
     * The amount a line earns on: its price, less its discounts when the program earns on the price
     * paid; L9: less the part paid with points unless the program lets it earn.
     */
    public BigDecimal amount(int line) {
        if (paidWithPoints == null) return earnOnPricePaid ? net[line] : gross[line];
        if (earnOnPricePaid) return pointsEarn ? net[line].add(paidWithPoints[line]) : net[line];
        return pointsEarn ? gross[line] : gross[line].subtract(paidWithPoints[line]).max(BigDecimal.ZERO);
    }

    /** L9: what each line had paid with points (a discount in {@link #net}); {@code earns}: whether that part earns. */
    public void paidWithPoints(BigDecimal[] byLine, boolean earns) {
        this.paidWithPoints = byLine.clone();
        this.pointsEarn = earns;
        earningTotal = null;
    }

    /** What the lines earn on, in total. */
    public Money earningTotal() {
        if (earningTotal == null) {
            BigDecimal total = BigDecimal.ZERO;
            for (int l = 0; l < gross.length; l++) total = total.add(amount(l));
            earningTotal = Money.of(total, program.currency());
        }
        return earningTotal;
    }

    /** V7: each line's price after the accepted vouchers' discounts (gift vouchers are payment, not discount). */
    public void settleVouchers(BigDecimal[] after, BigDecimal shippingAfter) {
        netShipping = shippingAfter;
        System.arraycopy(after, 0, net, 0, net.length);
        earningTotal = null;
    }

    /** Each line's price before any discount. */
    public BigDecimal[] grossAmounts() {
        return gross.clone();
    }

    /** Takes {@code amount} off a line's price (at most what is left of it); returns what was taken. */
    public BigDecimal discount(int line, BigDecimal amount) {
        BigDecimal taken = amount.min(net[line]).max(BigDecimal.ZERO);
        net[line] = net[line].subtract(taken);
        earningTotal = null;
        return taken;
    }

    /** The position of a line id, or -1. */
    public int positionOf(String lineId) {
        for (int l = 0; l < lines.size(); l++) if (lines.get(l).id().equals(lineId)) return l;
        return -1;
    }

    /** The member's tier before this transaction. */
    public Optional<Tier> tierBefore() {
        return tierBefore;
    }

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
}
