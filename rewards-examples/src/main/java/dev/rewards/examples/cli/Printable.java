package dev.rewards.examples.cli;

/** Text from the input (ids, messages quoting them) made safe to print on one line of the tool's output. */
final class Printable {
    private Printable() {
    }

    /** Control characters written as escapes, so that no id can start a line of its own and pass for the tool's. */
    static String printable(String s) {
        if (s == null) return "null";
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\n') out.append("\\n");
            else if (c == '\r') out.append("\\r");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
