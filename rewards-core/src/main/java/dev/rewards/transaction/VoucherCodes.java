package dev.rewards.transaction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Voucher codes as people type them and as logs may show them (S1). Codes compare after
 * {@link #normalize}: trimmed and upper-cased, so {@code brew-7kq2} is {@code BREW-7KQ2}. A code is
 * never written in full to a log or an explanation: {@link #mask} keeps the separators and the last
 * two characters.
 */
public final class VoucherCodes {
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,63}");

    private VoucherCodes() {
    }

    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** 3 to 64 letters, digits, '-' or '_' (after {@link #normalize}), starting with a letter or digit. */
    public static boolean isWellFormed(String code) {
        return code != null && WELL_FORMED.matcher(normalize(code)).matches();
    }

    public static String malformed() {
        return "must be 3 to 64 letters, digits, '-' or '_', starting with a letter or digit";
    }

    /** {@code BREW-7KQ2-M9XD} becomes {@code ****-****-**XD}; codes of 4 characters or fewer are masked whole. */
    public static String mask(String code) {
        if (code == null) return "null";
        String c = normalize(code);
        int keep = c.length() > 4 ? 2 : 0;
        StringBuilder out = new StringBuilder(c.length());
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            out.append(i >= c.length() - keep || ch == '-' || ch == '_' ? ch : '*');
        }
        return out.toString();
    }
}
