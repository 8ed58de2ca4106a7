package dev.legalbilling.json.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Flipping any bits of any one byte of a stored journal is detected, on the line that holds the byte.
 *
 * <p>Why no flip can slip through as "white space that does not change the content": a reader accepts a line only
 * if it is byte for byte the canonical encoding of what it parsed (no free white space, escapes or number forms),
 * and only if the stored hash matches the content's canonical form, which covers every field. So each flip either
 * breaks the JSON, the UTF-8, the canonical encoding or the hash, or (when it hits the final line feed) leaves a
 * torn last line, which is reported too.
 */
class TrustJournalTamperProperties {
    private static Path dir;
    private static byte[] original;

    @BeforeContainer
    static void loadFixture() throws IOException {
        original = Files.readAllBytes(SampleFirmFixtureTest.resource(SampleFirm.JOURNAL_RESOURCE));
        dir = Files.createTempDirectory("trust-tamper");
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, original.length - 1);
    }

    @Provide
    Arbitrary<Integer> masks() {
        return Arbitraries.integers().between(1, 255);
    }

    @Property(tries = 2000)
    void anyByteFlipIsDetectedOnItsLine(@ForAll("positions") int position, @ForAll("masks") int mask) {
        assertDetected(position, mask);
    }

    /** Covers every byte position once, cycling through the eight single-bit flips (all 8 per position: ~40 s). */
    @Example
    void aBitFlipAtEveryPositionIsDetected() {
        for (int position = 0; position < original.length; position++) {
            assertDetected(position, 1 << (position % 8));
        }
    }

    private static void assertDetected(int position, int mask) {
        byte[] tampered = original.clone();
        tampered[position] ^= (byte) mask;
        long newlines = 0;
        for (int i = 0; i < position; i++) {
            if (original[i] == '\n') {
                newlines++;
            }
        }
        long line = newlines + 1;
        Path file = dir.resolve("tampered-" + Thread.currentThread().getId() + ".jsonl");
        try {
            Files.write(file, tampered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            JournalFileContents contents = TrustJournalFile.read(file);
            // accepted only as a torn last line: the flip hit the final line feed
            assertThat(contents.tornTailIfAny()).as("flip of byte %d with mask %d went unnoticed", position, mask)
                    .hasValueSatisfying(torn -> assertThat(torn.line()).isEqualTo(line));
            assertThat(position).isEqualTo(original.length - 1);
        } catch (JournalFileException e) {
            assertThat(e.line()).as("line reported for a flip of byte %d (%s)", position, e.getMessage())
                    .isEqualTo(line);
        } catch (RuntimeException e) {
            fail("untyped failure for a flip of byte " + position + " with mask " + mask, e);
        }
    }
}
