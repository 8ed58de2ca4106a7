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
        if (isNormalized(narrative)) {
            return narrative;
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

    /** Phrases in profiles are usually written normalised already: lower-case ASCII words with single spaces. */
    private static boolean isNormalized(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ';' || c == '-';
            if (!word && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
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
