package dev.legalbilling.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NarrativesTest {
    @Test
    void normalisesCasePunctuationAndSpacing() {
        assertThat(Narratives.normalise("  Review & analyze: Smith's   E-mail;draft reply!! "))
                .isEqualTo("review analyze smith s e-mail;draft reply");
    }

    @Test
    void keepsLettersOutsideAscii() {
        assertThat(Narratives.normalise("Réviser l'acte — Zürich")).isEqualTo("réviser l acte zürich");
    }

    @Test
    void normalisesNothingToEmpty() {
        assertThat(Narratives.normalise(null)).isEmpty();
        assertThat(Narratives.normalise(" ... ")).isEmpty();
    }

    @Test
    void matchesPhrasesOnlyAtWordBoundaries() {
        assertThat(Narratives.matches("review file", "review file")).isTrue();
        assertThat(Narratives.matches("please review file; then call", "review file")).isTrue();
        assertThat(Narratives.matches("review filed papers", "review file")).isFalse();
        assertThat(Narratives.matches("prereview file", "review file")).isFalse();
        assertThat(Narratives.matches("x;review file", "review file")).isFalse();
        assertThat(Narratives.matches("review filed review file", "review file")).isTrue();
    }

    @Test
    void countsWordsSeparatedBySpacesOrSemicolons() {
        assertThat(Narratives.wordCount("draft memo;review brief ; call")).isEqualTo(5);
        assertThat(Narratives.wordCount("")).isZero();
        assertThat(Narratives.wordCount(";")).isZero();
    }

    @Test
    void countsOnlyRunsWithALetterOrDigitAsWords() {
        assertThat(Narratives.wordCount("draft motion - brief")).isEqualTo(3);
        assertThat(Narratives.wordCount("e-filing of brief")).isEqualTo(3);
        assertThat(Narratives.wordCount("- -- ;-")).isZero();
    }

    @Test
    void doesNotCountADashAsTheSecondWordOfATask() {
        assertThat(Narratives.taskCount("review - ; draft - motion")).isEqualTo(1);
    }

    @Test
    void countsOnlySegmentsOfTwoOrMoreWordsAsTasks() {
        assertThat(Narratives.taskCount("review transcript; draft summary; call")).isEqualTo(2);
        assertThat(Narratives.taskCount("review transcript;;")).isEqualTo(1);
        assertThat(Narratives.taskCount("")).isZero();
    }

    @Property
    void normalisingIsIdempotent(@ForAll String text) {
        String once = Narratives.normalise(text);

        assertThat(Narratives.normalise(once)).isEqualTo(once);
    }

    @Property
    void normalisedTextHasSingleInnerSpacesOnly(@ForAll String text) {
        String n = Narratives.normalise(text);

        assertThat(n).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        n.codePoints().forEach(cp -> assertThat(Character.isLetterOrDigit(cp) || cp == ' ' || cp == ';'
                || cp == '-').as("code point %s", cp).isTrue());
    }

    @Property
    void aNormalisedNarrativeMatchesItself(@ForAll String text) {
        String n = Narratives.normalise(text);

        assertThat(n.isEmpty() || Narratives.matches(n, n)).isTrue();
    }
}
