package dev.rewards.account;

import dev.rewards.program.Milestone;
import dev.rewards.program.AccountPolicy;
import dev.rewards.program.Periods;
import dev.rewards.reason.Reason;
import dev.rewards.reason.ReasonCode;
import java.util.List;
import java.util.Optional;

/** P2, L7: the points an event earns on an {@link AccountWork} under its action rule, with its scope and limits. Stateless. */
final class AccountActions {
    private AccountActions() {
    }

    /** P2, L7: an event's action points, unless out of the rule's stores or channels or over its limit; challenges count it anyway. */
    static List<Reason> reward(AccountWork w, Optional<AccountPolicy.ActionRule> rule, MemberEvent e) {
        Optional<Reason> outOfScope = rule.flatMap(r -> outOfScope(r, e));
        boolean limited = rule.isPresent() && outOfScope.isEmpty() && rule.get().maxTimes() > 0
                && timesSoFar(w, rule.get(), e) >= rule.get().maxTimes();
        if (rule.isPresent() && !limited && outOfScope.isEmpty()) {
            w.earn("event:" + e.id(), e.at(), e.type(), rule.get().points());
            if (rule.get().maxTimes() > 0) w.progress.merge(actionKey(w, rule.get(), e), 1, Integer::sum);
        }
        w.countChallenges(e.type(), e.at(), java.util.Set.of());
        if (outOfScope.isPresent()) return List.of(outOfScope.get());
        if (limited) {
            AccountPolicy.ActionRule r = rule.get();
            return List.of(Reason.of(ReasonCode.ACTION_LIMIT_REACHED, "'" + e.type() + "' is rewarded " + r.maxTimes()
                    + (r.maxTimes() == 1 ? " time" : " times") + " per member" + (r.perProduct() ? " and product" : "")
                    + r.per().map(p -> " " + Periods.phrase(p)).orElse("") + ", and was already"));
        }
        return rule.isPresent() || w.badgesEarned > 0 ? List.of()
                : List.of(Reason.of(ReasonCode.ACTION_NOT_REWARDED, "no action rule rewards '" + e.type() + "'"));
    }

    /** L7: an action rule limited to stores or channels says why an event elsewhere earns nothing. */
    private static Optional<Reason> outOfScope(AccountPolicy.ActionRule r, MemberEvent e) {
        if (!r.stores().isEmpty() && (e.store().isEmpty() || !r.stores().contains(e.store().get()))) {
            return Optional.of(Reason.of(ReasonCode.STORE_NOT_ELIGIBLE, "'" + e.type() + "' is rewarded in store " + String.join(", ", r.stores())
                    + ", not " + e.store().orElse("(none)")));
        }
        if (!r.channels().isEmpty() && (e.channel().isEmpty() || !r.channels().contains(e.channel().get()))) {
            return Optional.of(Reason.of(ReasonCode.CHANNEL_NOT_ELIGIBLE, "'" + e.type() + "' is rewarded through " + String.join(", ", r.channels())
                    + ", not " + e.channel().orElse("(none)")));
        }
        return Optional.empty();
    }

    /**
     * Counted beside challenge progress: {@code action:signup}, {@code action:review#sku-1}, or
     * {@code action:review|2026-03-01} per calendar period; in a rolling window, one key per reward
     * with its instant ({@code action:review@2026-03-02T10:00:00Z}), dropped once the window has passed it.
     */
    private static String actionKey(AccountWork w, AccountPolicy.ActionRule rule, MemberEvent e) {
        String base = "action:" + rule.id() + (rule.perProduct() ? "#" + e.product().orElse("") : "");
        if (rule.per().filter(Periods::isRolling).isPresent()) return base + "@" + e.at();
        return base + rule.per().map(p -> "|" + w.calendar().periodStartDate(p, e.at())).orElse("");
    }

    /** How often the rule has rewarded the member in the period (or rolling window) of the event. */
    private static int timesSoFar(AccountWork w, AccountPolicy.ActionRule rule, MemberEvent e) {
        if (rule.per().filter(Periods::isRolling).isEmpty()) return w.progress.getOrDefault(actionKey(w, rule, e), 0);
        String key = actionKey(w, rule, e);
        String prefix = key.substring(0, key.lastIndexOf('@') + 1);
        java.time.Instant from = w.calendar().startOfPeriod(rule.per().get(), e.at());
        w.progress.removeIf((k, n) -> k.startsWith(prefix) && java.time.Instant.parse(k.substring(prefix.length())).isBefore(from));
        int times = 0;
        for (var entry : w.progress.entrySet()) {
            if (entry.getKey().startsWith(prefix) && !java.time.Instant.parse(entry.getKey().substring(prefix.length())).isAfter(e.at())) {
                times += entry.getValue();
            }
        }
        return times;
    }


    /**
     * L5: each occasion bonus whose day begins in {@code (from, to]} (program time zone), as a moment:
     * the member's birthday (given by the host) or enrolment anniversary, once a year, while enrolled.
     */
    static void scheduleOccasions(AccountWork w, AccountSchedule.Sink moments, java.time.Instant from,
                                  java.time.Instant to) {
        java.time.ZoneId zone = w.program().timeZone();
        Optional<java.time.Instant> enrolledAt = w.from.enrolledAt();
        if (enrolledAt.isEmpty()) return;
        java.time.LocalDate enrolled = enrolledAt.get().atZone(zone).toLocalDate();
        for (dev.rewards.program.OccasionBonus b : w.program().accounts().occasionBonuses()) {
            Optional<java.time.MonthDay> day = b.occasion() == dev.rewards.program.Occasion.Kind.BIRTHDAY ? w.from.birthday()
                    : Optional.of(java.time.MonthDay.from(enrolled));
            if (day.isEmpty()) continue;
            for (int year = from.atZone(zone).getYear(); year <= to.atZone(zone).getYear(); year++) {
                if (b.occasion() == dev.rewards.program.Occasion.Kind.ENROLMENT_ANNIVERSARY && year <= enrolled.getYear()) continue;
                if (b.years().isPresent() && year != enrolled.getYear() + b.years().getAsInt()) continue; // E7: tenure, once
                java.time.Instant starts = dev.rewards.program.Occasion.in(day.get(), year).atStartOfDay(zone).toInstant();
                if (!starts.isAfter(from) || starts.isAfter(to) || starts.isBefore(enrolledAt.get())) continue;
                int y = year;
                moments.computeIfAbsent(starts, k -> new java.util.ArrayList<>()).add(() -> grant(w, b, starts, y));
            }
        }
    }

    private static void grant(AccountWork w, dev.rewards.program.OccasionBonus b, java.time.Instant at, int year) {
        String what = b.occasion() == dev.rewards.program.Occasion.Kind.BIRTHDAY ? "birthday"
                : b.years().isPresent() ? dev.rewards.internal.Text.ordinal(b.years().getAsInt()) + " enrolment anniversary" : "enrolment anniversary";
        if (b.points() > 0) w.bonus("occasion:" + b.id() + ":" + year, at, b.points(), "for the member's " + what);
        w.voucher(b.voucherCampaign(), at, "the member's " + what);
    }

    /** P6, L7: a referrer's reward (its points travel with the effect) or its clawback (what the reward credited). */
    static AccountResult referralEffect(AccountWork w, MemberAccount account, MemberEvent e) {
        if (e.type().equals(Accounts.REFERRAL_REWARD)) {
            long points = e.points().orElseGet(() -> w.program().accounts().referral().map(AccountPolicy.ReferralRule::referrerPoints).orElse(0L));
            w.applied(Accounts.EVENT + ":" + e.id());
            if (points > 0) w.bonus("referral:" + e.id(), e.at(), points, "referral: a member you referred made a first purchase");
            milestones(w, Milestone.Counting.REFERRALS, w.progress.merge(Accounts.PAID_REFERRALS, 1, Integer::sum), e.at());
            return w.result(Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        // the id names the reward it takes back: referral-clawback:<the reward event's id>
        String reward = e.id().substring(Accounts.REFERRAL_CLAWBACK.length() + 1);
        // what the reward credited (a share of the friend's purchase may differ from the fixed points)
        long points = account.ledger().stream().filter(l -> l.kind() == LedgerEntry.Kind.EARNED && l.source().equals("referral:" + reward))
                .mapToLong(LedgerEntry::points).sum();
        w.applied(Accounts.EVENT + ":" + e.id());
        w.reverse("referral:" + reward, e.at(), points);
        w.progress.computeIfPresent(Accounts.PAID_REFERRALS, (k, n) -> n > 1 ? n - 1 : null);
        return w.result(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** L6: pays each milestone of {@code counting} that {@code count} reaches, once per member (marked in the progress map); V8: and its voucher. */
    static void milestones(AccountWork w, Milestone.Counting counting, int count, java.time.Instant at) {
        for (Milestone m : w.program().accounts().milestones()) {
            if (m.counting() != counting || count < m.count() || w.progress.containsKey("milestone:" + m.id())) continue;
            w.progress.put("milestone:" + m.id(), 1);
            String what = "milestone " + m.id() + ": " + m.count() + " " + counting.name().toLowerCase(java.util.Locale.ROOT);
            if (m.points() > 0) w.bonus("milestone:" + m.id(), at, m.points(), what);
            w.voucher(m.voucherCampaign(), at, what);
        }
    }
}
