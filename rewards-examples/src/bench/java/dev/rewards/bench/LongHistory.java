package dev.rewards.bench;

import dev.rewards.program.Challenge;
import dev.rewards.program.PointsConversion;
import dev.rewards.Rewards;
import dev.rewards.account.AccountResult;
import dev.rewards.account.Accounts;
import dev.rewards.account.MemberAccount;
import dev.rewards.account.MemberEvent;
import dev.rewards.account.store.AccountStore;
import dev.rewards.account.store.JdbcAccountStore;
import dev.rewards.json.RewardsJson;
import dev.rewards.money.Money;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The cost of one operation over a long history (A3, P7): one member, 20,000 purchases five hours
 * apart (about 11 years), a review every tenth purchase and a redemption every fiftieth. Prints, per
 * block of 1,000 purchases, the mean time per purchase in memory and through a {@link JdbcAccountStore}
 * on in-memory H2, and the size of the account (JSON characters, purchases, ledger entries, lots).
 * Run: {@code java -cp rewards-examples/target/benchmarks.jar dev.rewards.bench.LongHistory [historyDays] [purchases] [memory-only]}
 */
public final class LongHistory {
    private LongHistory() {
    }

    static Program program(int historyDays) {
        return Program.builder().id("long-history").currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00"))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("silver", "0"), Tier.of("gold", "500.00"))
                .accounts(AccountPolicy.NONE
                        .withActions(new AccountPolicy.ActionRule("review-bonus", "review", 20))
                        .withPeriodCaps(new AccountPolicy.PeriodCap("two-reviews-a-month", AccountPolicy.Period.MONTH, 40, Optional.of("review")),
                                AccountPolicy.PeriodCap.of("max-1000-a-day", AccountPolicy.Period.DAY, 1000))
                        .withPendingDays(14)
                        .withExpiry(AccountPolicy.Expiry.afterMonths(12), 30)
                        .withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 500, Money.of("20.00", "EUR")))
                        .withChallenges(new Challenge("regular", "purchase", 3, AccountPolicy.Period.MONTH, "regular", 50))
                        .withHistoryDays(historyDays))
                .build();
    }

    public static void main(String[] args) throws Exception {
        int historyDays = args.length > 0 ? Integer.parseInt(args[0]) : AccountPolicy.DEFAULT_HISTORY_DAYS;
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        boolean jdbc = args.length < 3 || !args[2].equals("memory-only");
        Accounts accounts = new Accounts(Rewards.compile(program(historyDays)));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:long-history;DB_CLOSE_DELAY=-1");
        AccountStore store = new JdbcAccountStore(h2).createSchema();
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        MemberAccount a = accounts.open("ana", start, Optional.empty());
        store.create(a);
        System.out.printf("historyDays=%d, %d purchases%n", historyDays, total);
        System.out.printf("%9s %12s %12s %10s %9s %7s %5s%n", "purchases", "memory us", "jdbc us", "json chars", "purchases", "ledger", "lots");
        long memoryNanos = 0;
        long jdbcNanos = 0;
        for (int i = 1; i <= total; i++) {
            Instant at = start.plus(Duration.ofHours(5L * i));
            Transaction tx = Transaction.builder("t-" + i, "ana", at).currency("EUR")
                    .line("1", "beans", (10 + i % 40) + ".50", 1, "beans").line("2", "cake", "3.20", 2, "food").build();
            int n = i;
            java.util.function.Function<MemberAccount, AccountResult> step = before -> {
                AccountResult r = accounts.purchase(before, tx);
                if (n % 10 == 0) r = accounts.event(r.account(), MemberEvent.of("e-" + n, "ana", at.plusSeconds(60), "review"));
                if (n % 50 == 0 && r.account().available(at) >= 500) {
                    r = accounts.redeemPoints(r.account(), "x-" + n, at.plusSeconds(120), 500, Money.of("30.00", "EUR"));
                }
                return r;
            };
            long t0 = System.nanoTime();
            a = step.apply(a).account();
            long t1 = System.nanoTime();
            if (jdbc) store.update("ana", step);
            long t2 = System.nanoTime();
            memoryNanos += t1 - t0;
            jdbcNanos += t2 - t1;
            if (i % 1000 == 0) {
                System.out.printf("%9d %12.1f %12.1f %10d %9d %7d %5d%n", i, memoryNanos / 1000.0 / 1000, jdbcNanos / 1000.0 / 1000,
                        RewardsJson.write(a).length(), a.purchases().size(), a.ledger().size(), a.lots().size());
                memoryNanos = 0;
                jdbcNanos = 0;
            }
        }
    }
}
