package dev.legalbilling.rules.fact;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Small text helpers for rule files: the narrative normalisation every keyword rule relies on, and number formats
 * for finding messages. Stateless; thread-safe.
 *
 * <pre>{@code
 * then
 *     insert(Violation.onLine($l, $l.reference() + " bills " + Text.hours($excess) + " h above the cap, "
 *             + Text.amount($atStake) + " at stake."));
 * }</pre>
 */
public final class Text {
    private Text() {
    }

    /**
     * Normalises a narrative for phrase matching: lower case, every run of characters other than letters, digits,
     * {@code ;} and {@code -} replaced by one space, trimmed. {@code "Bates-stamp  documents; (draft) letter."}
     * becomes {@code "bates-stamp documents; draft letter"}.
     *
     * @param narrative any text, or null
     * @return the normalised text; {@code ""} for null
     */
    public static String normalize(String narrative) {
        if (narrative == null || narrative.isEmpty()) {
            return "";
        }
        String ascii = normalizeAscii(narrative);
        if (ascii != null) {
            return ascii;
        }
        String lower = narrative.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length();) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == ';' || cp == '-') {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(cp);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /**
     * The same normalisation in one pass for the usual narrative, all ASCII (for which lower-casing and "letter or
     * digit" are the plain ASCII ranges); returns the text itself when it is normalised already (phrases in profiles
     * usually are).
     *
     * @return the normalised text, or null when the text has a character outside ASCII (the general path handles it)
     */
    private static String normalizeAscii(String text) {
        int length = text.length();
        char[] out = null;
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ';' || c == '-';
            if (!word && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                word = true;
            }
            if (!word) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && n > 0) {
                if (out == null && text.charAt(n) != ' ') {
                    out = copyOf(text, n, length);
                }
                if (out != null) {
                    out[n] = ' ';
                }
                n++;
            }
            pendingSpace = false;
            if (out == null && (n != i || c != text.charAt(i))) {
                out = copyOf(text, n, length);
            }
            if (out != null) {
                out[n] = c;
            }
            n++;
        }
        if (out == null) {
            return n == length ? text : text.substring(0, n);
        }
        return new String(out, 0, n);
    }

    /** @return a buffer for the normalised text holding its first {@code n} characters, unchanged from the text */
    private static char[] copyOf(String text, int n, int length) {
        char[] out = new char[length];
        text.getChars(0, n, out, 0);
        return out;
    }

    /**
     * @param hours a number of hours (or units)
     * @return the number without trailing zeros but with at least one decimal: {@code 10.0}, {@code 0.25}
     */
    public static String hours(BigDecimal hours) {
        BigDecimal h = hours.stripTrailingZeros();
        return (h.scale() < 1 ? h.setScale(1) : h).toPlainString();
    }

    /**
     * @param amount an amount or rate
     * @return it with thousands separators, without trailing zeros beyond two decimals: {@code 1,234.50},
     *     {@code 450.00} (for 450.00000), {@code 0.105}
     */
    public static String amount(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        a = a.scale() < 2 ? a.setScale(2) : a;
        String plain = a.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (a.signum() < 0 ? "-" : "") + grouped + (dot < 0 ? "" : plain.substring(dot));
    }
}
