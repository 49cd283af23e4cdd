package dev.rewards.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * E7: members ranked by the points they earned in a period, for a "top customers this month" board
 * or a challenge's prize. A member's score is the points their ledger booked as earned in
 * [{@code from}, {@code until}) (purchases, actions, bonuses and badges, after rounding and after the
 * period caps held back what was over them) less what refunds in that period took back; points given by hand
 * ({@code adjust}) and points paid at checkout and given back by a refund count for nothing, since
 * the member did not earn them. Ties share a rank and the next rank skips ("1, 2, 2, 4"); within a
 * rank members are listed by id, so the board is the same on every run. Members who earned nothing
 * are left out. An account keeps {@code historyDays} of ledger (older entries are folded into one
 * per kind), so a period must lie within it. Stateless.
 */
public final class Leaderboard {
    /** A member's place: {@code rank} from 1, the points that earned it. */
    public record Entry(int rank, String memberId, long points) {
    }

    private Leaderboard() {
    }

    /**
     * The members of {@code accounts} with points earned in [{@code from}, {@code until}), best first,
     * down to rank {@code top} (every member tied at that rank included).
     */
    public static List<Entry> of(Collection<MemberAccount> accounts, Instant from, Instant until, int top) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) throw new IllegalArgumentException("until must be after from, was " + from + " to " + until);
        if (top < 1) throw new IllegalArgumentException("top must be at least 1, was " + top);
        List<Entry> scored = new ArrayList<>();
        for (MemberAccount a : accounts) {
            long points = earned(a, from, until);
            if (points > 0) scored.add(new Entry(0, a.memberId(), points));
        }
        scored.sort(Comparator.comparingLong(Entry::points).reversed().thenComparing(Entry::memberId));
        List<Entry> board = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Entry e = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).points() == e.points() ? board.get(i - 1).rank() : i + 1;
            if (rank > top) break;
            board.add(new Entry(rank, e.memberId(), e.points()));
        }
        return List.copyOf(board);
    }

    /** Points booked as earned in the period less points refunds took back in it; by hand and given back excluded. */
    static long earned(MemberAccount a, Instant from, Instant until) {
        long points = 0;
        for (LedgerEntry e : a.ledger()) {
            if (e.at().isBefore(from) || !e.at().isBefore(until) || e.source().equals(AccountHistory.EARLIER)) continue;
            if (e.group().equals(Accounts.ADJUSTMENT) || e.group().equals(Accounts.RETURNED)) continue;
            if (e.kind() == LedgerEntry.Kind.EARNED) points += e.points();
            else if (e.kind() == LedgerEntry.Kind.REVERSED) points -= e.points();
        }
        return points;
    }
}
