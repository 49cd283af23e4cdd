package dev.rewards.examples;

import dev.rewards.program.AccountPolicy;
import dev.rewards.program.AccountPolicy.ActionRule;
import dev.rewards.program.AccountPolicy.CatalogReward;
import dev.rewards.program.Challenge;
import dev.rewards.program.AccountPolicy.Expiry;
import dev.rewards.program.AccountPolicy.PeriodCap;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.PointsConversion;
import dev.rewards.program.AccountPolicy.ReferralRule;
import dev.rewards.money.Money;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.Occasion;
import dev.rewards.program.OccasionBonus;
import dev.rewards.program.PointsCap;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.CodePattern;
import dev.rewards.voucher.Restriction;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.voucher.VoucherPolicy;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Brewhouse program built in Java: the same program as {@code data/brewhouse/program.json}
 * (a test checks they are equal). The lines between the markers are the README's second code block.
 */
public final class BuilderExample {
    private BuilderExample() {
    }

    public static Program brewhouse() {
        // README:start
        Set<String> giftCards = Set.of("gift-cards");
        Program brewhouse = Program.builder().id("brewhouse").version(1).currency("EUR").timeZone("Europe/Amsterdam")
                .earnRule(SpendRule.of("base", 1, "1.00").withScope(LineScope.ALL.withExcludeCategories(giftCards)))
                .earnRule(Multiplier.of("double-beans", "2").withScope(LineScope.categories("beans")))
                .earnRule(Multiplier.of("pastry-weekend", "2").withScope(LineScope.categories("pastry"))
                        .withWhen(Conditions.ALWAYS.withDays(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))))
                .earnRule(FirstPurchaseBonus.of("welcome", 50))
                .earnRule(BasketBonus.of("big-basket", 25, Money.of("40.00", "EUR"))
                        .withScope(LineScope.ALL.withExcludeCategories(giftCards)))
                .earnRule(Multiplier.of("birthday-week", "2").withScope(LineScope.ALL.withExcludeCategories(giftCards))
                        .withWhen(Conditions.ALWAYS.on(Occasion.birthday(Occasion.Span.WEEK))))
                .tiering(Tiering.of(TierMetric.SPEND, QualificationWindow.CALENDAR_YEAR,
                        Tier.of("green", "0"),
                        Tier.of("gold", "250.00").withEarnMultiplier("1.5").withPerks("free-refill")).withGuaranteeMonths(3))
                .cap(new PointsCap("max-1000-per-purchase", 1000))
                .cashbackRule(CashbackRule.byTier("gold-cashback", Map.of("gold", new BigDecimal("3")))
                        .withCapPerTransaction(Money.of("2.00", "EUR"))
                        .withScope(LineScope.ALL.withExcludeCategories(giftCards)))
                .vouchers(VoucherPolicy.of(
                        VoucherCampaign.withCode("spring-beans", "SPRING-BEANS", Benefit.PercentOff.of("10")
                                        .withMaximum(Money.of("5.00", "EUR")))
                                .named("10% off beans this spring").priority(10)
                                .restrictedBy(Restriction.Validity.between(LocalDateTime.parse("2026-03-01T00:00"),
                                                LocalDateTime.parse("2026-06-01T00:00")),
                                        new Restriction.MinimumSpend(Money.of("15.00", "EUR")),
                                        new Restriction.Items(LineScope.categories("beans")),
                                        new Restriction.UsesPerMember(1)),
                        VoucherCampaign.withCodes("gift-card", CodePattern.standard("GIFT"),
                                new Benefit.StoredValue(Money.of("25.00", "EUR"))).named("Brewhouse gift card")))
                .accounts(AccountPolicy.NONE
                        .withActions(new ActionRule("signup-bonus", "signup", 50), new ActionRule("review-bonus", "review", 25))
                        .withReferral(new ReferralRule(100, 50, Money.of("10.00", "EUR")))
                        .withPeriodCaps(new PeriodCap("two-reviews-a-month", Period.MONTH, 50, Optional.of("review")))
                        .withPendingDays(14)
                        .withExpiry(Expiry.afterMonths(12).roundedUpTo(Expiry.RoundUp.QUARTER), 30)
                        .withConversion(new PointsConversion(100, Money.of("1.00", "EUR"), 200, Money.of("10.00", "EUR")),
                                new CatalogReward("mug", "Brewhouse mug", 400))
                        .withTiers(1, Map.of("gold", 100L), Map.of())
                        .withChallenges(new Challenge("five-a-month", "purchase", 5, Period.MONTH, "regular", 50))
                        .withOccasionBonuses(OccasionBonus.points("birthday-treat", Occasion.Kind.BIRTHDAY, 100)))
                .build();
        // README:end
        return brewhouse;
    }
}
