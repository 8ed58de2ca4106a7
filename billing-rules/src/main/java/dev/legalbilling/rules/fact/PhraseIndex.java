package dev.legalbilling.rules.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised phrases indexed by their first token (the characters before the first space or {@code ;}), so that
 * {@link Narrative} finds which phrases a text mentions in one pass over the text's word starts instead of one
 * search per phrase. A phrase can only be mentioned where the text's token at a word start equals the phrase's
 * first token, so the index only proposes candidates; each is then checked exactly as {@link Narrative#mentions}
 * defines a mention. Immutable; thread-safe.
 */
final class PhraseIndex {
    private final List<String> phrases;
    /** Open addressing: token hash → the indices (ascending) of the phrases whose first token has that hash. */
    private final int[] hashes;
    private final int[][] candidates;
    private final int mask;

    /** @param normalized the phrases, normalised; blank ones are never mentioned and are left out */
    PhraseIndex(List<String> normalized) {
        this.phrases = normalized;
        Map<Integer, List<Integer>> byHash = new LinkedHashMap<>();
        for (int i = 0; i < normalized.size(); i++) {
            String p = normalized.get(i);
            if (!p.isEmpty()) {
                byHash.computeIfAbsent(tokenHash(p, 0), k -> new ArrayList<>()).add(i);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(1, byHash.size()) * 4 - 1) << 1;
        this.hashes = new int[capacity];
        this.candidates = new int[capacity][];
        this.mask = capacity - 1;
        for (Map.Entry<Integer, List<Integer>> e : byHash.entrySet()) {
            int slot = e.getKey() & mask;
            while (candidates[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = e.getKey();
            candidates[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @param text a normalised narrative
     * @return the smallest index of a phrase the text mentions, or -1 when it mentions none
     */
    int firstMentioned(String text) {
        int best = Integer.MAX_VALUE;
        int start = 0;
        while (true) {
            int[] found = lookUp(tokenHash(text, start));
            if (found != null) {
                for (int i : found) {
                    if (i >= best) {
                        break;
                    }
                    if (mentionedAt(text, phrases.get(i), start)) {
                        best = i;
                        break;
                    }
                }
            }
            if (best == 0) {
                return 0;
            }
            int space = text.indexOf(' ', start);
            if (space < 0) {
                return best == Integer.MAX_VALUE ? -1 : best;
            }
            start = space + 1;
        }
    }

    private int[] lookUp(int hash) {
        for (int slot = hash & mask; candidates[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return candidates[slot];
            }
        }
        return null;
    }

    /** A mention: the phrase at a word start, ending at the end of the text or before a space or {@code ;}. */
    private static boolean mentionedAt(String text, String phrase, int start) {
        if (!text.startsWith(phrase, start)) {
            return false;
        }
        int end = start + phrase.length();
        return end == text.length() || text.charAt(end) == ' ' || text.charAt(end) == ';';
    }

    /** {@link String#hashCode()} of the characters from {@code from} up to the next space or {@code ;}. */
    private static int tokenHash(String s, int from) {
        int h = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == ';') {
                break;
            }
            h = 31 * h + c;
        }
        return h;
    }
}
