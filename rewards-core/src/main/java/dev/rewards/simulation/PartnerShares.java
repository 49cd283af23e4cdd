package dev.rewards.simulation;

import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.outcome.Outcome;
import dev.rewards.outcome.PointsEntry;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.program.EarnRule;
import dev.rewards.program.Program;
import dev.rewards.transaction.Line;
import dev.rewards.transaction.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * E6: who funds what one purchase's outcome gave, for the rules and campaigns the program's
 * {@link dev.rewards.program.PartnerFunding} names: points and discount by rule (or campaign) and
 * funder, the funder being a partner (the line's vendor) or {@link #PROGRAMME}. On a line of a partner
 * the partner funds its percentage of what the rule gave there, rounded down for points and half-even
 * to the currency for money; the programme funds the rest, so the shares always sum to what the rule
 * gave. What a rule gives to the whole basket (a basket bonus) falls on the partner only when the
 * rule's scope names exactly one partner; shipping discounts and lines without a partner are the
 * programme's. Counted as issued at purchase: refunds are not netted.
 *
 * <p>Immutable and thread-safe.
 */
public record PartnerShares(Map<String, Map<String, Long>> points, Map<String, Map<String, Money>> discounts) {
    /** The funder of what no partner funds. */
    public static final String PROGRAMME = "(programme)";

    public static PartnerShares of(Program program, Transaction tx, Outcome outcome) {
        Map<String, Map<String, Long>> points = new TreeMap<>();
        Map<String, Map<String, Money>> discounts = new TreeMap<>();
        if (program.partnerFunding().isNone()) return new PartnerShares(points, discounts);
        Map<String, Optional<String>> partnerOf = new HashMap<>();
        for (Line l : tx.lines()) partnerOf.put(l.id(), l.vendor());
        for (PointsEntry e : outcome.entries()) {
            Optional<BigDecimal> pct = program.partnerFunding().percent(e.ruleId());
            if (pct.isEmpty() || e.points() == 0) continue;
            Optional<String> partner = e.lineId().isPresent() ? partnerOf.getOrDefault(e.lineId().get(), Optional.empty()) : onlyPartner(program, e.ruleId());
            Map<String, Long> by = points.computeIfAbsent(e.ruleId(), k -> new TreeMap<>());
            long share = partner.isEmpty() ? 0 : BigDecimal.valueOf(e.points()).multiply(pct.get()).movePointLeft(2).setScale(0, RoundingMode.DOWN).longValueExact();
            partner.ifPresent(p -> by.merge(p, share, Long::sum));
            by.merge(PROGRAMME, e.points() - share, Long::sum);
        }
        for (VoucherResult v : outcome.appliedVouchers()) {
            Optional<BigDecimal> pct = v.campaignId().flatMap(program.partnerFunding()::percent);
            if (pct.isEmpty()) continue;
            Map<String, Money> by = discounts.computeIfAbsent(v.campaignId().get(), k -> new TreeMap<>());
            Money partners = Money.zero(v.amount().currency());
            for (Allocation a : v.allocation()) {
                Optional<String> partner = partnerOf.getOrDefault(a.lineId(), Optional.empty());
                if (partner.isEmpty()) continue;
                Money share = a.amount().percent(pct.get(), RoundingMode.HALF_EVEN);
                by.merge(partner.get(), share, Money::plus);
                partners = partners.plus(share);
            }
            by.merge(PROGRAMME, v.amount().minus(partners), Money::plus);
        }
        return new PartnerShares(points, discounts);
    }

    private static Optional<String> onlyPartner(Program program, String ruleId) {
        return program.earnRules().stream().filter(r -> r.id().equals(ruleId)).findFirst().map(EarnRule::scope)
                .filter(s -> s.partners().size() == 1).map(s -> s.partners().iterator().next());
    }
}
