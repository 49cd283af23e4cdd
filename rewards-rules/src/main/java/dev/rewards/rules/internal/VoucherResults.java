package dev.rewards.rules.internal;

import dev.rewards.money.Money;
import dev.rewards.outcome.Allocation;
import dev.rewards.reason.Reason;
import dev.rewards.outcome.VoucherResult;
import dev.rewards.transaction.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns a settled {@link VoucherFact} into the {@link VoucherResult} of the outcome, with its one-line summary. */
final class VoucherResults {
    private VoucherResults() {
    }

    static VoucherResult of(VoucherFact v, List<Line> lines, Currency currency) {
        Money zero = Money.zero(currency);
        String benefit = v.campaign == null ? "unknown" : v.kind.type(v.campaign.benefit());
        Optional<String> campaignId = v.campaign == null ? Optional.empty() : Optional.of(v.campaign.id());
        if (!v.applied || !v.accepted()) {
            String why = v.reasons.stream().map(Reason::message).collect(Collectors.joining("; "));
            return new VoucherResult(v.code, campaignId, benefit, false, zero, List.of(), zero, Optional.empty(), Optional.empty(),
                    v.reasons, "rejected: " + why);
        }
        List<Allocation> allocation = new ArrayList<>();
        BigDecimal onLines = BigDecimal.ZERO;
        for (int l = 0; l < lines.size(); l++) {
            if (v.byLine[l].signum() == 0) continue;
            allocation.add(new Allocation(lines.get(l).id(), Discounts.money(v.byLine[l], currency)));
            onLines = onLines.add(v.byLine[l]);
        }
        Money shipping = Discounts.money(v.shipping, currency);
        Money amount = Discounts.money(onLines, currency).plus(shipping);
        Optional<Money> balanceAfter = v.balance().flatMap(b -> v.kind.balanceAfter(b, amount));
        Optional<String> reward = v.kind.reward();
        String where = allocation.isEmpty() ? "" : (allocation.size() == 1 ? " on line " : " on lines ") + allocation.stream().map(Allocation::lineId).collect(Collectors.joining(", "));
        String summary = v.kind.summary(amount, where, balanceAfter);
        return new VoucherResult(v.code, campaignId, benefit, true, amount, allocation, shipping, balanceAfter, reward, List.of(), summary);
    }
}
