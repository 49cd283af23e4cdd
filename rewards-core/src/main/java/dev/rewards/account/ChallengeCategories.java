package dev.rewards.account;

import dev.rewards.program.Challenge;
import java.time.LocalDate;
import java.util.Set;

/**
 * E7: a challenge across distinct categories. Each category a purchase holds (among the challenge's,
 * when it names some) is marked once per period ({@code <id>:<category>|<period start>}, trimmed with
 * the period like every progress key), and the period's count ({@code <id>|<period start>}) is the
 * number of distinct categories marked. A returned purchase does not unmark its categories, as a
 * returned purchase still counts towards a challenge on purchases.
 */
final class ChallengeCategories {
    private ChallengeCategories() {
    }

    /** The categories of the purchase's lines. */
    static Set<String> of(dev.rewards.transaction.Transaction tx) {
        Set<String> out = new java.util.TreeSet<>();
        for (dev.rewards.transaction.Line l : tx.lines()) out.addAll(l.categories());
        return out;
    }

    /** {@code c.count()} when this purchase takes the period's distinct categories to it, -1 otherwise. */
    static int count(AccountWork w, Challenge c, LocalDate start, Set<String> categories) {
        int added = 0;
        for (String category : categories) {
            if (!c.categories().isEmpty() && !c.categories().contains(category)) continue;
            if (w.progress.putIfAbsent(c.id() + ":" + category + "|" + start, 1) == null) added++;
        }
        if (added == 0) return -1;
        String key = c.id() + "|" + start;
        int before = w.progress.getOrDefault(key, 0);
        int after = w.progress.merge(key, added, Integer::sum);
        return before < c.count() && after >= c.count() ? c.count() : -1;
    }
}
