package dev.rewards.transaction;

import dev.rewards.internal.ArraySet;
import dev.rewards.internal.Sets;
import java.util.Objects;
import java.util.Set;

/**
 * Which lines of a basket a rule counts. With no includes, every line is in scope; with includes, a
 * line is in scope when it has one of the included categories or SKUs. An excluded category or SKU
 * always wins over an include. Matching is exact and case-sensitive: a category is data, compared as
 * a literal, never interpreted. E6: with {@code partners}, only lines of those partners (a line's
 * partner is its {@link Line#vendor()}: the merchant of a coalition, the seller of a marketplace) are in
 * scope, on top of the includes and excludes.
 *
 * <p>Immutable and thread-safe.
 */
public record LineScope(Set<String> includeCategories, Set<String> excludeCategories,
                        Set<String> includeSkus, Set<String> excludeSkus, Set<String> partners) {

    /** Every line. */
    public static final LineScope ALL = new LineScope(Set.of(), Set.of(), Set.of(), Set.of());

    public LineScope {
        includeCategories = Sets.sorted(includeCategories, "includeCategories");
        excludeCategories = Sets.sorted(excludeCategories, "excludeCategories");
        includeSkus = Sets.sorted(includeSkus, "includeSkus");
        excludeSkus = Sets.sorted(excludeSkus, "excludeSkus");
        partners = Sets.sorted(partners, "partners");
    }

    /** Of any partner. */
    public LineScope(Set<String> includeCategories, Set<String> excludeCategories, Set<String> includeSkus, Set<String> excludeSkus) {
        this(includeCategories, excludeCategories, includeSkus, excludeSkus, Set.of());
    }

    public static LineScope categories(String... categories) {
        return ALL.withIncludeCategories(Set.of(categories));
    }

    public LineScope withIncludeCategories(Set<String> categories) {
        return new LineScope(categories, excludeCategories, includeSkus, excludeSkus, partners);
    }

    public LineScope withExcludeCategories(Set<String> categories) {
        return new LineScope(includeCategories, categories, includeSkus, excludeSkus, partners);
    }

    public LineScope withIncludeSkus(Set<String> skus) {
        return new LineScope(includeCategories, excludeCategories, skus, excludeSkus, partners);
    }

    public LineScope withExcludeSkus(Set<String> skus) {
        return new LineScope(includeCategories, excludeCategories, includeSkus, skus, partners);
    }

    /** E6: only lines of these partners (their {@link Line#vendor()}). */
    public LineScope withPartners(Set<String> partners) {
        return new LineScope(includeCategories, excludeCategories, includeSkus, excludeSkus, partners);
    }

    /** The scope in words, for reasons: "beans, drinks except decaf"; "any item" for every line. */
    public String describe() {
        java.util.List<String> in = new java.util.ArrayList<>(includeCategories);
        in.addAll(includeSkus);
        java.util.List<String> out = new java.util.ArrayList<>(excludeCategories);
        out.addAll(excludeSkus);
        String base = in.isEmpty() ? "any item" : String.join(", ", in);
        if (!partners.isEmpty()) base = base + " from " + String.join(", ", partners);
        return out.isEmpty() ? base : base + " except " + String.join(", ", out);
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean matches(Line line) {
        Objects.requireNonNull(line, "line");
        if (!partners.isEmpty() && (line.vendor().isEmpty() || !partners.contains(line.vendor().get()))) return false;
        if (excludeSkus.contains(line.sku()) || intersects(excludeCategories, line.categories())) return false;
        if (includeCategories.isEmpty() && includeSkus.isEmpty()) return true;
        return includeSkus.contains(line.sku()) || intersects(includeCategories, line.categories());
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (b instanceof ArraySet<String> array) {
            // the hot path (every line against every candidate rule): no iterator
            for (int i = 0; i < array.size(); i++) if (a.contains(array.get(i))) return true;
            return false;
        }
        for (String s : b) if (a.contains(s)) return true;
        return false;
    }
}
