package dev.rewards.internal;

/** Text that came in as data, made safe to print on one line of a report. */
public final class Text {
    private Text() {
    }

    /**
     * The text with every control character written as an escape ({@code \n}, {@code \r}, {@code \t},
     * {@code \u0007}, ...), so that an id carrying a newline cannot start a line of its own in a
     * report or a log and pass for something the library wrote.
     */
    public static String printable(String s) {
        if (s == null) return "null";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? s : out.toString();
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    public static String ordinal(int n) {
        int teen = n % 100;
        String suffix = teen >= 11 && teen <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
