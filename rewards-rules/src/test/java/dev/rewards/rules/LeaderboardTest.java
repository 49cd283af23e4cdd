package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rewards.Rewards;
import dev.rewards.account.Accounts;
import dev.rewards.account.Leaderboard;
import dev.rewards.account.Leaderboard.Entry;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.Refund;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.transaction.Transaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E7: the month's top members by points earned: ties share a rank, refunds count, gifts by hand do not. */
class LeaderboardTest {
    static final Program SHOP = Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam")
            .earnRule(SpendRule.of("base", 1, "1.00")).accounts(AccountPolicy.NONE).build();
    static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

    private final Accounts accounts = new Accounts(Rewards.compile(SHOP));
    private final List<MemberAccount> all = new ArrayList<>();

    private MemberAccount member(String id, Operation... ops) {
        MemberAccount a = accounts.open(id, Instant.parse("2026-01-01T00:00:00Z"), Optional.empty());
        for (Operation op : ops) a = accounts.apply(a, op).account();
        all.add(a);
        return a;
    }

    static Operation buy(String member, String tx, String day, String amount) {
        return new Operation.Purchase(Transaction.builder(tx, member, Instant.parse(day + "T10:00:00Z")).currency("EUR")
                .line("1", "coat", amount, 1, "coats").build());
    }

    @Test
    void the_months_board_ranks_by_points_earned_in_it_with_ties_sharing_a_rank() {
        member("bo", buy("bo", "b-1", "2026-03-05", "80.00"));
        member("cas", buy("cas", "c-1", "2026-03-02", "60.00"), buy("cas", "c-2", "2026-03-30", "40.00"));
        member("ana", buy("ana", "a-1", "2026-03-10", "100.00"), buy("ana", "a-0", "2026-02-27", "500.00")); // February's does not count
        member("dan", buy("dan", "d-1", "2026-03-03", "90.00"),
                new Operation.Return(new Refund("r-1", "dan", "d-1", Instant.parse("2026-03-04T10:00:00Z"), Map.of()))); // all of it back
        member("fay", buy("fay", "f-1", "2026-03-03", "10.00"), new Operation.Adjust("g-1", "fay", Instant.parse("2026-03-05T10:00:00Z"), 900,
                Optional.empty(), "goodwill", "agent-1")); // given by hand: not earned

        assertThat(Leaderboard.of(all, MARCH, APRIL, 3)).containsExactly(
                new Entry(1, "ana", 100), new Entry(1, "cas", 100), new Entry(3, "bo", 80));
        assertThat(Leaderboard.of(all, MARCH, APRIL, 1)).extracting(Entry::memberId).containsExactly("ana", "cas");
        assertThat(Leaderboard.of(all, MARCH, APRIL, 10)).extracting(Entry::memberId).containsExactly("ana", "cas", "bo", "fay");
        // the same board whatever order the accounts come in
        List<MemberAccount> backwards = new ArrayList<>(all);
        java.util.Collections.reverse(backwards);
        assertThat(Leaderboard.of(backwards, MARCH, APRIL, 10)).isEqualTo(Leaderboard.of(all, MARCH, APRIL, 10));
    }

    @Test
    void a_period_that_ends_before_it_starts_or_a_board_of_nobody_is_refused() {
        assertThatThrownBy(() -> Leaderboard.of(all, APRIL, MARCH, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("until");
        assertThatThrownBy(() -> Leaderboard.of(all, MARCH, APRIL, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top");
        assertThat(Leaderboard.of(List.of(), MARCH, APRIL, 3)).isEmpty();
    }
}
