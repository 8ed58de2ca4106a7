package dev.legalbilling.benchmarks.baseline;

import java.util.List;
import java.util.Locale;

/**
 * Narrative text as the guideline rules compare it ({@code docs/guideline-pack-spec.md}, "Conventions").
 *
 * <p>A normalised narrative is lower case, with every run of characters other than letters, digits, {@code ;} and
 * {@code -} replaced by one space, and trimmed. A word is a maximal run of characters other than spaces and
 * {@code ;} in a normalised narrative that holds at least one letter or digit (spec clarification 1: {@code e-filing}
 * is one word, a lone {@code -} is none). Stateless and thread-safe.
 */
final class Narratives {
    private Narratives() {
    }

    /**
     * @param text any text, may be null
     * @return the normalised text; empty for null or text without letters, digits, {@code ;} or {@code -}
     */
    static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); ) {
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
     * @param normalised a normalised narrative
     * @param phrase a normalised phrase
     * @return true when the phrase occurs in the narrative after the start or a space, and before the end, a space
     *     or a {@code ;}
     */
    static boolean matches(String normalised, String phrase) {
        int from = 0;
        while (true) {
            int at = normalised.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || normalised.charAt(at - 1) == ' ';
            boolean endOk = end == normalised.length() || normalised.charAt(end) == ' '
                    || normalised.charAt(end) == ';';
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /**
     * @param normalised a normalised narrative
     * @param phrases normalised phrases
     * @return true when any of the phrases {@linkplain #matches(String, String) matches}
     */
    static boolean matchesAny(String normalised, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            if (matches(normalised, phrases.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param normalised a normalised narrative
     * @return the number of words (runs of characters other than space and {@code ;} with a letter or digit)
     */
    static int wordCount(String normalised) {
        return wordCount(normalised, 0, normalised.length());
    }

    /**
     * Counts the {@code ;}-separated segments that have at least two words: the tasks of a block-billed entry.
     *
     * @param normalised a normalised narrative
     * @return the number of segments with two or more words
     */
    static int taskCount(String normalised) {
        int tasks = 0;
        int start = 0;
        while (start <= normalised.length()) {
            int end = normalised.indexOf(';', start);
            if (end < 0) {
                end = normalised.length();
            }
            if (wordCount(normalised, start, end) >= 2) {
                tasks++;
            }
            start = end + 1;
        }
        return tasks;
    }

    /** Counts the runs of characters other than space and {@code ;} that hold a letter or digit. */
    private static int wordCount(String s, int from, int to) {
        int words = 0;
        boolean inRun = false;
        boolean counted = false;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean separator = cp == ' ' || cp == ';';
            if (separator) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                inRun = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(cp)) {
                words++;
                counted = true;
            }
        }
        return words;
    }
}
