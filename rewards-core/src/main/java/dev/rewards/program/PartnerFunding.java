package dev.rewards.program;

import dev.rewards.InvalidProgramException;
import dev.rewards.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * E6: what partners fund. For each earn rule or voucher campaign named, the percentage of what it
 * gives on a line (points, or the discount) that the line's partner (its {@code vendor}) funds; the
 * programme funds the rest, and all of what falls on lines without a partner. JSON:
 * {@code "partnerFunding": {"shell-double-points": "50", "shell-10-off": "100"}}. The shares are
 * reported per rule and partner in simulation figures ({@code dev.rewards.simulation.PartnerShares}).
 *
 * <p>Immutable and thread-safe.
 */
public record PartnerFunding(Map<String, BigDecimal> percentByRule) {
    /** Partners fund nothing. */
    public static final PartnerFunding NONE = new PartnerFunding(Map.of());

    public PartnerFunding {
        percentByRule = percentByRule == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(percentByRule));
        Checks checks = Checks.start();
        percentByRule.forEach((id, pct) -> {
            if (checks.present(pct, id)) {
                checks.require(pct.signum() > 0 && pct.compareTo(BigDecimal.valueOf(100)) <= 0, id, "must be above 0 and at most 100 percent, was "
                        + pct.toPlainString());
            }
        });
        checks.throwIfAny(InvalidProgramException::new);
    }

    /** {@code "50"} percent of each of these rules or campaigns, by id. */
    public static PartnerFunding of(Map<String, String> percentByRule) {
        Map<String, BigDecimal> out = new TreeMap<>();
        percentByRule.forEach((k, v) -> out.put(k, new BigDecimal(v)));
        return new PartnerFunding(out);
    }

    /** The partner's percentage of the rule's or campaign's cost; empty when the programme funds all of it. */
    public Optional<BigDecimal> percent(String ruleOrCampaignId) {
        return Optional.ofNullable(percentByRule.get(ruleOrCampaignId));
    }

    public boolean isNone() {
        return percentByRule.isEmpty();
    }
}
