package dev.rewards.voucher;

import dev.rewards.money.Money;
import dev.rewards.transaction.Line;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Restriction} may look at when a voucher is checked against one transaction: the
 * instant in the program's and in the store's time zone, where the purchase was made, who made it,
 * what the lines the voucher may apply to cost, and how often the code and the campaign were used.
 * The engine provides it; tests may implement it directly.
 */
public interface Checkout {

    /** The transaction's instant in the program's time zone. */
    LocalDateTime programTime();

    /** The transaction's instant in the store's time zone (the program's when the store's is not known). */
    LocalDateTime storeTime();

    Optional<String> channel();

    Optional<String> store();

    /** True when the member was enrolled at the transaction's instant. */
    boolean member();

    Optional<String> tier();

    /** Purchases the member made before this one. */
    int lifetimePurchases();

    /** What the lines the voucher's line restrictions admit cost, before any discount. */
    Money eligibleSpend();

    /** How many lines the voucher's line restrictions admit. */
    int eligibleLines();

    /** Every line of the basket, in line-id order (conditions on what the basket holds read them). */
    default List<Line> lines() {
        return List.of();
    }

    /** The segments the host puts the member in (E2). */
    default java.util.Set<String> segments() {
        return java.util.Set.of();
    }

    /** Where the order ships to (a country code or a zone the host names), if anywhere. */
    default Optional<String> shipTo() {
        return Optional.empty();
    }

    /** Units of the lines the voucher's line restrictions admit. */
    default long eligibleUnits() {
        return 0;
    }

    /** Redemptions of this code so far (0 for an automatic promotion). */
    int usesOfCode();

    /** P10: the program's calendars, for blackouts that name one. */
    default dev.rewards.calendar.Calendars calendars() {
        return dev.rewards.calendar.Calendars.NONE;
    }

    /** Redemptions of this campaign by this member so far. */
    int usesByMember();

    /** D8: what the campaign has used of its budget so far, across members (none when it has no budget). */
    default CampaignUsage campaignUsage() {
        return CampaignUsage.none("");
    }
}
