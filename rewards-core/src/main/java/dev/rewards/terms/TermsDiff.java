package dev.rewards.terms;

import dev.rewards.program.Program;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * PR5: what changes for customers between two versions of a program, in plain language, for
 * announcing the change. Read from the two programs' {@link Terms}, so it says what the terms say and
 * cannot drift from the rules: each statement of the new terms that the old ones did not make is
 * new, each one they no longer make is gone, and a statement that was reworded (the same tier row,
 * or mostly the same words: a rate, a threshold, a date changed) is one change, shown before and
 * after. Sections keep the terms' order. Stateless; thread-safe.
 */
public final class TermsDiff {
    /** One change, in the section of the terms it belongs to. */
    public record Change(String section, Kind kind, Optional<String> before, Optional<String> after) {
        public enum Kind { ADDED, REMOVED, CHANGED }

        public Change {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(kind, "kind");
            before = before == null ? Optional.empty() : before;
            after = after == null ? Optional.empty() : after;
        }

        /** The change as one line of Markdown. */
        public String sentence() {
            return switch (kind) {
                case ADDED -> "New: " + after.orElse("");
                case REMOVED -> "No longer: " + before.orElse("");
                case CHANGED -> "Now: " + after.orElse("") + " (before: " + before.orElse("") + ")";
            };
        }
    }

    private TermsDiff() {
    }

    /** Every change from {@code before} to {@code after}, section by section; empty when the terms read the same. */
    public static List<Change> between(Program before, Program after) {
        Map<String, List<Statement>> old = statements(Terms.markdown(before));
        Map<String, List<Statement>> now = statements(Terms.markdown(after));
        List<String> sections = new ArrayList<>(now.keySet());
        for (String s : old.keySet()) if (!sections.contains(s)) sections.add(s);
        List<Change> changes = new ArrayList<>();
        for (String section : sections) changes.addAll(compare(section, old.getOrDefault(section, List.of()), now.getOrDefault(section, List.of())));
        return changes;
    }

    /** The changes as Markdown, for a notice to members. */
    public static String markdown(Program before, Program after) {
        List<Change> changes = between(before, after);
        StringBuilder md = new StringBuilder("# ").append(after.id()).append(": what changes from version ").append(before.version())
                .append(" to version ").append(after.version()).append("\n\n");
        if (changes.isEmpty()) return md.append("Nothing changes for members: both versions' terms say the same.\n").toString();
        md.append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append(" for members.\n");
        String section = null;
        for (Change c : changes) {
            if (!c.section().equals(section)) {
                section = c.section();
                md.append("\n## ").append(section).append("\n\n");
            }
            md.append("- ").append(c.sentence()).append('\n');
        }
        return md.toString();
    }

    /** A statement of the terms; a table row carries its first cell as its key (the tier, the campaign). */
    record Statement(Optional<String> key, String text) {
    }

    private static List<Change> compare(String section, List<Statement> old, List<Statement> now) {
        List<Statement> gone = new ArrayList<>(old);
        List<Statement> added = new ArrayList<>();
        for (Statement s : now) if (!gone.remove(s)) added.add(s);
        List<Change> changes = new ArrayList<>();
        List<Statement> unmatched = new ArrayList<>(gone);
        for (Statement a : added) {
            Statement best = null;
            double score = 0;
            for (Statement g : unmatched) {
                double x = likeness(g, a);
                if (x > score) {
                    score = x;
                    best = g;
                }
            }
            if (best != null && score >= 0.5) {
                unmatched.remove(best);
                changes.add(new Change(section, Change.Kind.CHANGED, Optional.of(best.text()), Optional.of(a.text())));
            } else {
                changes.add(new Change(section, Change.Kind.ADDED, Optional.empty(), Optional.of(a.text())));
            }
        }
        for (Statement g : unmatched) changes.add(new Change(section, Change.Kind.REMOVED, Optional.of(g.text()), Optional.empty()));
        return changes;
    }

    /** 1 for the same row of a table (its first cell), else the share of words the two statements have in common. */
    static double likeness(Statement a, Statement b) {
        if (a.key().isPresent() || b.key().isPresent()) return a.key().equals(b.key()) ? 1 : 0;
        Set<String> x = words(a.text());
        Set<String> y = words(b.text());
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> all = new HashSet<>(x);
        all.addAll(y);
        return all.isEmpty() ? 0 : (double) both.size() / all.size();
    }

    private static Set<String> words(String s) {
        return new HashSet<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.%]+")));
    }

    /**
     * The terms as statements by section: each bullet, each sentence of a paragraph, each row of a
     * table (read as "first cell: header value, header value"); the title (which names the version)
     * is left out.
     */
    static Map<String, List<Statement>> statements(String markdown) {
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        String section = "General";
        String parent = null;
        List<String> header = null;
        for (String line : markdown.split("\n")) {
            String l = line.strip();
            if (l.startsWith("# ")) continue;
            if (l.startsWith("## ")) {
                section = parent = l.substring(3).strip();
                header = null;
                continue;
            }
            if (l.startsWith("### ")) {
                section = (parent == null ? "" : parent + ": ") + l.substring(4).strip();
                header = null;
                continue;
            }
            if (l.isEmpty()) {
                header = null;
                continue;
            }
            List<Statement> items = out.computeIfAbsent(section, k -> new ArrayList<>());
            if (l.startsWith("|")) {
                List<String> cells = cells(l);
                if (header == null) header = cells;
                else if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) items.add(row(header, cells));
            } else if (l.startsWith("- ") || l.startsWith("* ")) {
                items.add(new Statement(Optional.empty(), l.substring(2).strip()));
            } else {
                for (String sentence : l.split("(?<=[.!?])\\s+(?=[A-Z(])")) {
                    if (!sentence.isBlank()) items.add(new Statement(Optional.empty(), sentence.strip()));
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) r = r.substring(1);
        if (r.endsWith("|")) r = r.substring(0, r.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : r.split("\\|", -1)) cells.add(c.strip());
        return cells;
    }

    private static Statement row(List<String> header, List<String> cells) {
        String key = (header.isEmpty() ? "" : header.get(0) + " ") + (cells.isEmpty() ? "" : cells.get(0));
        StringBuilder s = new StringBuilder(key).append(": ");
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).isEmpty() || cells.get(i).equals("-")) continue;
            parts.add((i < header.size() ? header.get(i) + " " : "") + cells.get(i));
        }
        return new Statement(Optional.of(key), s.append(String.join(", ", parts)).toString());
    }
}
