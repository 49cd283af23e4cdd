package dev.rewards.account.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.account.LedgerEntry;
import dev.rewards.account.MemberAccount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A3: what the JDBC store writes for a change of an account's ledger, kept in order by sequence numbers. */
class AccountLayoutTest {
    static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static LedgerEntry entry(int minute) {
        return new LedgerEntry(T.plusSeconds(60L * minute), LedgerEntry.Kind.EARNED, minute, "purchase:t-" + minute, "purchase");
    }

    static MemberAccount withLedger(List<LedgerEntry> ledger) {
        return new MemberAccount("ana", Optional.of(T), Optional.empty(), Optional.empty(), false, 0, Optional.empty(), Optional.empty(), T,
                List.of(), 0, ledger, List.of(), 0, List.of(), Map.of(), Map.of(), Map.of());
    }

    @Test
    void an_entry_added_at_the_end_and_one_folded_away_at_the_front_write_two_rows_and_keep_the_others() {
        LedgerEntry a = entry(1), b = entry(2), c = entry(3), d = entry(4);
        MemberAccount before = withLedger(List.of(a, b, c));
        AccountLayout layout = AccountLayout.of(before, Map.of(AccountLayout.LEDGER, List.of(10L, 20L, 30L)), Map.of());

        AccountLayout.Changes changes = layout.diff(before, withLedger(List.of(b, c, d)));

        assertThat(changes.deletes()).extracting(AccountLayout.Part::seq).containsExactly(10L);
        assertThat(changes.inserts()).extracting(AccountLayout.Part::seq).containsExactly(30L + AccountLayout.GAP);
        assertThat(changes.updates()).isEmpty();
    }

    @Test
    void an_entry_put_at_the_front_gets_a_number_before_the_first() {
        LedgerEntry a = entry(1), b = entry(2), folded = entry(0);
        MemberAccount before = withLedger(List.of(a, b));
        AccountLayout layout = AccountLayout.of(before, Map.of(AccountLayout.LEDGER, List.of(10L, 20L)), Map.of());

        AccountLayout.Changes changes = layout.diff(before, withLedger(List.of(folded, b)));

        assertThat(changes.inserts()).singleElement().satisfies(p -> assertThat(p.seq()).isLessThan(20L));
        assertThat(changes.deletes()).extracting(AccountLayout.Part::seq).containsExactly(10L);
    }

    @Test
    void with_no_room_between_two_neighbours_the_list_is_written_again_in_order() {
        LedgerEntry a = entry(1), b = entry(2), between = entry(9);
        MemberAccount before = withLedger(List.of(a, b));
        AccountLayout layout = AccountLayout.of(before, Map.of(AccountLayout.LEDGER, List.of(10L, 11L)), Map.of());

        AccountLayout.Changes changes = layout.diff(before, withLedger(List.of(a, between, b)));

        assertThat(changes.deletes()).extracting(AccountLayout.Part::seq).containsExactly(AccountLayout.ALL);
        assertThat(changes.inserts()).extracting(AccountLayout.Part::seq)
                .containsExactly(AccountLayout.GAP, 2 * AccountLayout.GAP, 3 * AccountLayout.GAP);
        assertThat(changes.inserts().get(1).body()).contains("purchase:t-9");
    }

    @Test
    void entries_that_swap_places_are_written_again_in_their_new_order() {
        LedgerEntry a = entry(1), b = entry(2);
        MemberAccount before = withLedger(List.of(a, b));
        AccountLayout layout = AccountLayout.of(before, Map.of(AccountLayout.LEDGER, List.of(10L, 20L)), Map.of());

        AccountLayout.Changes changes = layout.diff(before, withLedger(List.of(b, a)));

        assertThat(changes.deletes()).extracting(AccountLayout.Part::seq).containsExactly(AccountLayout.ALL);
        assertThat(changes.inserts()).extracting(p -> p.body().contains("t-2")).containsExactly(true, false);
    }
}
