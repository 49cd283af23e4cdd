package dev.rewards.program;

import dev.rewards.program.AccountPolicy.Period;

/**
 * E1: {@code count} qualifying actions ({@code purchase} or an event type) in one calendar {@code period} earn a badge and points.
 * E7: with the action {@value #DISTINCT_CATEGORIES}, purchases in {@code count} distinct categories in the period (any category,
 * or among {@code categories} when given): "buy from three departments this month".
 */
public record Challenge(String id, String action, int count, Period period, String badge, long points, java.util.Set<String> categories,
                        java.util.Optional<String> voucherCampaign) {
    /** The action that counts distinct categories bought rather than actions. */
    public static final String DISTINCT_CATEGORIES = "distinct-categories";

    /** Without a voucher. */
    public Challenge(String id, String action, int count, Period period, String badge, long points, java.util.Set<String> categories) {
        this(id, action, count, period, badge, points, categories, java.util.Optional.empty());
    }

    /** V8: the same challenge, completing it also issues a voucher of {@code campaign} ({@code VOUCHER_ISSUED}). */
    public Challenge withVoucher(String campaign) {
        return new Challenge(id, action, count, period, badge, points, categories, java.util.Optional.of(campaign));
    }

    public Challenge {
        voucherCampaign = voucherCampaign == null ? java.util.Optional.empty() : voucherCampaign;
        categories = categories == null ? java.util.Set.of() : dev.rewards.internal.Sets.sorted(categories, "categories");
        AccountChecks.challenge(id, action, count, period, badge, points, categories);
    }

    /** A challenge on a number of actions. */
    public Challenge(String id, String action, int count, Period period, String badge, long points) {
        this(id, action, count, period, badge, points, java.util.Set.of());
    }

    /** E7: purchases in {@code count} distinct categories (any, or among {@code categories}) in one period. */
    public static Challenge acrossCategories(String id, int count, Period period, String badge, long points, String... categories) {
        return new Challenge(id, DISTINCT_CATEGORIES, count, period, badge, points, java.util.Set.of(categories));
    }

    public boolean countsCategories() {
        return DISTINCT_CATEGORIES.equals(action);
    }
}
