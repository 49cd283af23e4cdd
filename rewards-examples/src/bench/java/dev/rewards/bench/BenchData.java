package dev.rewards.bench;

import dev.rewards.money.Money;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.ProgramBuilder;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The programs and baskets every benchmark uses. A program of N rules: a base spend rule, N - 7
 * category multipliers (x2 on cat-0, cat-1, ...), a first purchase bonus, a basket bonus, a gold tier
 * with x1.5, a cap and two cashback rules. Baskets draw their categories from the first 13
 * categories (those the 20-rule program has), plus gift cards, so every program size decides the
 * same baskets.
 */
public final class BenchData {
    static final Currency EUR = Currency.getInstance("EUR");
    static final int MATCHED_CATEGORIES = 13;
    static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");
    static final int BASKETS = 1024;

    private BenchData() {
    }

    public static Program program(int rules) {
        if (rules < 8) throw new IllegalArgumentException("at least 8 rules");
        ProgramBuilder b = Program.builder().id("bench-" + rules).currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00").withScope(LineScope.ALL.withExcludeCategories(Set.of("gift-cards"))));
        for (int i = 0; i < rules - 7; i++) {
            b.earnRule(Multiplier.of("double-cat-" + i, "2").withScope(LineScope.categories("cat-" + i)));
        }
        return b.earnRule(FirstPurchaseBonus.of("welcome", 50))
                .earnRule(BasketBonus.of("big-basket", 25, Money.of("40.00", "EUR")))
                .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"),
                        Tier.of("gold", "250.00").withEarnMultiplier("1.5"))
                .cap(new PointsCap("max-1000", 1000))
                .cashbackRule(CashbackRule.byTier("gold-cashback", Map.of("gold", new BigDecimal("3")))
                        .withCapPerTransaction(Money.of("2.00", "EUR")))
                .cashbackRule(CashbackRule.of("everyone", "1"))
                .build();
    }

    /** Seeded baskets of {@code lines} lines each. */
    public static List<Transaction> baskets(int lines, long seed) {
        Random random = new Random(seed);
        List<Transaction> out = new ArrayList<>(BASKETS);
        for (int t = 0; t < BASKETS; t++) {
            List<Line> ls = new ArrayList<>(lines);
            for (int i = 0; i < lines; i++) {
                int c = random.nextInt(MATCHED_CATEGORIES + 2);
                String category = c < MATCHED_CATEGORIES ? "cat-" + c : c == MATCHED_CATEGORIES ? "gift-cards" : "other";
                Money price = Money.of(BigDecimal.valueOf(50 + random.nextInt(2950), 2), EUR);
                ls.add(new Line(Integer.toString(i + 1), "sku-" + random.nextInt(500), Set.of(category), price, 1 + random.nextInt(3)));
            }
            out.add(new Transaction("t-" + t, "m-1", AT, Optional.of("pos"), Optional.of("store-1"), EUR, ls, null));
        }
        return out;
    }

    /** A green member; with {@code crossing}, one 0.01 EUR short of gold, so every basket upgrades them. */
    public static MemberState member(boolean crossing) {
        Money spend = Money.of(crossing ? "249.99" : "100.00", "EUR");
        return new MemberState("m-1", Optional.of(Instant.parse("2026-01-01T00:00:00Z")), Optional.of("green"), spend, 0, 10, 10);
    }

    static final String VOUCHER_CODE = "TEN-PERCENT";

    /** The same program with one public 10%-off code on every line, combinable. */
    static Program withVoucher(Program p) {
        return new Program(p.id(), p.version(), p.currency(), p.timeZone(), p.pointsRounding(), p.multiplierStacking(), p.earnRules(),
                p.tiering(), p.caps(), p.cashbackRules(), p.customRules(), VoucherPolicy.of(
                        VoucherCampaign.withCode("ten-percent", VOUCHER_CODE, Benefit.PercentOff.of("10"))));
    }
}
