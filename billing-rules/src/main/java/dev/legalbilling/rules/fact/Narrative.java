package dev.legalbilling.rules.fact;

import java.util.List;
import java.util.Objects;

/**
 * A line's narrative normalised once for matching (see {@link Text#normalize(String)}), with its word and task
 * counts. Carried by {@link LineContext}.
 *
 * <pre>{@code
 * Parameter(ruleId == "OCG-CLERICAL", name == "clericalPhrases", $phrases : strings)
 * $c : LineContext(type == "F", narrative.mentionsAny($phrases))
 * }</pre>
 *
 * <p>A phrase is mentioned when its normalised form occurs in the normalised narrative at word boundaries: at the
 * start or after a space, and at the end or before a space or {@code ;}. So {@code "bates stamp"} is mentioned in
 * "Bates stamp production" but {@code "copying"} is not in "photocopying" and {@code "electronically file"} is not
 * in "electronically filed". A word is a run of characters other than space and {@code ;} holding a letter or a
 * digit; a task is a {@code ;}-separated segment of at least two words.
 *
 * <p>The text is privileged: {@link #toString()} leaves it out. Immutable and thread-safe.
 *
 * @param text the normalised narrative
 * @param words the number of words
 * @param tasks the number of {@code ;}-separated segments that have at least two words
 */
public record Narrative(String text, int words, int tasks) {

    /** Checks the values. */
    public Narrative {
        Objects.requireNonNull(text, "text");
        if (words < 0 || tasks < 0) {
            throw new IllegalArgumentException("word and task counts must not be negative");
        }
    }

    /**
     * @param narrative a raw narrative, or null
     * @return it normalised and counted
     */
    public static Narrative of(String narrative) {
        String text = Text.normalize(narrative);
        // one pass: a word ends at a space, a ';' or the end; a task (segment) ends at a ';' or the end
        int words = 0;
        int tasks = 0;
        int segmentWords = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ';';
            if (c == ' ' || c == ';') {
                if (inWord && hasAlnum) {
                    words++;
                    segmentWords++;
                }
                inWord = false;
                hasAlnum = false;
                if (c == ';') {
                    if (segmentWords >= 2) {
                        tasks++;
                    }
                    segmentWords = 0;
                }
            } else {
                inWord = true;
                hasAlnum |= c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        : Character.isLetterOrDigit(c);
            }
        }
        return new Narrative(text, words, tasks);
    }

    /**
     * @param phrase a phrase, normalised before matching
     * @return true when the narrative mentions it at word boundaries; false for a blank phrase
     */
    public boolean mentions(String phrase) {
        return mentionsNormalized(Text.normalize(phrase));
    }

    private boolean mentionsNormalized(String p) {
        if (p.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
            int end = at + p.length();
            boolean startOk = at == 0 || text.charAt(at - 1) == ' ';
            boolean endOk = end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == ';';
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param phrases phrases to look for
     * @return true when the narrative mentions at least one
     */
    public boolean mentionsAny(List<String> phrases) {
        return !firstMention(phrases).isEmpty();
    }

    /**
     * @param phrases phrases to look for
     * @return the first of them (in list order) the narrative mentions, as given; {@code ""} when none
     */
    public String firstMention(List<String> phrases) {
        if (phrases instanceof Parameter.StringList list) {
            // profile lists: one pass over the text's word starts with the list's index of first tokens
            int first = list.index().firstMentioned(text);
            return first < 0 ? "" : phrases.get(first);
        }
        for (int i = 0; i < phrases.size(); i++) {
            if (mentions(phrases.get(i))) {
                return phrases.get(i);
            }
        }
        return "";
    }

    /** @return the counts only; the text is privileged */
    @Override
    public String toString() {
        return "Narrative[" + words + " words, " + tasks + " tasks]";
    }
}
