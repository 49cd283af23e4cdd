package dev.rewards.simulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rewards.money.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The simulator's figures as a text table, as JSON, or as a self-contained HTML page with its charts
 * drawn in inline SVG (no script, no network at view time). With a second program's figures, each
 * figure side by side with the difference, and the members whose points change most.
 */
public final class Report {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Figures a;
    private final Optional<Figures> b;

    public Report(Figures a, Optional<Figures> b) {
        this.a = a;
        this.b = b;
    }

    /** What more of a figure means for the shop: a cost (red when it goes up), a gain (green), or neither. */
    private enum More { COST, GAIN, NEUTRAL }

    /** A figure of both programs, and what more of it means. */
    private record Row(String name, String a, String b, String diff, More more) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        row(rows, "purchases", More.GAIN, a.purchases(), b.map(Figures::purchases));
        row(rows, "members", More.GAIN, a.members(), b.map(f -> (long) f.members()));
        row(rows, "refunds", More.NEUTRAL, a.refunds(), b.map(Figures::refunds));
        money(rows, "spend", More.GAIN, a.spend(), b.map(Figures::spend));
        row(rows, "points issued", More.COST, a.pointsIssued(), b.map(Figures::pointsIssued));
        row(rows, "points redeemed", More.NEUTRAL, a.pointsRedeemed(), b.map(Figures::pointsRedeemed));
        row(rows, "points expired", More.NEUTRAL, a.pointsExpired(), b.map(Figures::pointsExpired));
        row(rows, "points reversed", More.NEUTRAL, a.pointsReversed(), b.map(Figures::pointsReversed));
        row(rows, "points outstanding", More.COST, a.pointsOutstanding(), b.map(Figures::pointsOutstanding));
        money(rows, "liability (outstanding)", More.COST, a.liability(), b.map(Figures::liability));
        money(rows, "cashback cost", More.COST, a.cashback(), b.map(Figures::cashback));
        money(rows, "cashback held (store credit)", More.COST, a.cashbackHeld(), b.map(Figures::cashbackHeld));
        money(rows, "discount cost", More.COST, a.discounts(), b.map(Figures::discounts));
        money(rows, "paid with gift vouchers", More.NEUTRAL, a.paidWithVouchers(), b.map(Figures::paidWithVouchers));
        money(rows, "value given back", More.COST, a.rewardedValue(), b.map(Figures::rewardedValue));
        rows.add(new Row("share of spend given back", percent(a.shareOfSpendRewarded()), b.map(f -> percent(f.shareOfSpendRewarded())).orElse(""),
                b.map(f -> String.format(Locale.ROOT, "%+.2f pt", 100 * (f.shareOfSpendRewarded() - a.shareOfSpendRewarded()))).orElse(""),
                More.COST));
        return rows;
    }

    private static void row(List<Row> rows, String name, More more, long x, Optional<Long> y) {
        rows.add(new Row(name, String.format(Locale.ROOT, "%,d", x), y.map(v -> String.format(Locale.ROOT, "%,d", v)).orElse(""),
                y.map(v -> String.format(Locale.ROOT, "%+,d", v - x)).orElse(""), more));
    }

    private static void money(List<Row> rows, String name, More more, Money x, Optional<Money> y) {
        rows.add(new Row(name, x.toString(), y.map(Money::toString).orElse(""), y.map(v -> signed(v.minus(x))).orElse(""), more));
    }

    private static String signed(Money m) {
        return (m.isNegative() ? "" : "+") + m;
    }

    private static String percent(double d) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * d);
    }

    /** Members whose points differ most between the two programs: id to (points under a, points under b). */
    public Map<String, long[]> mostAffected(int n) {
        Map<String, long[]> out = new LinkedHashMap<>();
        if (b.isEmpty()) return out;
        TreeSet<String> ids = new TreeSet<>(a.pointsByMember().keySet());
        ids.addAll(b.get().pointsByMember().keySet());
        ids.stream().map(id -> new Object[] {id, a.pointsByMember().getOrDefault(id, 0L), b.get().pointsByMember().getOrDefault(id, 0L)})
                .sorted((x, y) -> Long.compare(Math.abs((long) y[2] - (long) y[1]), Math.abs((long) x[2] - (long) x[1])))
                .limit(n).forEach(x -> out.put((String) x[0], new long[] {(long) x[1], (long) x[2]}));
        return out;
    }

    public String text() {
        StringBuilder t = new StringBuilder();
        List<Row> rows = rows();
        int w = rows.stream().mapToInt(r -> r.name().length()).max().orElse(10) + 2;
        int c = Math.max(a.program().length(), rows.stream().mapToInt(r -> r.a().length()).max().orElse(10)) + 2;
        t.append(pad("", w)).append(pad(a.program(), c));
        b.ifPresent(f -> t.append(pad(f.program(), c)).append("difference"));
        t.append('\n');
        for (Row r : rows) {
            t.append(pad(r.name(), w)).append(pad(r.a(), c));
            if (b.isPresent()) t.append(pad(r.b(), c)).append(r.diff());
            t.append('\n');
        }
        t.append("\nPoints by rule (").append(a.program()).append(")\n");
        a.pointsByRule().forEach((rule, p) -> t.append("  ").append(pad(rule, w)).append(String.format(Locale.ROOT, "%,d", p)).append('\n'));
        if (!a.partnerPoints().isEmpty() || !a.partnerDiscounts().isEmpty()) {
            t.append("\nPartner funding (E6): points and discount by rule and funder\n");
            a.partnerPoints().forEach((rule, by) -> by.forEach((f, n) -> t.append("  ").append(pad(rule, w)).append(pad(f, w))
                    .append(String.format(Locale.ROOT, "%,d points", n)).append('\n')));
            a.partnerDiscounts().forEach((campaign, by) -> by.forEach((f, m) -> t.append("  ").append(pad(campaign, w)).append(pad(f, w)).append(m).append('\n')));
        }
        if (!a.cashbackByRule().isEmpty()) {
            t.append("\nCashback by rule\n");
            a.cashbackByRule().forEach((rule, m) -> t.append("  ").append(pad(rule, w)).append(m).append('\n'));
        }
        if (!a.campaigns().isEmpty()) {
            t.append("\nVoucher campaigns: issued, redeemed, presented, applied, redemption rate (redeemed / issued, or applied / presented"
                    + " for a public code), amount\n");
            a.campaigns().forEach((id, k) -> t.append("  ").append(pad(id, w)).append(String.format(Locale.ROOT, "%,d  %,d  %,d  %,d  %.1f%%  %s%n",
                    k.issued(), k.redeemed(), k.presented(), k.applied(), 100 * k.rate(), k.amount())));
        }
        t.append("\nTiers at the end of each month\n");
        a.tiersByMonth().forEach((m, tiers) -> t.append("  ").append(m).append("  ").append(tiers).append('\n'));
        t.append("\nTop members by points\n");
        for (Figures.TopMember m : a.topMembers()) {
            t.append("  ").append(pad(m.memberId(), 12)).append(String.format(Locale.ROOT, "%,10d points  %s spent%n", m.points(), m.spend()));
        }
        Map<String, long[]> affected = mostAffected(10);
        if (!affected.isEmpty()) {
            t.append("\nMembers most affected (points under each program)\n");
            affected.forEach((id, p) -> t.append("  ").append(pad(id, 12)).append(String.format(Locale.ROOT, "%,10d -> %,d (%+,d)%n", p[0], p[1], p[1] - p[0])));
        }
        return t.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s + " " : s + " ".repeat(w - s.length());
    }

    public ObjectNode json() {
        ObjectNode o = F.objectNode();
        o.set("program", figures(a));
        b.ifPresent(f -> {
            o.set("compare", figures(f));
            ArrayNode affected = o.putArray("mostAffected");
            mostAffected(10).forEach((id, p) -> affected.addObject().put("memberId", id).put("points", p[0]).put("comparePoints", p[1]));
        });
        return o;
    }

    private static ObjectNode figures(Figures f) {
        ObjectNode o = F.objectNode().put("program", f.program()).put("purchases", f.purchases()).put("events", f.events())
                .put("refunds", f.refunds()).put("redemptions", f.redemptions()).put("members", f.members())
                .put("currency", f.spend().currency().getCurrencyCode()).put("spend", f.spend().amount().toPlainString())
                .put("pointsIssued", f.pointsIssued()).put("pointsRedeemed", f.pointsRedeemed()).put("pointsExpired", f.pointsExpired())
                .put("pointsReversed", f.pointsReversed()).put("pointsOutstanding", f.pointsOutstanding())
                .put("liability", f.liability().amount().toPlainString()).put("cashback", f.cashback().amount().toPlainString())
                .put("cashbackHeld", f.cashbackHeld().amount().toPlainString())
                .put("discounts", f.discounts().amount().toPlainString()).put("paidWithVouchers", f.paidWithVouchers().amount().toPlainString())
                .put("valueGivenBack", f.rewardedValue().amount().toPlainString()).put("shareOfSpendGivenBack", f.shareOfSpendRewarded());
        ObjectNode rules = o.putObject("pointsByRule");
        f.pointsByRule().forEach(rules::put);
        ObjectNode cash = o.putObject("cashbackByRule");
        f.cashbackByRule().forEach((k, v) -> cash.put(k, v.amount().toPlainString()));
        if (!f.partnerPoints().isEmpty()) f.partnerPoints().forEach((rule, by) -> by.forEach(o.withObject("/partnerPoints").putObject(rule)::put));
        f.partnerDiscounts().forEach((c, by) -> {
            ObjectNode n = o.withObject("/partnerDiscounts").putObject(c);
            by.forEach((funder, m) -> n.put(funder, m.amount().toPlainString()));
        });
        ObjectNode campaigns = o.putObject("campaigns");
        f.campaigns().forEach((k, v) -> campaigns.putObject(k).put("issued", v.issued()).put("redeemed", v.redeemed()).put("presented", v.presented()).put("applied", v.applied()).put("rate", v.rate())
                .put("amount", v.amount().amount().toPlainString()));
        ObjectNode tiers = o.putObject("tiersByMonth");
        f.tiersByMonth().forEach((m, t) -> {
            ObjectNode n = tiers.putObject(m);
            t.forEach(n::put);
        });
        ArrayNode top = o.putArray("topMembers");
        f.topMembers().forEach(m -> top.addObject().put("memberId", m.memberId()).put("points", m.points()).put("spend", m.spend().amount().toPlainString()));
        return o;
    }

    /** One HTML page, styles inline, charts as inline SVG: opens offline, prints well. */
    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Simulation: ")
                .append(esc(a.program())).append("</title>\n<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1000px;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:right}"
                        + "td:first-child,th:first-child{text-align:left}h2{margin-top:2em}.bad{color:#b00;font-weight:600}.good{color:#070}"
                        + "svg{max-width:100%;height:auto}svg text{font-family:system-ui,sans-serif}</style></head><body>\n");
        h.append("<h1>Simulation of ").append(esc(a.program())).append(b.map(f -> " against " + esc(f.program())).orElse("")).append("</h1>\n");
        h.append("<table><tr><th></th><th>").append(esc(a.program())).append("</th>");
        b.ifPresent(f -> h.append("<th>").append(esc(f.program())).append("</th><th>difference</th>"));
        h.append("</tr>\n");
        for (Row r : rows()) {
            h.append("<tr><td>").append(esc(r.name())).append("</td><td>").append(esc(r.a())).append("</td>");
            if (b.isPresent()) {
                boolean up = r.diff().startsWith("+") && !r.diff().matches("\\+0(\\.0+)?( .*)?");
                boolean down = r.diff().startsWith("-");
                // a cost going up is bad (red) and going down good (green); anything else the other way round
                String cls = !up && !down || r.more() == More.NEUTRAL ? "" : up == (r.more() == More.COST) ? "bad" : "good";
                h.append("<td>").append(esc(r.b())).append("</td><td class=\"").append(cls).append("\">").append(esc(r.diff())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (b.isPresent()) h.append("<p>Differences: <span class=\"bad\">red</span> costs the shop more, <span class=\"good\">green</span> less.</p>\n");
        for (Figures f : b.isPresent() ? List.of(a, b.get()) : List.of(a)) {
            String of = b.isPresent() ? ": " + esc(f.program()) : "";
            h.append("<h2>Points by rule").append(of).append("</h2>\n").append(bars(f.pointsByRule()));
            h.append("<h2>Members per tier at the end of each month").append(of).append("</h2>\n").append(stacked(f.tiersByMonth()));
        }
        if (!a.campaigns().isEmpty()) {
            h.append("<h2>Voucher campaigns</h2>\n<table><tr><th>campaign</th><th>issued</th><th>redeemed</th><th>presented</th><th>applied</th><th>rate</th>"
                    + "<th>amount</th></tr>\n");
            a.campaigns().forEach((id, k) -> h.append("<tr><td>").append(esc(id)).append("</td><td>").append(k.issued()).append("</td><td>")
                    .append(k.redeemed()).append("</td><td>").append(k.presented()).append("</td><td>")
                    .append(k.applied()).append("</td><td>").append(String.format(Locale.ROOT, "%.1f%%", 100 * k.rate())).append("</td><td>")
                    .append(esc(k.amount().toString())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        h.append("<h2>Top members by points</h2>\n<table><tr><th>member</th><th>points</th><th>spend</th></tr>\n");
        a.topMembers().forEach(m -> h.append("<tr><td>").append(esc(m.memberId())).append("</td><td>").append(m.points()).append("</td><td>")
                .append(esc(m.spend().toString())).append("</td></tr>\n"));
        h.append("</table>\n");
        Map<String, long[]> affected = mostAffected(10);
        if (!affected.isEmpty()) {
            h.append("<h2>Members most affected</h2>\n<table><tr><th>member</th><th>").append(esc(a.program())).append("</th><th>")
                    .append(esc(b.get().program())).append("</th><th>difference</th></tr>\n");
            affected.forEach((id, p) -> h.append("<tr><td>").append(esc(id)).append("</td><td>").append(p[0]).append("</td><td>").append(p[1])
                    .append("</td><td>").append(String.format(Locale.ROOT, "%+d", p[1] - p[0])).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    /** Horizontal bars, one per rule, labelled with the rule and its points; negative (reversed) points in red. */
    private static String bars(Map<String, Long> values) {
        long max = Math.max(1, values.values().stream().mapToLong(Math::abs).max().orElse(1));
        int label = 16 + 8 * values.keySet().stream().mapToInt(String::length).max().orElse(8);
        int barMax = 420;
        int rowH = 22;
        int width = label + barMax + 110;
        int height = values.size() * rowH + 40;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>Points by rule</title>");
        int y = 5;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            long w = Math.abs(e.getValue()) * barMax / max;
            s.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 15).append("\" font-size=\"13\" text-anchor=\"end\">")
                    .append(esc(e.getKey())).append("</text>");
            s.append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"15\" fill=\"")
                    .append(e.getValue() < 0 ? "#c55" : "#4a7").append("\"/>");
            s.append("<text x=\"").append(label + w + 5).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                    .append(String.format(Locale.ROOT, "%,d", e.getValue())).append("</text>");
            y += rowH;
        }
        // the axis: points, from 0 to the largest
        s.append("<line x1=\"").append(label).append("\" y1=\"").append(y + 2).append("\" x2=\"").append(label + barMax).append("\" y2=\"")
                .append(y + 2).append("\" stroke=\"#888\"/>");
        s.append("<text x=\"").append(label).append("\" y=\"").append(y + 16).append("\" font-size=\"11\">0</text>");
        s.append("<text x=\"").append(label + barMax).append("\" y=\"").append(y + 16).append("\" font-size=\"11\" text-anchor=\"end\">")
                .append(String.format(Locale.ROOT, "%,d points", max)).append("</text>");
        return s.append("</svg>\n").toString();
    }

    /** Members per tier at each month's end, stacked in tier order (lowest at the bottom), with a counted axis and a legend. */
    private static String stacked(Map<String, Map<String, Integer>> byMonth) {
        java.util.Set<String> tiers = new java.util.LinkedHashSet<>();
        byMonth.values().forEach(m -> tiers.addAll(m.keySet()));
        String[] colours = {"#bbb", "#9bc", "#db4", "#a8d", "#7b7", "#e97"};
        Map<String, String> colour = new LinkedHashMap<>();
        int i = 0;
        for (String t : tiers) colour.put(t, colours[i++ % colours.length]);
        int n = Math.max(1, byMonth.size());
        int barW = Math.max(8, Math.min(40, 640 / n));
        int max = Math.max(1, byMonth.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1));
        int left = 60;
        int top = 10;
        int plotH = 200;
        int legendX = left + n * (barW + 4) + 20;
        int legendW = 20 + 8 * tiers.stream().mapToInt(String::length).max().orElse(6);
        int width = legendX + legendW;
        int height = top + plotH + 70;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>Members per tier at the end of each month</title>");
        // the axis: members, 0, half and the most
        for (int v : new int[] {0, max / 2, max}) {
            int y = top + plotH - v * plotH / max;
            s.append("<line x1=\"").append(left - 4).append("\" y1=\"").append(y).append("\" x2=\"").append(legendX - 20).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#ddd\"/><text x=\"").append(left - 8).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"11\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%,d", v)).append("</text>");
        }
        s.append("<text x=\"12\" y=\"").append(top + plotH / 2).append("\" font-size=\"11\" transform=\"rotate(-90 12 ").append(top + plotH / 2)
                .append(")\" text-anchor=\"middle\">members</text>");
        int x = left;
        int every = Math.max(1, (n + 11) / 12);
        int k = 0;
        for (Map.Entry<String, Map<String, Integer>> m : byMonth.entrySet()) {
            int y = top + plotH;
            for (String t : tiers) {
                int h = m.getValue().getOrDefault(t, 0) * plotH / max;
                y -= h;
                s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(barW).append("\" height=\"").append(h)
                        .append("\" fill=\"").append(colour.get(t)).append("\"><title>").append(esc(m.getKey() + " " + t + ": " + m.getValue().getOrDefault(t, 0)))
                        .append("</title></rect>");
            }
            if (k++ % every == 0) {
                int ly = top + plotH + 14;
                s.append("<text x=\"").append(x + barW / 2).append("\" y=\"").append(ly).append("\" font-size=\"10\" text-anchor=\"end\" transform=\"rotate(-45 ")
                        .append(x + barW / 2).append(" ").append(ly).append(")\">").append(esc(m.getKey())).append("</text>");
            }
            x += barW + 4;
        }
        int ly = top + 12;
        // the legend, highest tier on top like the stacks
        List<Map.Entry<String, String>> legend = new ArrayList<>(colour.entrySet());
        java.util.Collections.reverse(legend);
        for (Map.Entry<String, String> c : legend) {
            s.append("<rect x=\"").append(legendX).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" fill=\"").append(c.getValue())
                    .append("\"/><text x=\"").append(legendX + 18).append("\" y=\"").append(ly).append("\" font-size=\"12\">").append(esc(c.getKey())).append("</text>");
            ly += 18;
        }
        return s.append("</svg>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
