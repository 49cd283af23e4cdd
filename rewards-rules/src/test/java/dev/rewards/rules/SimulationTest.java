package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rewards.account.AccountEvent;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.transaction.MemberState;
import dev.rewards.voucher.store.InMemoryVoucherStore;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import dev.rewards.json.RewardsJson;
import dev.rewards.program.Program;
import dev.rewards.program.SpendRule;
import dev.rewards.simulation.Figures;
import dev.rewards.simulation.Report;
import dev.rewards.simulation.Simulation;
import dev.rewards.simulation.SyntheticHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A3, A4: the simulator over synthetic histories of the bundled program. */
class SimulationTest {
    static final Program BREWHOUSE = RewardsJson.readProgram(Path.of("../rewards-examples/data/brewhouse/program.json"));
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    static SyntheticHistory history(long seed) {
        return new SyntheticHistory(BREWHOUSE, 60, 3_000, seed, START, Duration.ofDays(365));
    }

    static Simulation run(Program program, long seed) {
        Simulation s = new Simulation(program);
        SyntheticHistory h = history(seed);
        s.enrol(h.members(), START);
        while (h.hasNext()) s.apply(h.next());
        return s;
    }

    @Test
    void the_same_seed_gives_the_same_history_and_the_same_figures() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        history(7).forEachRemaining(op -> a.add(RewardsJson.write(op)));
        history(7).forEachRemaining(op -> b.add(RewardsJson.write(op)));

        assertThat(a).isEqualTo(b).hasSizeGreaterThan(3_000);
        assertThat(run(BREWHOUSE, 7).figures()).isEqualTo(run(BREWHOUSE, 7).figures());
    }

    @Test
    void a_generated_history_spans_exactly_the_months_asked_whatever_its_size() {
        for (int months : new int[] {1, 12, 24}) {
            for (long purchases : new long[] {50, 5_000}) {
                SyntheticHistory h = SyntheticHistory.ofMonths(BREWHOUSE, 40, purchases, 1, START, months);
                Instant first = null;
                Instant last = null;
                long bought = 0;
                while (h.hasNext()) {
                    Operation op = h.next();
                    if (first == null) first = op.at();
                    last = op.at();
                    if (op instanceof Operation.Purchase) bought++;
                }
                Instant end = START.atZone(BREWHOUSE.timeZone()).plusMonths(months).toInstant();

                assertThat(h.end()).as("%d months", months).isEqualTo(end);
                assertThat(bought).isEqualTo(purchases);
                // the first and the last purchase own the first and the last stretch of the span (a day's opening for slack)
                Duration stretch = Duration.between(START, end).dividedBy(purchases).multipliedBy(2).plus(Duration.ofDays(1));
                assertThat(first).as("first of %d months, %d purchases", months, purchases).isAfterOrEqualTo(START).isBefore(START.plus(stretch));
                assertThat(last).as("last of %d months, %d purchases", months, purchases).isBefore(end).isAfter(end.minus(stretch));
            }
        }
    }

    @Test
    void a_generated_history_is_in_time_order_with_refunds_after_their_purchases() {
        Instant last = Instant.MIN;
        Set<String> bought = new HashSet<>();
        for (SyntheticHistory h = history(3); h.hasNext(); ) {
            Operation op = h.next();
            assertThat(op.at()).isAfterOrEqualTo(last);
            last = op.at();
            if (op instanceof Operation.Purchase p) bought.add(p.transaction().id());
            if (op instanceof Operation.Return r) assertThat(bought).contains(r.refund().transactionId());
        }
    }

    @Test
    void cashback_cost_is_what_the_accounts_booked_after_refunds_and_still_hold_as_store_credit() {
        Simulation s = run(BREWHOUSE, 11);
        Figures f = s.figures();

        assertThat(f.cashback().isPositive()).isTrue();
        // brewhouse pays store credit, and nothing in a synthetic history spends it: all of it is still held
        assertThat(f.cashbackHeld()).isEqualTo(f.cashback());
        assertThat(new Report(f, Optional.empty()).text()).contains("cashback held (store credit)");
    }

    @Test
    void the_figures_are_the_sum_of_each_members_own_history_replayed_alone() {
        Simulation s = run(BREWHOUSE, 21);
        Figures f = s.figures();

        Accounts accounts = new Accounts(dev.rewards.Rewards.compile(BREWHOUSE), new InMemoryVoucherStore());
        Map<String, MemberAccount> byMember = new HashMap<>();
        SyntheticHistory h = history(21);
        for (MemberState m : h.members()) byMember.put(m.id(), accounts.importState(m, START, Optional.empty()));
        Map<String, List<Operation>> ops = new TreeMap<>();
        while (h.hasNext()) {
            Operation op = h.next();
            ops.computeIfAbsent(op.memberId(), k -> new ArrayList<>()).add(op);
        }
        long points = 0;
        BigDecimal cashback = BigDecimal.ZERO;
        for (Map.Entry<String, List<Operation>> member : ops.entrySet()) {
            MemberAccount a = byMember.computeIfAbsent(member.getKey(), id -> accounts.open(id, member.getValue().get(0).at(), Optional.empty()));
            for (Operation op : member.getValue()) {
                AccountResult r = accounts.apply(a, op);
                a = r.account();
                for (AccountEvent e : r.events()) {
                    if (e.type() == AccountEvent.Type.POINTS_EARNED) points += e.points();
                    if (e.type() == AccountEvent.Type.CASHBACK_EARNED) cashback = cashback.add(e.amount().orElseThrow().amount());
                    if (e.type() == AccountEvent.Type.CASHBACK_REVERSED) cashback = cashback.subtract(e.amount().orElseThrow().amount());
                }
            }
        }
        assertThat(f.pointsIssued()).isEqualTo(points);
        assertThat(f.cashback().amount()).isEqualByComparingTo(cashback);
    }

    @Test
    void points_outstanding_are_exactly_what_the_accounts_hold() {
        Simulation s = run(BREWHOUSE, 11);
        Figures f = s.figures();

        assertThat(f.pointsOutstanding()).isEqualTo(f.pointsIssued() - f.pointsRedeemed() - f.pointsExpired() - f.pointsReversed())
                .isEqualTo(s.pointsHeld());
        assertThat(f.pointsByRule().values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(f.tiersByMonth()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(f.purchases()).isGreaterThan(2_500);
    }

    @Test
    void comparing_a_program_that_gives_double_base_points_shows_the_difference_and_who_gains_most() {
        Program generous = new Program("brewhouse-generous", 2, BREWHOUSE.currency(), BREWHOUSE.timeZone(), BREWHOUSE.pointsRounding(),
                BREWHOUSE.multiplierStacking(), BREWHOUSE.earnRules().stream().map(r -> r.id().equals("base")
                ? SpendRule.of("base", 2, "1.00").withScope(r.scope()) : r).toList(), BREWHOUSE.tiering(), BREWHOUSE.caps(),
                BREWHOUSE.cashbackRules(), BREWHOUSE.customRules(), BREWHOUSE.vouchers(), BREWHOUSE.accounts());
        Report report = new Report(run(BREWHOUSE, 5).figures(), Optional.of(run(generous, 5).figures()));

        assertThat(report.text()).contains("points issued", "difference", "Members most affected");
        assertThat(report.mostAffected(3).values()).allMatch(p -> p[1] > p[0]);
        String html = report.html();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script", "src=\"http", "href=\"http");
        assertThat(report.json().get("compare").get("pointsIssued").asLong()).isGreaterThan(report.json().get("program").get("pointsIssued").asLong());
    }
}
