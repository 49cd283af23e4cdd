package dev.rewards.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.program.Occasion;
import dev.rewards.program.OccasionBonus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** L5 in program JSON: {@code accounts.occasionBonuses}, each {@code {"id", "occasion": "BIRTHDAY", "points", "voucherCampaign"}}. */
final class OccasionJson {
    private OccasionJson() {
    }

    static List<OccasionBonus> read(JsonIn in) {
        List<OccasionBonus> out = new ArrayList<>();
        for (JsonIn b : in.array("occasionBonuses")) {
            if (!b.isObject("an occasion bonus object")) continue;
            b.allowOnly("id", "occasion", "points", "voucherCampaign", "years");
            String id = b.string("id");
            Occasion.Kind occasion = b.enumValue("occasion", Occasion.Kind.class, null);
            if (!b.has("occasion")) b.problem(b.at("occasion"), dev.rewards.internal.Messages.required());
            Long points = b.integer("points", 0);
            String voucher = b.string("voucherCampaign");
            Integer years = b.has("years") ? b.count("years", 0) : null;
            OccasionBonus built = occasion == null || points == null || b.has("years") && years == null ? null
                    : b.build(() -> new OccasionBonus(id, occasion, points, Optional.ofNullable(voucher),
                    years == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(years)));
            if (built != null) out.add(built);
        }
        return out;
    }

    static ArrayNode write(List<OccasionBonus> bonuses) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (OccasionBonus b : bonuses) {
            ObjectNode n = a.addObject().put("id", b.id()).put("occasion", b.occasion().name());
            if (b.points() > 0) n.put("points", b.points());
            b.voucherCampaign().ifPresent(c -> n.put("voucherCampaign", c));
            b.years().ifPresent(y -> n.put("years", y));
        }
        return a;
    }
}
