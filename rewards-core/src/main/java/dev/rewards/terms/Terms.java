package dev.rewards.terms;

import dev.rewards.program.Milestone;
import dev.rewards.program.Challenge;
import dev.rewards.program.AccountPolicy;
import dev.rewards.money.Money;
import dev.rewards.program.BasketBonus;
import dev.rewards.program.CashbackRule;
import dev.rewards.program.Conditions;
import dev.rewards.program.CustomRule;
import dev.rewards.program.EarnRule;
import dev.rewards.program.FirstPurchaseBonus;
import dev.rewards.program.ItemBonus;
import dev.rewards.transaction.LineScope;
import dev.rewards.program.Multiplier;
import dev.rewards.program.PointsCap;
import dev.rewards.program.PointsRounding;
import dev.rewards.program.Program;
import dev.rewards.program.QualificationWindow;
import dev.rewards.program.RuleKind;
import dev.rewards.program.SpendRule;
import dev.rewards.program.Tier;
import dev.rewards.program.TierMetric;
import dev.rewards.program.Tiering;
import dev.rewards.voucher.ConflictPolicy;
import dev.rewards.voucher.EarnBasis;
import dev.rewards.voucher.VoucherCampaign;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A program as terms and conditions people can read (Markdown), rendered from the same model the
 * engine evaluates, so the terms cannot drift from the rules: what earns what, tiers and their
 * benefits, cashback, voucher campaigns with their restrictions, caps, pending points, expiry,
 * redemption, referrals and challenges. English; amounts in the program's currency, times in its
 * time zone.
 */
public final class Terms {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private Terms() {
    }

    public static String markdown(Program p) {
        StringBuilder md = new StringBuilder();
        String cur = p.currency().getCurrencyCode();
        md.append("# ").append(p.id()).append(": terms of the loyalty program (version ").append(p.version()).append(")\n\n");
        md.append("Amounts are in ").append(cur).append("; dates and times are ").append(p.timeZone().getId()).append(" time. ");
        md.append("Points are counted exactly and rounded ").append(p.pointsRounding().mode() == RoundingMode.FLOOR ? "down" : "("
                + p.pointsRounding().mode().name().toLowerCase(Locale.ROOT) + ")").append(p.pointsRounding().level() == PointsRounding.Level.LINE
                ? " on each line" : " once per purchase").append(".\n\n");

        md.append("## Earning points\n\n");
        for (EarnRule r : p.earnRules()) {
            md.append("- ").append(earn(r, cur)).append(p.stopsAfter(r.id()) ? " When it applies, the rules listed after it do not add." : "")
                    .append('\n');
        }
        for (CustomRule c : p.customRules()) md.append("- ").append(text(c.description().isEmpty() ? "Special rule " + c.id() : c.description())).append('\n');
        if (p.earnRules().stream().filter(r -> r.kind() == RuleKind.MULTIPLIER).count() > 1) {
            md.append("- Where several multipliers apply to one item, ").append(switch (p.multiplierStacking()) {
                case MULTIPLY -> "they multiply each other.";
                case ADD -> "their extra points add up.";
                case HIGHEST -> "only the highest counts.";
            }).append('\n');
        }
        for (PointsCap c : p.caps()) md.append("- At most ").append(c.maxPoints()).append(" points per purchase.\n");
        AccountPolicy a = p.accounts();
        for (AccountPolicy.ActionRule r : a.actions()) {
            md.append("- ").append(r.points()).append(" points for each ").append(text(r.eventType().replace('-', ' ')));
            if (r.maxTimes() == 1 && r.per().isEmpty()) md.append(", once");
            else if (r.maxTimes() > 0) md.append(", up to ").append(r.maxTimes()).append(" times")
                    .append(r.per().map(period -> " " + dev.rewards.program.Periods.phrase(period)).orElse(""));
            if (r.perProduct()) md.append(" per product");
            if (!r.stores().isEmpty()) md.append(", in ").append(list(r.stores()));
            if (!r.channels().isEmpty()) md.append(", through ").append(list(r.channels()));
            md.append(".\n");
        }
        for (AccountPolicy.PeriodCap c : a.periodCaps()) {
            md.append("- At most ").append(c.maxPoints()).append(" points ").append(dev.rewards.program.Periods.phrase(c.period()))
                    .append(c.eventType().map(t -> " from " + text(t.replace('-', ' ')) + "s").orElse(""))
                    .append(c.includeBonuses() ? ", bonuses included" : "").append(".\n");
        }
        md.append("- Members earn from the moment they enrol; purchases before that earn nothing.\n");

        if (!p.tiering().tiers().isEmpty()) {
            Tiering t = p.tiering();
            md.append("\n## Tiers\n\n");
            md.append("Your tier depends on your ").append(switch (t.metric()) {
                case SPEND -> "spend";
                case POINTS -> "points earned";
                case PURCHASES -> "number of purchases";
                case BALANCE -> "points balance (points earned and not yet spent or expired)";
            }).append(t.metric() == TierMetric.BALANCE ? "" : switch (t.window()) {
                case CALENDAR_YEAR -> " in the calendar year";
                case ROLLING_12_MONTHS -> " over the last 12 months";
                case LIFETIME -> " since you joined";
                case TIER_YEAR -> " in the 12 months from when you reach your tier (counting starts again when you move up"
                        + " and on each anniversary)";
            }).append(". You move up as soon as you reach a threshold");
            if (t.downgrade() == Tiering.Downgrade.IMMEDIATELY) {
                md.append("; you move down as soon as your total falls below your tier's threshold");
            } else if (t.window() != QualificationWindow.LIFETIME) {
                md.append("; at the end of each ").append(switch (t.window()) {
                    case CALENDAR_YEAR -> "year";
                    case TIER_YEAR -> "tier year";
                    case ROLLING_12_MONTHS, LIFETIME -> "month";
                })
                        .append(t.downgrade() == Tiering.Downgrade.ONE_TIER_AT_PERIOD_END
                                ? " you move down at most one tier if your total for the period fell short"
                                : " you keep the tier your total for the period reached");
                if (a.downgradeGraceMonths() > 0) md.append(", with ").append(a.downgradeGraceMonths()).append(" month(s) of grace before a lower tier applies");
            }
            if (t.guaranteeMonths() > 0) {
                md.append(". Once you reach a tier you keep it for at least ").append(t.guaranteeMonths())
                        .append(t.guaranteeMonths() == 1 ? " month" : " months");
            }
            md.append(".\n\n| tier | from | benefits |\n|---|---|---|\n");
            for (Tier tier : t.tiers()) {
                List<String> benefits = new ArrayList<>();
                if (tier.multipliesEarning()) benefits.add("points x" + plain(tier.earnMultiplier()));
                if (tier.cashbackBoost().signum() > 0) benefits.add("+" + plain(tier.cashbackBoost()) + "% cashback");
                if (tier.discountPercent().signum() > 0) benefits.add(plain(tier.discountPercent()) + "% off every purchase");
                tier.perks().forEach(perk -> benefits.add(text(perk)));
                Long bonus = a.tierBonuses().get(tier.id());
                if (bonus != null) benefits.add(bonus + " bonus points on reaching it");
                Long renewal = a.tierRenewalBonuses().get(tier.id());
                if (renewal != null) benefits.add(renewal + " bonus points each year you keep it");
                String voucher = a.tierVouchers().get(tier.id());
                if (voucher != null) benefits.add("a voucher (" + voucher + ") on reaching it");
                md.append("| ").append(text(tier.id())).append(" | ").append(tier.invitationOnly() ? "by invitation; kept until we change it"
                        : threshold(t.metric(), tier.threshold(), cur)).append(" | ")
                        .append(benefits.isEmpty() ? "-" : String.join(", ", benefits)).append(" |\n");
            }
        }

        if (!p.cashbackRules().isEmpty()) {
            md.append("\n## Cashback\n\n");
            for (CashbackRule c : p.cashbackRules()) {
                List<String> rates = new ArrayList<>();
                if (c.percent().signum() > 0) rates.add(plain(c.percent()) + "% for every member");
                new TreeMap<>(c.percentByTier()).forEach((tier, pct) -> rates.add(plain(pct) + "% for " + tier + " members"));
                md.append("- ");
                if (!rates.isEmpty()) md.append(String.join(", ", rates)).append(" of ").append(scope(c.scope(), "what you spend"));
                c.fixed().ifPresent(f -> md.append(rates.isEmpty() ? f + " back on every purchase of " + scope(c.scope(), "anything")
                        : ", plus " + f + " back per purchase"));
                md.append(", paid as ").append(c.form().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                c.minimumSpend().ifPresent(m -> md.append(", from ").append(m).append(" spent"));
                c.capPerTransaction().ifPresent(m -> md.append(", at most ").append(m).append(" per purchase"));
                c.capPerPeriod().ifPresent(l -> md.append(", at most ").append(l.max()).append(" ").append(dev.rewards.program.Periods.phrase(l.period())));
                md.append(when(c.when())).append(". Rounded ").append(switch (c.rounding()) {
                    case DOWN, FLOOR -> "down to the cent";
                    case UP, CEILING -> "up to the cent";
                    case HALF_UP -> "to the nearest cent (half up)";
                    case HALF_DOWN -> "to the nearest cent (half down)";
                    case HALF_EVEN -> "to the nearest cent (half to even)";
                    case UNNECESSARY -> "exactly";
                }).append(".\n");
            }
            if (!a.isNone()) {
                md.append("- Cashback is ").append(a.pendingDays() > 0 ? "yours " + a.pendingDays() + " days after your purchase (the return window)"
                        : "yours at once").append("; if you return items, the cashback they earned is taken back in proportion to what you return.\n");
                a.cashPayoutMinimum().ifPresent(m -> md.append("- Cash back is paid out once it adds up to ").append(m).append(" or more.\n"));
            }
        }

        if (!p.vouchers().isEmpty()) {
            md.append("\n## Vouchers and promotions\n\n");
            for (VoucherCampaign c : p.vouchers().campaigns()) md.append("- ").append(CampaignTerms.campaign(c, cur)).append('\n');
            md.append("- Discounts apply one after the other, each on the price left by the ones before. Where an offer that cannot be combined meets others, ")
                    .append(p.vouchers().conflicts() == ConflictPolicy.BEST_FOR_CUSTOMER ? "you get whichever saves you more."
                            : "the one first in order applies.").append('\n');
            md.append("- Points are earned on ").append(p.vouchers().earnOn() == EarnBasis.PRICE_PAID
                    ? "what you pay after discounts" : "prices before discounts").append("; paying with a gift voucher does not reduce them.\n");
        }

        if (!a.isNone()) {
            md.append("\n## Your points\n\n");
            if (a.pendingDays() > 0) md.append("- Points can be spent ").append(a.pendingDays()).append(" days after you earn them (the return window).\n");
            AccountPolicy.Expiry x = a.expiry();
            String end = x.exactInstant() ? ", to the minute" : switch (x.roundUpTo()) {
                case NONE -> ", at the end of that day";
                case MONTH -> ", at the end of that month";
                case QUARTER -> ", at the end of that quarter";
                case YEAR -> ", at the end of that year";
            };
            x.monthsAfterEarning().ifPresent(m -> md.append("- Points expire ").append(m).append(" months after the day you earn them")
                    .append(end).append(", oldest first"));
            x.daysAfterEarning().ifPresent(d -> md.append("- Points expire ").append(d).append(" days after the day you earn them")
                    .append(end).append(", oldest first"));
            x.yearlyOn().ifPresent(d -> md.append("- Points expire every year on ").append(d.getDayOfMonth()).append(' ')
                    .append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(x.exactInstant() ? ", when the day starts"
                    : ", at the end of the day").append(" (points earned on that day last until the next one)"));
            x.onDate().ifPresent(d -> md.append("- Points earned before ").append(d).append(x.exactInstant() ? " expire when that day starts"
                    : " can be used until the end of that day"));
            if (!x.isNever()) md.append("; we tell you ").append(a.expiryNoticeDays()).append(" days before.\n");
            else md.append("- Points do not expire.\n");
            a.conversion().ifPresent(c -> md.append("- ").append(c.pointsPerUnit()).append(" points are worth ").append(c.unitValue())
                    .append(" off a purchase, from ").append(c.minimumPoints()).append(" points, at most ").append(c.maximumValue()).append(" per order")
                    .append(c.block() > 1 ? ", in blocks of " + c.block() + " points" : "").append(". ").append(checkout(c)).append('\n'));
            for (AccountPolicy.CatalogReward r : a.catalog()) {
                md.append("- ").append(text(r.name())).append(": ").append(r.points()).append(" points");
                new TreeMap<>(r.pointsByTier()).forEach((tier, pts) -> md.append(", ").append(pts).append(" for ").append(text(tier)).append(" members"));
                r.voucherCampaign().ifPresent(v -> md.append("; a voucher (").append(text(v)).append(")"));
                md.append(".\n");
            }
            a.referral().ifPresent(r -> md.append("- Refer a friend: ").append(r.referrerPoints()).append(" points")
                    .append(r.referrerPercent().signum() > 0 ? " plus " + plain(r.referrerPercent()) + "% of the points their first purchase earns" : "")
                    .append(" for you and ")
                    .append(r.refereePoints()).append(" for them when they first spend ").append(r.minimumSpend())
                    .append(" or more. You cannot refer yourself, and a member is referred only once.\n"));
            for (Milestone m : a.milestones()) {
                md.append("- ").append(m.points() > 0 ? m.points() + " bonus points" : "").append(m.points() > 0 && m.voucherCampaign().isPresent() ? " and " : "")
                        .append(m.voucherCampaign().map(v -> "a voucher (" + text(v) + ")").orElse("")).append(" ").append(m.counting() == Milestone.Counting.PURCHASES
                        ? "on your " + ordinal(m.count()) + " purchase (purchases returned in full do not count)"
                        : "when the " + ordinal(m.count()) + " friend you referred qualifies").append(", once.\n");
            }
            for (dev.rewards.program.OccasionBonus b : a.occasionBonuses()) {
                String what = b.occasion() == dev.rewards.program.Occasion.Kind.BIRTHDAY ? "your birthday (28 February in common years"
                        + " for a 29 February birthday)" : b.years().isPresent() ? "the " + ordinal(b.years().getAsInt())
                        + " anniversary of your joining" : "each anniversary of your joining";
                md.append("- On ").append(what).append(": ").append(b.points() > 0 ? b.points() + " bonus points" : "")
                        .append(b.points() > 0 && b.voucherCampaign().isPresent() ? " and " : "")
                        .append(b.voucherCampaign().map(v -> "a voucher (" + text(v) + ")").orElse("")).append(".\n");
            }
            for (Challenge c : a.challenges()) {
                md.append("- Badge \"").append(text(c.badge())).append("\": ").append(c.countsCategories()
                        ? "purchases in " + c.count() + " different categories" + (c.categories().isEmpty() ? "" : " of " + list(c.categories()))
                        : c.count() + " " + (c.action().equals("purchase") ? "purchases" : text(c.action().replace('-', ' ')) + "s")).append(" in one ")
                        .append(c.period().name().toLowerCase(Locale.ROOT)).append(c.points() > 0 ? ", worth " + c.points() + " points" : "")
                        .append(c.voucherCampaign().map(v -> (c.points() > 0 ? " and" : ",") + " a voucher (" + text(v) + ")").orElse("")).append(".\n");
            }
            md.append("- When you return items, the points they earned are taken back");
            md.append(a.negativeBalance() == AccountPolicy.NegativeBalance.ALLOW
                    ? "; if you have spent them, your balance goes below zero until you earn again.\n"
                    : "; points you have already spent are not charged to you.\n");
        }
        if (!p.calendars().isEmpty()) {
            md.append("\n## Calendars\n\n");
            for (String name : p.calendars().names()) {
                md.append("- ").append(text(name)).append(": ").append(p.calendars().days(name).isEmpty() ? "no days"
                        : String.join(", ", p.calendars().days(name).stream().map(d -> d.first().equals(d.last()) ? DAY.format(d.first())
                        : DAY.format(d.first()) + " to " + DAY.format(d.last())).toList())).append(".\n");
            }
        }
        return md.toString();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    /** L9: how points paid at checkout meet vouchers, and whether what they pay earns. */
    private static String checkout(dev.rewards.program.PointsConversion c) {
        String stacking = switch (c.checkout()) {
            case COMBINABLE -> "Points paid at checkout combine with vouchers and apply after their discounts";
            case EXCLUSIVE -> "Points paid at checkout cannot be combined with voucher discounts: only one of them applies";
            case EXCLUSIVE_IN_LEVEL -> "Points paid at checkout cannot be combined with other order discounts: only one of them applies";
            case ONE_PER_ITEM -> throw new IllegalStateException("points pay for the order, not per item");
        };
        return stacking + (c.paidWithPointsEarns() ? "; what you pay with points earns points too." : "; what you pay with points earns no points.");
    }

    private static String earn(EarnRule r, String cur) {
        return "**" + text(r.id()) + "**: " + r.accept(new EarnRule.Cases<String>() {
            @Override
            public String spend(SpendRule s) {
                return s.points() + (s.points() == 1 ? " point" : " points") + " for every " + amount(s.per(), cur) + " spent"
                        + scopeSuffix(s.scope()) + (s.shippingEarns() ? ", shipping included" : "") + s.minimumSpend().map(m -> ", on purchases of " + m + " or more"
                        + (s.minimumOn() == dev.rewards.program.MinimumOn.BASKET ? " in all" : " of these items")).orElse("");
            }

            @Override
            public String multiplier(Multiplier m) {
                return "points " + scopeOn(m.scope()) + "are multiplied by " + plain(m.factor());
            }

            @Override
            public String firstPurchaseBonus(FirstPurchaseBonus f) {
                return f.points() + " points on your first purchase" + f.minimumSpend().map(m -> " of " + m + " or more").orElse("");
            }

            @Override
            public String basketBonus(BasketBonus b) {
                return b.points() + " points when you spend " + b.minimumSpend() + " or more in one purchase" + scopeSuffix(b.scope());
            }

            @Override
            public String itemBonus(ItemBonus b) {
                return b.points() + (b.points() == 1 ? " point" : " points") + " for each item bought" + scopeSuffix(b.scope())
                        + (b.maxUnits() > 0 ? ", for up to " + b.maxUnits() + " items per purchase" : "");
            }
        }) + when(r.when()) + ".";
    }

    static String scope(LineScope s, String all) {
        if (s.isAll()) return all;
        List<String> in = new ArrayList<>(s.includeCategories());
        in.addAll(s.includeSkus());
        List<String> out = new ArrayList<>(s.excludeCategories());
        out.addAll(s.excludeSkus());
        String base = in.isEmpty() ? all : list(in);
        if (!s.partners().isEmpty()) base = base + " from our partner" + (s.partners().size() > 1 ? "s " : " ") + list(s.partners());
        return out.isEmpty() ? base : base + " except " + list(out);
    }

    private static String scopeOn(LineScope s) {
        return s.isAll() ? "" : "on " + scope(s, "everything") + " ";
    }

    private static String scopeSuffix(LineScope s) {
        return s.isAll() ? "" : " on " + scope(s, "everything");
    }

    private static String when(Conditions c) {
        if (c.isAlways()) return "";
        List<String> parts = new ArrayList<>();
        c.from().ifPresent(f -> parts.add("from " + when(f)));
        c.until().ifPresent(u -> parts.add("until " + when(u)));
        if (!c.days().isEmpty()) parts.add("on " + days(c.days()));
        if (!c.channels().isEmpty()) parts.add("through " + list(c.channels()));
        if (!c.stores().isEmpty()) parts.add("in " + list(c.stores()));
        c.fromTime().ifPresent(f -> parts.add("from " + f + " to " + c.untilTime().orElseThrow()));
        if (!c.segments().isEmpty()) parts.add("for members in " + list(c.segments()));
        c.occasion().ifPresent(o -> parts.add("in " + o.describe().replace("the member's", "your")));
        c.calendar().ifPresent(n -> parts.add("on the days of " + n));
        c.exceptCalendar().ifPresent(n -> parts.add("except on the days of " + n));
        return " " + String.join(" ", parts);
    }

    static String when(LocalDateTime t) {
        return WHEN.format(t);
    }

    static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining(" and "));
    }

    private static String threshold(TierMetric metric, BigDecimal threshold, String cur) {
        return switch (metric) {
            case SPEND -> Money.of(threshold.setScale(Money.scaleOf(Currency.getInstance(cur)), RoundingMode.UNNECESSARY),
                    Currency.getInstance(cur)).toString();
            case POINTS -> plain(threshold) + " points";
            case BALANCE -> plain(threshold) + " points held";
            case PURCHASES -> plain(threshold) + " purchases";
        };
    }

    private static String amount(BigDecimal d, String cur) {
        Currency c = Currency.getInstance(cur);
        return d.stripTrailingZeros().scale() <= Money.scaleOf(c) ? Money.of(d, c, RoundingMode.UNNECESSARY).toString() : plain(d) + " " + cur;
    }

    /**
     * Text from the program (names, descriptions, categories, ids) as literal Markdown: what Markdown or
     * HTML would read as markup is escaped, and a line break becomes a space, so a campaign named
     * {@code <script>} or {@code **FREE**} is printed as written and cannot reshape the terms.
     */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    static String ordinal(int n) {
        return dev.rewards.internal.Text.ordinal(n);
    }

    static String list(Collection<String> values) {
        return values.stream().map(Terms::text).collect(Collectors.joining(", "));
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
