package dev.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rewards.Rewards;
import dev.rewards.account.AccountStatement;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.Operation;
import dev.rewards.account.PointsLot;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.testing.Properties;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L1-L3, L8 invariants over random histories (purchases, events, partial and whole refunds,
 * redemptions, time passing; seeded, see {@link Properties}) under several tier policies: the tier
 * agrees with the policy recomputed from the account, no point is both expired and spent, and the
 * renewal shortfall plus what counts equals the threshold to keep.
 */
class TierPropertiesTest {
    static Program program(TierMetric metric, QualificationWindow window, Tiering.Downgrade downgrade, String silver, String gold) {
        return Program.builder().id("shop").currency("EUR").timeZone("Europe/Amsterdam").earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(Tiering.of(metric, window, Tier.of("green", "0"), Tier.of("silver", silver), Tier.of("gold", gold)).withDowngrade(downgrade))
                .accounts(YearInTheLifeTest.CAFE.accounts().withTiers(0, java.util.Map.of(), java.util.Map.of()))
                .build();
    }

    static final Program[] PROGRAMS = {
            program(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tiering.Downgrade.PERIOD_END, "300.00", "900.00"),
            program(TierMetric.BALANCE, QualificationWindow.LIFETIME, Tiering.Downgrade.IMMEDIATELY, "300", "900"),
            program(TierMetric.SPEND, QualificationWindow.TIER_YEAR, Tiering.Downgrade.ONE_TIER_AT_PERIOD_END, "300.00", "900.00"),
            program(TierMetric.POINTS, QualificationWindow.ROLLING_12_MONTHS, Tiering.Downgrade.IMMEDIATELY, "300", "900")};

    static int rank(Program p, Optional<String> tier) {
        return tier.map(p.tiering()::rank).orElse(-1);
    }

    @Test
    void the_tier_never_falls_below_what_the_total_reaches_and_never_stays_above_it_when_downgrades_are_immediate() {
        everyStep((p, accounts, a, op) -> {
            long points = accounts.stateAt(a, a.clock()).qualifyingPoints();
            BigDecimal total = p.tiering().metric().of(accounts.stateAt(a, a.clock()).qualifyingSpend().amount(), points, 0);
            int reached = p.tiering().highestReached(total);
            if (op instanceof Operation.Purchase) assertThat(rank(p, a.tier())).as("after %s", op.id()).isGreaterThanOrEqualTo(reached);
            if (p.tiering().downgrade() == Tiering.Downgrade.IMMEDIATELY && p.tiering().metric() == TierMetric.BALANCE) {
                assertThat(rank(p, a.tier())).as("balance %s after %s", points, op.id()).isLessThanOrEqualTo(Math.max(reached, 0));
            }
        });
    }

    @Test
    void no_point_is_both_expired_and_spent_and_the_renewal_shortfall_plus_the_total_is_the_threshold() {
        everyStep((p, accounts, a, op) -> {
            for (PointsLot l : a.lots()) {
                assertThat(l.remaining()).isBetween(0L, l.points());
                if (l.expiresAt().isPresent() && !l.expiresAt().get().isAfter(a.clock())) assertThat(l.remaining()).isZero();
            }
            AccountStatement s = accounts.statement(a, a.clock());
            if (s.toKeepTier().isPresent() && p.tiering().window() == QualificationWindow.CALENDAR_YEAR) {
                var state = accounts.stateAt(a, a.clock());
                BigDecimal total = p.tiering().metric().of(state.qualifyingSpend().amount(), state.qualifyingPoints(), 0);
                BigDecimal threshold = p.tiering().tier(a.tier().orElseThrow()).orElseThrow().threshold();
                assertThat(s.toKeepTier().get().amount().add(total)).isEqualByComparingTo(threshold);
            }
        });
    }

    interface Step {
        void check(Program p, Accounts accounts, MemberAccount after, Operation op);
    }

    /** Runs {@code check} after every operation of a random history, under a random one of the policies. */
    static void everyStep(Step check) {
        Properties.check().forAll(longs().all(), integers().between(0, PROGRAMS.length - 1)).checkAssert((seed, which) -> {
            Program p = PROGRAMS[which];
            Accounts accounts = new Accounts(Rewards.compile(p));
            MemberAccount a = accounts.open("ana", AccountPropertiesTest.START, Optional.empty());
            for (Operation op : AccountPropertiesTest.history(seed, 40)) {
                a = accounts.apply(a, op).account();
                check.check(p, accounts, a, op);
            }
        });
    }
}
