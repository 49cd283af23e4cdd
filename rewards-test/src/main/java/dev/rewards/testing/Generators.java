package dev.rewards.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.MemberState;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.program.EarnRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.ItemBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.MultiplierStacking;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.ProgramBuilder;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import org.quicktheories.core.Gen;

/**
 * Generators of the model's inputs, for property tests (PR3): baskets, lines, members and programs, in
 * EUR or in any currency (amounts in its minor units: 0 decimals for JPY, 3 for KWD).
 */
public final class Generators {
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final List<String> CATEGORIES = List.of("beans", "drinks", "food", "gift-cards", "merchandise");
    /** 2026-03-03 (a Tuesday) 09:00 UTC. */
    public static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");

    private Generators() {
    }

    /** An amount from 0.00 to {@code maxCents / 100} EUR. */
    public static Gen<Money> money(int maxCents) {
        return money(maxCents, EUR);
    }

    /** An amount in {@code currency} from 0 to {@code maxMinorUnits} of its minor unit (cents, or yen). */
    public static Gen<Money> money(int maxMinorUnits, Currency currency) {
        int scale = scale(currency);
        return integers().between(0, maxMinorUnits).map(c -> Money.of(BigDecimal.valueOf(c, scale), currency));
    }

    private static int scale(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** {@code units} whole units of {@code currency}, written with its decimals ("500.00", "500" for JPY). */
    private static String whole(long units, Currency currency) {
        return BigDecimal.valueOf(units).setScale(scale(currency)).toPlainString();
    }

    public static Gen<Set<String>> categories() {
        return integers().between(0, (1 << CATEGORIES.size()) - 1).map(mask -> {
            Set<String> out = new TreeSet<>();
            for (int i = 0; i < CATEGORIES.size(); i++) if ((mask & (1 << i)) != 0) out.add(CATEGORIES.get(i));
            return out;
        });
    }

    /** Lines with ids "1", "2", ... in order, up to {@code maxLines}, in EUR. */
    public static Gen<List<Line>> lines(int maxLines) {
        return lines(maxLines, EUR);
    }

    /** Lines with ids "1", "2", ... in order, up to {@code maxLines}, priced in {@code currency}. */
    public static Gen<List<Line>> lines(int maxLines, Currency currency) {
        Gen<Line> one = money(20_000, currency).zip(integers().between(1, 5), categories(),
                (price, quantity, cats) -> new Line("x", "sku-" + cats.hashCode() % 7, cats, price, quantity));
        return lists().of(one).ofSizeBetween(0, maxLines).map(ls -> {
            List<Line> numbered = new ArrayList<>();
            for (int i = 0; i < ls.size(); i++) {
                Line l = ls.get(i);
                numbered.add(new Line(Integer.toString(i + 1), l.sku(), l.categories(), l.unitPrice(), l.quantity()));
            }
            return numbered;
        });
    }

    /** A spend rule, a multiplier or a bonus (basket, first purchase, per item), with a random scope and, sometimes, a period. */
    public static Gen<EarnRule> earnRules(int index) {
        return earnRules(index, EUR);
    }

    /** The same, with amounts (spend per point, basket minimum) in {@code currency}. */
    public static Gen<EarnRule> earnRules(int index, Currency currency) {
        int scale = scale(currency);
        String id = "rule-" + index;
        Gen<LineScope> scope = categories().zip(categories(), (in, out) -> LineScope.ALL.withIncludeCategories(in)
                .withExcludeCategories(out));
        Gen<Conditions> when = conditions();
        Gen<EarnRule> spend = integers().between(1, 5).zip(integers().between(1, 10_000), scope, when,
                (points, perCents, sc, w) -> new SpendRule(id, points, BigDecimal.valueOf(perCents, scale), sc, w));
        Gen<EarnRule> multiplier = integers().between(100, 500).zip(scope, when,
                (f, sc, w) -> new Multiplier(id, BigDecimal.valueOf(f, 2), sc, w));
        Gen<EarnRule> basket = integers().between(1, 100).zip(money(10_000, currency), scope,
                (points, min, sc) -> new BasketBonus(id, points, min.isZero() ? Money.of(BigDecimal.ONE.movePointLeft(scale), currency) : min, sc,
                        Conditions.ALWAYS));
        Gen<EarnRule> first = integers().between(1, 100).zip(scope, when,
                (points, sc, w) -> new FirstPurchaseBonus(id, points, Optional.empty(), sc, w));
        Gen<EarnRule> items = integers().between(1, 50).zip(integers().between(0, 3), scope, when,
                (points, max, sc, w) -> new ItemBonus(id, points, max, sc, w));
        return integers().between(0, 10).flatMap(k -> k < 5 ? spend : k < 8 ? multiplier : k < 9 ? basket : k < 10 ? first : items);
    }

    /** Conditions that hold for the generated transactions, and some that do not (periods, days, channels, stores). */
    public static Gen<Conditions> conditions() {
        return integers().between(0, 8).map(k -> switch (k) {
            case 0 -> Conditions.between(LocalDateTime.parse("2026-01-01T00:00"), LocalDateTime.parse("2026-12-31T00:00"));
            case 1 -> Conditions.ALWAYS.withDays(Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
            case 2 -> Conditions.between(LocalDateTime.parse("2025-01-01T00:00"), LocalDateTime.parse("2025-12-31T00:00"));
            case 3 -> Conditions.between(LocalDateTime.parse("2026-06-01T00:00"), null).withDays(Set.of(DayOfWeek.SUNDAY));
            case 4 -> Conditions.ALWAYS.withChannels(Set.of("app")).withStores(Set.of("utrecht-2"));
            default -> Conditions.ALWAYS;
        });
    }

    /** Programs in EUR of one to six earn rules, two tiers, maybe a cap and a capped cashback rule. */
    public static Gen<Program> programs() {
        return programs(EUR);
    }

    /** The same programs in {@code currency}. */
    public static Gen<Program> programs(Currency currency) {
        Gen<List<EarnRule>> rules = integers().between(1, 6).flatMap(n -> {
            Gen<List<EarnRule>> acc = integers().between(0, 0).map(x -> new ArrayList<EarnRule>());
            for (int i = 0; i < n; i++) {
                int index = i;
                acc = acc.zip(earnRules(index, currency), (list, r) -> {
                    List<EarnRule> more = new ArrayList<>(list);
                    more.add(r);
                    return more;
                });
            }
            return acc;
        });
        Gen<LineScope> cashbackScope = categories().map(in -> LineScope.ALL.withIncludeCategories(in));
        return rules.zip(integers().between(0, 2000), integers().between(1, 2000), integers().between(0, 2),
                cashbackScope.zip(conditions(), (sc, w) -> new Object[] {sc, w}),
                (earn, cap, cashbackCap, stacking, cashbackScopeAndWhen) -> {
                    ProgramBuilder b = Program.builder().id("generated").currency(currency.getCurrencyCode()).timeZone("Europe/Amsterdam")
                            .multiplierStacking(MultiplierStacking.values()[stacking])
                            .tiering(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR, Tier.of("green", "0"),
                                    Tier.of("gold", whole(500, currency)).withEarnMultiplier("1.5").withCashbackBoost("1"))
                            .cashbackRule(CashbackRule.of("cashback", "2").withCapPerTransaction(
                                    Money.of(BigDecimal.valueOf(cashbackCap, scale(currency)), currency))
                                    .withScope((LineScope) cashbackScopeAndWhen[0]).withWhen((Conditions) cashbackScopeAndWhen[1]))
                            .cashbackRule(CashbackRule.byTier("gold-cashback", java.util.Map.of("gold", BigDecimal.ONE))
                                    .withScope(LineScope.categories("beans")));
                    earn.forEach(b::earnRule);
                    if (cap > 0) b.cap(new PointsCap("cap", cap));
                    return b.build();
                });
    }

    public static Transaction transaction(List<Line> lines) {
        return transaction(lines, EUR);
    }

    /** Transaction t-1 of member m-1 at {@link #AT} in a store, in {@code currency} (its lines' currency). */
    public static Transaction transaction(List<Line> lines, Currency currency) {
        return new Transaction("t-1", "m-1", AT, Optional.of("store"), Optional.of("amsterdam-1"), currency, lines, null);
    }

    public static Gen<Transaction> transactions(int maxLines) {
        return transactions(maxLines, EUR);
    }

    public static Gen<Transaction> transactions(int maxLines, Currency currency) {
        return lines(maxLines, currency).map(ls -> transaction(ls, currency));
    }

    /** Enrolled members, some new, with or without one of the given tiers, with qualifying spend so far (EUR). */
    public static Gen<MemberState> members(List<String> tierIds) {
        return members(tierIds, EUR);
    }

    /** The same members, their qualifying spend in {@code currency}. */
    public static Gen<MemberState> members(List<String> tierIds, Currency currency) {
        Gen<Optional<String>> tier = integers().between(-1, tierIds.size() - 1)
                .map(i -> i < 0 ? Optional.<String>empty() : Optional.of(tierIds.get(i)));
        return tier.zip(money(200_000, currency), integers().between(0, 3), booleans().all(),
                (t, spend, purchases, enrolled) -> new MemberState("m-1",
                        enrolled ? Optional.of(Instant.parse("2026-01-01T00:00:00Z")) : Optional.empty(), t, spend, 0,
                        purchases, purchases));
    }
}
