package dev.rewards.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.money.Money;
import dev.rewards.program.PointsConversion;
import dev.rewards.voucher.Stacking;
import java.util.Currency;
import java.util.Optional;

/**
 * P8, L9 in program JSON: {@code accounts.conversion}, {@code {"pointsPerUnit", "unitValue",
 * "minimumPoints", "maximumValue", "block", "checkout": "COMBINABLE", "paidWithPointsEarns": false}}.
 */
final class ConversionJson {
    private ConversionJson() {
    }

    static Optional<PointsConversion> read(JsonIn in, Currency currency) {
        return in.object("conversion").map(c -> {
            c.allowOnly("pointsPerUnit", "unitValue", "minimumPoints", "maximumValue", "block", "checkout", "paidWithPointsEarns");
            Long per = c.requiredInteger("pointsPerUnit");
            Money unit = ProgramJson.money(c, "unitValue", currency);
            Long min = c.integer("minimumPoints", 0);
            Money max = ProgramJson.money(c, "maximumValue", currency);
            Long block = c.integer("block", 1);
            Stacking checkout = c.enumValue("checkout", Stacking.class, Stacking.COMBINABLE);
            Boolean earns = c.bool("paidWithPointsEarns", false);
            return per == null || min == null || block == null || checkout == null || earns == null ? null
                    : c.build(() -> new PointsConversion(per, unit, min, max, block, checkout, earns));
        });
    }

    static void write(ObjectNode accounts, PointsConversion c) {
        ObjectNode n = accounts.putObject("conversion").put("pointsPerUnit", c.pointsPerUnit())
                .put("unitValue", c.unitValue().amount().toPlainString()).put("minimumPoints", c.minimumPoints())
                .put("maximumValue", c.maximumValue().amount().toPlainString());
        if (c.block() > 1) n.put("block", c.block());
        if (c.checkout() != Stacking.COMBINABLE) n.put("checkout", c.checkout().name());
        if (c.paidWithPointsEarns()) n.put("paidWithPointsEarns", true);
    }
}
