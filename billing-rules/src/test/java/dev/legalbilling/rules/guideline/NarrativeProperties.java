package dev.legalbilling.rules.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.fact.Narrative;
import dev.legalbilling.rules.fact.Parameter;
import dev.legalbilling.rules.fact.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text matching every keyword rule relies on. */
class NarrativeProperties {

    @Provide
    Arbitrary<String> narratives() {
        return Arbitraries.strings().withChars("abcXYZ019 ;-.,'()\t\u00e9").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.strings().withChars("abcdefgh").ofMinLength(1).ofMaxLength(6).list().ofMinSize(1)
                .ofMaxSize(3).map(words -> String.join(" ", words));
    }

    @Property
    void normalisingIsIdempotentAndLeavesOnlyWordsAndSingleSpaces(@ForAll("narratives") String raw) {
        String n = Text.normalize(raw);
        assertThat(Text.normalize(n)).isEqualTo(n);
        assertThat(n).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(n.codePoints().allMatch(c -> c == ' ' || c == ';' || c == '-' || Character.isLetterOrDigit(c)
                && !Character.isUpperCase(c))).isTrue();
    }

    @Property
    void aPhraseSurroundedBySpacesOrPunctuationIsMentioned(@ForAll("narratives") String before,
            @ForAll("phrases") String phrase, @ForAll("narratives") String after) {
        assertThat(Narrative.of(before + " " + phrase.toUpperCase() + ", " + after).mentions(phrase)).isTrue();
    }

    @Property
    void aPhraseGluedToMoreLettersIsNotMentioned(@ForAll("phrases") String phrase) {
        assertThat(Narrative.of("re" + phrase + "s done").mentions(phrase)).isFalse();
        assertThat(Narrative.of("draft " + phrase + "-like note").mentions(phrase)).isFalse();
    }

    @Provide
    Arbitrary<String> asciiNarratives() {
        return Arbitraries.strings().withChars("abzAZ09 ;-.,'()\t").ofMaxLength(40);
    }

    /** The one-pass ASCII normalisation gives what the general (code point) path gives, and keeps normalised text. */
    @Property
    void normalisingAsciiTextAgreesWithTheGeneralRule(@ForAll("asciiNarratives") String raw) {
        assertThat(Text.normalize(raw)).isEqualTo(normalizedByDefinition(raw));
        String normalized = Text.normalize(raw);
        assertThat(Text.normalize(normalized)).isSameAs(normalized);
    }

    /** Words and tasks counted in one pass equal the definition: per {@code ;}-segment, words holding a letter or digit. */
    @Property
    void countsWordsAndTasksAsDefined(@ForAll("narratives") String raw) {
        Narrative n = Narrative.of(raw);
        int words = 0;
        int tasks = 0;
        for (String segment : n.text().split(";", -1)) {
            int segmentWords = 0;
            for (String word : segment.split(" ")) {
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    segmentWords++;
                }
            }
            words += segmentWords;
            tasks += segmentWords >= 2 ? 1 : 0;
        }
        assertThat(n.words()).isEqualTo(words);
        assertThat(n.tasks()).isEqualTo(tasks);
    }

    /** Profile lists (indexed by first token) find the same first mention as a phrase-by-phrase search. */
    @Property
    void indexedPhraseListsFindWhatAPhraseByPhraseSearchFinds(
            @ForAll("denseNarratives") String raw, @ForAll("densePhraseLists") List<String> phrases) {
        Narrative n = Narrative.of(raw);
        List<String> indexed = new Parameter("R", "phrases", "STRING_LIST", BigDecimal.ZERO, phrases).strings();
        assertThat(n.firstMention(indexed)).isEqualTo(n.firstMention(new ArrayList<>(phrases)));
        assertThat(n.mentionsAny(indexed)).isEqualTo(n.mentionsAny(new ArrayList<>(phrases)));
    }

    @Provide
    Arbitrary<String> denseNarratives() {
        return Arbitraries.strings().withChars("abB ;-,").ofMaxLength(30);
    }

    @Provide
    Arbitrary<List<String>> densePhraseLists() {
        return Arbitraries.strings().withChars("abA ;-.").ofMaxLength(6).list().ofMaxSize(6);
    }

    private static String normalizedByDefinition(String raw) {
        StringBuilder out = new StringBuilder();
        boolean pendingSpace = false;
        for (int cp : raw.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == ';' || cp == '-') {
                out.append(pendingSpace && out.length() > 0 ? " " : "").appendCodePoint(cp);
                pendingSpace = false;
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    @Example
    void countsWordsAndTasks() {
        Narrative n = Narrative.of("Review deposition transcript; draft summary for client; call; -- ;");
        assertThat(n.words()).isEqualTo(8);
        assertThat(n.tasks()).isEqualTo(2);
        assertThat(n.text()).isEqualTo("review deposition transcript; draft summary for client; call; -- ;");
        assertThat(n.toString()).doesNotContain("review");
    }

    @Example
    void matchesBeforeASemicolonButOnlyAfterASpace() {
        assertThat(Narrative.of("Calendaring; review of order").mentions("calendaring")).isTrue();
        assertThat(Narrative.of("review order;calendaring").mentions("calendaring")).isFalse();
        assertThat(Narrative.of("E-filing of brief").firstMention(List.of("efiling", "e-filing"))).isEqualTo("e-filing");
        assertThat(Narrative.of("anything").mentions("  ")).isFalse();
    }

    @Example
    void formatsHoursAndAmountsForMessages() {
        assertThat(Text.hours(new BigDecimal("10"))).isEqualTo("10.0");
        assertThat(Text.hours(new BigDecimal("0.250"))).isEqualTo("0.25");
        assertThat(Text.amount(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Text.amount(new BigDecimal("450.00000"))).isEqualTo("450.00");
        assertThat(Text.amount(new BigDecimal("-0.105"))).isEqualTo("-0.105");
    }
}
