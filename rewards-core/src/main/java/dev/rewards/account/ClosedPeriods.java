package dev.rewards.account;

import dev.rewards.account.MemberAccount.Qualifying;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Challenge;
import dev.rewards.program.Periods;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What compaction drops or folds of periods that are over (A4): the counts of challenge and action
 * periods that ended before the cut (a later operation counts in a later period), and, under a
 * calendar-year qualification window, the qualifying records of a year before the cut folded into one
 * (a window is a calendar year, so only each year's totals are ever read). Both rest on operations
 * arriving in time order from the cut on, as in a simulation. Stateless apart from the calendar.
 */
final class ClosedPeriods {
    private final AccountCalendar cal;

    ClosedPeriods(AccountCalendar cal) {
        this.cal = cal;
    }

    /** The counts without those of periods that ended before {@code cut}; milestones, referrals and lifetime counts stay. */
    Map<String, Integer> progress(Map<String, Integer> progress, Instant cut) {
        Map<String, Integer> kept = new java.util.HashMap<>(progress);
        kept.keySet().removeIf(key -> over(key, cut));
        return kept.size() == progress.size() ? progress : kept;
    }

    private boolean over(String key, Instant cut) {
        int bar = key.lastIndexOf('|');
        if (bar < 0) return false;
        LocalDate start;
        try {
            start = LocalDate.parse(key.substring(bar + 1));
        } catch (DateTimeException e) {
            return false;
        }
        String head = key.substring(0, bar);
        boolean counted = false;
        for (Challenge c : cal.policy.challenges()) {
            if (!head.equals(c.id()) && !head.startsWith(c.id() + ":")) continue;
            counted = true;
            if (!start.isBefore(cal.periodStartDate(c.period(), cut))) return false;
        }
        for (AccountPolicy.ActionRule r : cal.policy.actions()) {
            if (r.per().isEmpty() || Periods.isRolling(r.per().get())) continue;
            if (!head.equals("action:" + r.id()) && !head.startsWith("action:" + r.id() + "#")) continue;
            counted = true;
            if (!start.isBefore(cal.periodStartDate(r.per().get(), cut))) return false;
        }
        return counted && !start.equals(AccountCalendar.LIFETIME_START);
    }

    /** Under a calendar-year window: the records dated before {@code cut} folded into one per year, dated at its last. */
    List<Qualifying> qualifying(List<Qualifying> records, Instant cut) {
        if (cal.program.tiering().window() != dev.rewards.program.QualificationWindow.CALENDAR_YEAR) return records;
        Map<Integer, List<Qualifying>> byYear = new TreeMap<>();
        List<Qualifying> rest = new ArrayList<>();
        for (Qualifying q : records) {
            if (q.at().isBefore(cut)) byYear.computeIfAbsent(ZonedDateTime.ofInstant(q.at(), cal.zone).getYear(), y -> new ArrayList<>()).add(q);
            else rest.add(q);
        }
        if (byYear.values().stream().allMatch(l -> l.size() < 2)) return records;
        List<Qualifying> out = new ArrayList<>();
        for (List<Qualifying> year : byYear.values()) out.add(folded(year));
        out.addAll(rest);
        return out;
    }

    /** Records as one: their spend, points and purchases summed, dated at the last of them. */
    static Qualifying folded(List<Qualifying> records) {
        BigDecimal spend = BigDecimal.ZERO;
        long points = 0;
        int purchases = 0;
        Instant last = records.get(0).at();
        for (Qualifying q : records) {
            spend = spend.add(q.spend());
            points += q.points();
            purchases += q.purchases();
            last = AccountHistory.later(last, q.at());
        }
        return new Qualifying(last, spend, points, purchases);
    }
}
