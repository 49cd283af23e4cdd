package dev.rewards.voucher;

import dev.rewards.transaction.VoucherCodes;
import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import dev.rewards.transaction.Line;
import dev.rewards.voucher.store.VoucherStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A voucher campaign (V1-V7): what its vouchers give, the restrictions on their use, how they stack,
 * where they come in the order of application, and how codes reach members: a shared public
 * {@code code} anyone may type, codes generated in bulk from {@code codes} and issued through a
 * {@link VoucherStore}, or neither for an {@code automatic} promotion that
 * applies to every transaction meeting its restrictions.
 *
 * <p>Discounts apply in ascending {@code priority} (then campaign id, then code), each on the price the
 * ones before it left; so a percentage after a fixed amount takes its share of the reduced price.
 *
 * <p>Immutable and thread-safe.
 */
public record VoucherCampaign(String id, String name, Benefit benefit, List<Restriction> restrictions, Stacking stacking,
                              int priority, Optional<String> code, boolean automatic, Optional<CodePattern> codes,
                              Optional<DiscountLevel> level) {

    public VoucherCampaign {
        name = name == null ? "" : name;
        level = level == null ? Optional.empty() : level;
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        stacking = stacking == null ? Stacking.COMBINABLE : stacking;
        code = code == null ? Optional.empty() : code;
        codes = codes == null ? Optional.empty() : codes;
        Checks checks = Checks.start();
        checks.id(id, "id");
        checks.present(benefit, "benefit");
        checks.notNegative(priority, "priority");
        code.ifPresent(c -> checks.require(VoucherCodes.isWellFormed(c), "code", VoucherCodes.malformed()));
        if (automatic) {
            checks.require(code.isEmpty() && codes.isEmpty(), "automatic", "an automatic promotion has no codes");
            checks.require(benefit == null || benefit.isDiscount(), "automatic", "an automatic promotion must be a discount");
            checks.require(restrictions.stream().noneMatch(r -> r instanceof Restriction.UsesPerCode), "restrictions.maxUsesPerCode",
                    "an automatic promotion has no code to limit");
        }
        if (level.isPresent() && benefit != null) {
            boolean shipping = DiscountLevel.of(benefit) == DiscountLevel.SHIPPING;
            checks.require(benefit.isDiscount(), "level", "only a discount has a level; a " + benefit.type() + " does not stack");
            checks.require(!benefit.isDiscount() || shipping == (level.get() == DiscountLevel.SHIPPING), "level", shipping
                    ? "a " + benefit.type() + " discount acts on shipping; its level is SHIPPING"
                    : "a " + benefit.type() + " discount acts on items or the order, not on shipping");
        }
        checks.require(restrictions.stream().filter(r -> r instanceof CampaignBudget).count() <= 1, "restrictions", "at most one budget");
        if (benefit != null && !benefit.isDiscount()) {
            checks.require(restrictions.stream().noneMatch(r -> r instanceof CampaignBudget), "restrictions.budget",
                    "a budget limits the discounts a campaign gives; a " + benefit.type() + " gives none");
        }
        long validities = restrictions.stream().filter(r -> r instanceof Restriction.Validity).count();
        checks.require(validities <= 1, "restrictions", "at most one validity window");
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** A campaign without a level of its own: its benefit's ({@link DiscountLevel#of}). */
    public VoucherCampaign(String id, String name, Benefit benefit, List<Restriction> restrictions, Stacking stacking,
                           int priority, Optional<String> code, boolean automatic, Optional<CodePattern> codes) {
        this(id, name, benefit, restrictions, stacking, priority, code, automatic, codes, Optional.empty());
    }

    /** A campaign with a public code, combinable, priority 100, no restriction yet. */
    public static VoucherCampaign withCode(String id, String code, Benefit benefit) {
        return new VoucherCampaign(id, "", benefit, List.of(), Stacking.COMBINABLE, 100, Optional.of(code), false, Optional.empty());
    }

    /** A campaign whose codes are generated from {@code pattern} and issued to members. */
    public static VoucherCampaign withCodes(String id, CodePattern pattern, Benefit benefit) {
        return new VoucherCampaign(id, "", benefit, List.of(), Stacking.COMBINABLE, 100, Optional.empty(), false, Optional.of(pattern));
    }

    /** A promotion applied without a code to every transaction that meets its restrictions. */
    public static VoucherCampaign automatic(String id, Benefit benefit) {
        return new VoucherCampaign(id, "", benefit, List.of(), Stacking.COMBINABLE, 100, Optional.empty(), true, Optional.empty());
    }

    public VoucherCampaign named(String name) {
        return new VoucherCampaign(id, name, benefit, restrictions, stacking, priority, code, automatic, codes, level);
    }

    public VoucherCampaign restrictedBy(Restriction... more) {
        List<Restriction> all = new ArrayList<>(restrictions);
        all.addAll(List.of(more));
        return new VoucherCampaign(id, name, benefit, all, stacking, priority, code, automatic, codes, level);
    }

    public VoucherCampaign exclusive() {
        return new VoucherCampaign(id, name, benefit, restrictions, Stacking.EXCLUSIVE, priority, code, automatic, codes, level);
    }

    /** The same campaign with {@code stacking}: exclusive, combinable, or one per item. */
    public VoucherCampaign stacking(Stacking stacking) {
        return new VoucherCampaign(id, name, benefit, restrictions, stacking, priority, code, automatic, codes, level);
    }

    public VoucherCampaign priority(int priority) {
        return new VoucherCampaign(id, name, benefit, restrictions, stacking, priority, code, automatic, codes, level);
    }

    /**
     * The same campaign at {@code level} (D7): a percentage off a category as an item discount rather
     * than an order discount, for {@link Stacking#EXCLUSIVE_IN_LEVEL}.
     */
    public VoucherCampaign atLevel(DiscountLevel level) {
        return new VoucherCampaign(id, name, benefit, restrictions, stacking, priority, code, automatic, codes, Optional.of(level));
    }

    /** Where the discount acts: the campaign's level, or its benefit's when it sets none. */
    public DiscountLevel discountLevel() {
        return level.orElseGet(() -> DiscountLevel.of(benefit));
    }

    /** True when every line restriction admits the line. */
    public boolean admits(Line line) {
        Objects.requireNonNull(line, "line");
        for (Restriction r : restrictions) if (!r.admits(line)) return false;
        return true;
    }

    public Optional<Restriction.UsesPerCode> usesPerCode() {
        return restrictions.stream().filter(r -> r instanceof Restriction.UsesPerCode).map(r -> (Restriction.UsesPerCode) r).findFirst();
    }

    /** D8: the campaign's total budget, if it has one. */
    public Optional<CampaignBudget> budget() {
        return restrictions.stream().filter(r -> r instanceof CampaignBudget).map(r -> (CampaignBudget) r).findFirst();
    }

    public Optional<Restriction.UsesPerMember> usesPerMember() {
        return restrictions.stream().filter(r -> r instanceof Restriction.UsesPerMember).map(r -> (Restriction.UsesPerMember) r).findFirst();
    }
}
