package dev.rewards.rules.internal;

import dev.rewards.program.Program;
import dev.rewards.program.Tier;
import dev.rewards.voucher.Benefit;
import dev.rewards.voucher.VoucherCampaign;
import dev.rewards.transaction.LineScope;
import dev.rewards.rules.internal.kind.Kind;
import dev.rewards.rules.internal.kind.Kinds;
import dev.rewards.transaction.Line;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program laid out for evaluation, once: every rule as a {@link RuleEntry} in program order (the
 * order of {@link Program#ruleIds()}), indexed by the categories and SKUs rules include. Evaluations
 * take their candidate rules from it; nothing of the program is ever written into rule source.
 * Immutable.
 */
public final class ProgramTable {
    /** The campaign id of a tier's discount in an outcome's vouchers: {@code tier-discount-gold}. */
    static final String TIER_DISCOUNT = "tier-discount-";
    private final Program program;
    private final List<RuleEntry> entries;
    private final Map<String, Integer> indexById = new HashMap<>();
    /** Rules that any basket may concern: those without includes, and the kinds that do not look at lines. */
    private final List<RuleEntry> alwaysCandidates;
    /** Rules with includes, by each category and SKU they include. */
    private final Map<String, List<RuleEntry>> byCategory = new HashMap<>();
    private final Map<String, List<RuleEntry>> bySku = new HashMap<>();
    /** Whether any campaign applies without a code: then every transaction goes through the voucher phase. */
    private final boolean automaticPromotions;
    /** T3, C2: each tier's checkout discount as an automatic, combinable promotion applied first, by tier id. */
    private final Map<String, VoucherCampaign> tierDiscounts = new HashMap<>();

    ProgramTable(Program program) {
        this(program, true);
    }

    /** @param indexed false makes every rule a candidate for every basket: the reference the index is tested against */
    ProgramTable(Program program, boolean indexed) {
        this.program = program;
        this.automaticPromotions = program.vouchers().campaigns().stream().anyMatch(c -> c.automatic());
        for (Tier t : program.tiering().tiers()) {
            if (t.discountPercent().signum() == 0) continue;
            tierDiscounts.put(t.id(), VoucherCampaign.automatic(TIER_DISCOUNT + t.id(),
                    new Benefit.PercentOff(t.discountPercent(), Optional.empty())).named(t.id() + " tier discount").priority(0));
        }
        List<RuleEntry> all = new ArrayList<>();
        for (Kind kind : Kinds.of(program)) all.add(new RuleEntry(all.size(), kind));
        this.entries = List.copyOf(all);
        entries.forEach(e -> indexById.put(e.getId(), e.getIndex()));
        List<RuleEntry> always = new ArrayList<>();
        for (RuleEntry e : entries) {
            LineScope scope = e.scope();
            if (!indexed || !e.isConditional() || (scope.includeCategories().isEmpty() && scope.includeSkus().isEmpty())) {
                always.add(e);
                continue;
            }
            scope.includeCategories().forEach(c -> byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
            scope.includeSkus().forEach(sku -> bySku.computeIfAbsent(sku, k -> new ArrayList<>()).add(e));
        }
        this.alwaysCandidates = List.copyOf(always);
    }

    public Program program() {
        return program;
    }

    public List<RuleEntry> entries() {
        return entries;
    }

    /**
     * The rules this basket may concern, in program order: every rule without includes, and the rules
     * that include a category or SKU of one of the lines. Other rules cannot apply (no line is in their
     * scope); their verdicts are derived without evaluating them, so a transaction costs the same
     * whether the program has 20 rules or 1,000.
     */
    public List<RuleEntry> candidatesFor(List<Line> lines) {
        if (byCategory.isEmpty() && bySku.isEmpty()) return entries;
        BitSet chosen = new BitSet(entries.size());
        for (RuleEntry e : alwaysCandidates) chosen.set(e.getIndex());
        for (Line line : lines) {
            for (String category : line.categories()) mark(chosen, byCategory.get(category));
            mark(chosen, bySku.get(line.sku()));
        }
        List<RuleEntry> out = new ArrayList<>(chosen.cardinality());
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) out.add(entries.get(i));
        return out;
    }

    private static void mark(BitSet chosen, List<RuleEntry> rules) {
        if (rules != null) for (RuleEntry e : rules) chosen.set(e.getIndex());
    }

    /** The program-order position of a rule id. */
    public int indexOf(String ruleId) {
        return indexById.getOrDefault(ruleId, Integer.MAX_VALUE);
    }

    boolean hasAutomaticPromotions() {
        return automaticPromotions;
    }

    /** The checkout discount of a member's tier, as a promotion; empty when the tier gives none. */
    Optional<VoucherCampaign> tierDiscount(Optional<Tier> tier) {
        return tier.map(t -> tierDiscounts.get(t.id()));
    }
}
