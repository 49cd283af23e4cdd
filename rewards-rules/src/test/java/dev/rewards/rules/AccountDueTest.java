package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.simulation.SyntheticHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * P7, L2: {@code Accounts.dueBy} tells a host that moves every account once a day (the Kafka
 * topology's punctuation) which accounts have nothing to move: when it says nothing falls due,
 * {@code advance} sends no events, so skipping it changes nothing anyone sees; and once it says
 * something falls due it says so for every later instant, so the days before can be skipped unseen.
 */
class AccountDueTest {
    @Test
    void an_account_with_nothing_due_would_send_no_events_when_moved() {
        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(SimulationTest.BREWHOUSE));
        Map<String, MemberAccount> held = new HashMap<>();
        int due = 0;
        int idle = 0;
        var history = new SyntheticHistory(SimulationTest.BREWHOUSE, 40, 3_000, 5, SimulationTest.START, Duration.ofDays(730));
        while (history.hasNext()) {
            Operation op = history.next();
            MemberAccount a = held.computeIfAbsent(op.memberId(), id -> accounts.open(id, op.at(), Optional.empty()));
            a = accounts.apply(a, op).account();
            held.put(op.memberId(), a);
            boolean dueEarlier = false;
            for (int days : new int[] {1, 7, 31, 95, 400}) {
                Instant later = op.at().plus(Duration.ofDays(days));
                AccountResult moved = accounts.advance(a, later);
                // once something falls due it stays due: a host may skip every day before the first due one
                if (dueEarlier) assertThat(accounts.dueBy(a, later)).as("still due %d days after %s", days, op.id()).isTrue();
                dueEarlier = accounts.dueBy(a, later);
                if (accounts.dueBy(a, later)) {
                    due++;
                } else {
                    idle++;
                    assertThat(moved.events()).as(op.memberId() + " moved " + days + " days after " + op.id()).isEmpty();
                }
            }
        }
        // both answers occur, so the check above ran on accounts with nothing due and the others were moved
        assertThat(due).isPositive();
        assertThat(idle).isPositive();
    }
}
