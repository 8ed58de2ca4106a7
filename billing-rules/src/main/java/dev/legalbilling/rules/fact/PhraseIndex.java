package dev.legalbilling.rules.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised phrases indexed by their first token (the characters before the first space or {@code ;}: its first
 * character and length), so that
 * {@link Narrative} finds which phrases a text mentions in one pass over the text's word starts instead of one
 * search per phrase. A phrase can only be mentioned where the text's token at a word start equals the phrase's
 * first token, so the index only proposes candidates; each is then checked exactly as {@link Narrative#mentions}
 * defines a mention. Immutable; thread-safe.
 */
final class PhraseIndex {
    private final List<String> phrases;
    /** Open addressing: token key → the indices (ascending) of the phrases whose first token has that key. */
    private final int[] keys;
    private final int[][] candidates;
    private final int mask;

    /** @param normalized the phrases, normalised; blank ones are never mentioned and are left out */
    PhraseIndex(List<String> normalized) {
        this.phrases = normalized;
        Map<Integer, List<Integer>> byHash = new LinkedHashMap<>();
        for (int i = 0; i < normalized.size(); i++) {
            String p = normalized.get(i);
            if (!p.isEmpty()) {
                byHash.computeIfAbsent(key(p, 0, firstTokenEnd(p)), k -> new ArrayList<>()).add(i);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(1, byHash.size()) * 4 - 1) << 1;
        this.keys = new int[capacity];
        this.candidates = new int[capacity][];
        this.mask = capacity - 1;
        for (Map.Entry<Integer, List<Integer>> e : byHash.entrySet()) {
            int slot = spread(e.getKey()) & mask;
            while (candidates[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            candidates[slot] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * @param text a normalised narrative
     * @return the smallest index of a phrase the text mentions, or -1 when it mentions none
     */
    int firstMentioned(String text) {
        Tokens tokens = Tokens.of(text);
        int best = Integer.MAX_VALUE;
        for (int t = 0; t < tokens.count; t++) {
            int[] found = lookUp(tokens.keys[t]);
            if (found != null) {
                int start = tokens.starts[t];
                for (int i : found) {
                    if (i >= best) {
                        break;
                    }
                    if (mentionedAt(text, phrases.get(i), start)) {
                        best = i;
                        break;
                    }
                }
                if (best == 0) {
                    return 0;
                }
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /**
     * The word starts of a normalised text and the keys of the tokens there, worked out once per text and thread:
     * a fee line's narrative is matched against several phrase lists one after the other (the guideline pack has
     * four: clerical, training, vague and travel phrases), so the second and later lists reuse the first one's
     * scan. Only the last text is kept, by identity (a narrative's normalised text is one string shared by every
     * rule). Not thread-safe: one per thread.
     */
    private static final class Tokens {
        private static final ThreadLocal<Tokens> LAST = ThreadLocal.withInitial(Tokens::new);

        private String text;
        private int count;
        private int[] starts = new int[32];
        private int[] keys = new int[32];

        static Tokens of(String text) {
            Tokens t = LAST.get();
            if (t.text != text) {
                t.scan(text);
            }
            return t;
        }

        private void scan(String text) {
            count = 0;
            int length = text.length();
            int semicolon = text.indexOf(';');
            int start = 0;
            while (true) {
                int space = text.indexOf(' ', start);
                int tokenEnd = space < 0 ? length : space;
                if (semicolon >= 0 && semicolon < start) {
                    semicolon = text.indexOf(';', start);
                }
                if (semicolon >= 0 && semicolon < tokenEnd) {
                    tokenEnd = semicolon;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    keys = Arrays.copyOf(keys, count * 2);
                }
                starts[count] = start;
                keys[count] = key(text, start, tokenEnd);
                count++;
                if (space < 0) {
                    break;
                }
                start = space + 1;
            }
            this.text = text;
        }
    }

    private int[] lookUp(int key) {
        for (int slot = spread(key) & mask; candidates[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
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

    /**
     * The key of a token (a phrase's first token, or the text's token at a word start): its first character and its
     * length. Equal tokens have equal keys; the few phrases that share a key are told apart by comparing them.
     */
    private static int key(String s, int from, int to) {
        return to == from ? 0 : s.charAt(from) << 16 | Math.min(to - from, 0xFFFF);
    }

    private static int spread(int key) {
        int h = key * 0x9E3779B9;
        return h ^ h >>> 16;
    }

    /** @return where the first token of a phrase ends: at its first space or {@code ;}, else at its end */
    private static int firstTokenEnd(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (phrase.charAt(i) == ' ' || phrase.charAt(i) == ';') {
                return i;
            }
        }
        return phrase.length();
    }
}
