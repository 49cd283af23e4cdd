package dev.rewards.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.program.AccountPolicy.Period;
import dev.rewards.program.Challenge;
import dev.rewards.program.Milestone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** E1, E7, L6, V8 in program JSON: {@code accounts.challenges} and {@code accounts.milestones}, each with an optional {@code voucherCampaign}. */
final class EngagementJson {
    private EngagementJson() {
    }

    static List<Challenge> challenges(JsonIn in) {
        List<Challenge> challenges = new ArrayList<>();
        for (JsonIn c : in.array("challenges")) {
            if (!c.isObject("a challenge object")) continue;
            c.allowOnly("id", "action", "count", "period", "badge", "points", "categories", "voucherCampaign");
            String id = c.string("id");
            String action = c.string("action");
            Integer count = c.count("count", 0);
            Period period = c.enumValue("period", Period.class, null);
            String badge = c.string("badge");
            Long points = c.integer("points", 0);
            java.util.Set<String> categories = c.strings("categories");
            String voucher = c.string("voucherCampaign");
            Challenge ch = count == null || points == null ? null
                    : c.build(() -> new Challenge(id, action, count, period, badge, points, categories, Optional.ofNullable(voucher)));
            if (ch != null) challenges.add(ch);
        }
        return challenges;
    }

    static List<Milestone> milestones(JsonIn in) {
        List<Milestone> milestones = new ArrayList<>();
        for (JsonIn m : in.array("milestones")) {
            if (!m.isObject("a milestone object")) continue;
            m.allowOnly("id", "counting", "count", "points", "voucherCampaign");
            String id = m.string("id");
            Milestone.Counting counting = m.enumValue("counting", Milestone.Counting.class, null);
            Integer count = m.count("count", 0);
            String voucher = m.string("voucherCampaign");
            Long points = voucher == null ? m.requiredInteger("points") : m.integer("points", 0);
            Milestone built = count == null || points == null ? null
                    : m.build(() -> new Milestone(id, counting, count, points, Optional.ofNullable(voucher)));
            if (built != null) milestones.add(built);
        }
        return milestones;
    }

    static void writeChallenges(ObjectNode o, List<Challenge> challenges) {
        if (!challenges.isEmpty()) {
            ArrayNode a = o.putArray("challenges");
            challenges.forEach(c -> {
                ObjectNode n = a.addObject().put("id", c.id()).put("action", c.action()).put("count", c.count())
                        .put("period", c.period().name()).put("badge", c.badge()).put("points", c.points());
                if (!c.categories().isEmpty()) c.categories().forEach(n.putArray("categories")::add);
                c.voucherCampaign().ifPresent(v -> n.put("voucherCampaign", v));
            });
        }
    }

    static void writeMilestones(ObjectNode o, List<Milestone> milestones) {
        if (!milestones.isEmpty()) {
            ArrayNode a = o.putArray("milestones");
            milestones.forEach(m -> {
                ObjectNode n = a.addObject().put("id", m.id()).put("counting", m.counting().name()).put("count", m.count()).put("points", m.points());
                m.voucherCampaign().ifPresent(v -> n.put("voucherCampaign", v));
            });
        }
    }
}
