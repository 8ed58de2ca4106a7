package dev.legalbilling.ledes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The line reader's single pass (line end, high bytes and control characters found together; lines decoded from
 * the read buffer when they lie within it) gives the lines a plain per-line decoding gives.
 */
class LineReaderTest {
    private static final byte[] UTF8_APOSTROPHE = "\u2019".getBytes(StandardCharsets.UTF_8);
    private static final byte ANSI_APOSTROPHE = (byte) 0x92;

    @Test
    void readsAsciiLinesAsUsAscii() throws IOException {
        List<LineReader.RawLine> lines = read("LEDES1998B[]\r\nA|B[]\nlast".getBytes(StandardCharsets.US_ASCII));
        assertThat(lines).extracting(LineReader.RawLine::text).containsExactly("LEDES1998B[]", "A|B[]", "last");
        assertThat(lines).extracting(LineReader.RawLine::charset).containsOnly(StandardCharsets.US_ASCII);
        assertThat(lines).extracting(LineReader.RawLine::control).containsOnly(false);
    }

    @Test
    void decodesACurlyApostropheInUtf8AsUtf8() throws IOException {
        LineReader.RawLine line = read(concat(bytes("Counsel"), UTF8_APOSTROPHE, bytes("s draft[]\n"))).get(0);
        assertThat(line.text()).isEqualTo("Counsel\u2019s draft[]");
        assertThat(line.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(line.undecodable()).isFalse();
    }

    @Test
    void decodesACurlyApostropheInWindows1252AsWindows1252() throws IOException {
        LineReader.RawLine line = read(concat(bytes("Counsel"), new byte[] {ANSI_APOSTROPHE}, bytes("s draft[]\n")))
                .get(0);
        assertThat(line.text()).isEqualTo("Counsel\u2019s draft[]");
        assertThat(line.charset()).isEqualTo(LineReader.WINDOWS_1252);
        assertThat(line.undecodable()).isFalse();
    }

    @Test
    void dropsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<LineReader.RawLine> lines = read(concat(bom, bytes("LEDES1998B[]\n"), bom, bytes("x\n")));
        assertThat(lines.get(0).text()).isEqualTo("LEDES1998B[]");
        assertThat(lines.get(0).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(lines.get(1).text()).isEqualTo("\uFEFFx");
    }

    @Test
    void notesControlCharactersButNotTabsOrTheCarriageReturnOfALineEnd() throws IOException {
        List<LineReader.RawLine> lines = read(bytes("a\tb\r\nc\rd\r\ne\u0001\nf\u007F\n"));
        assertThat(lines).extracting(LineReader.RawLine::control).containsExactly(false, true, true, true);
        assertThat(lines.get(1).text()).isEqualTo("c\rd");
    }

    @Test
    void readsLinesThatCrossTheReadBuffer() throws IOException {
        String longLine = "x".repeat(100_000) + "\u0001" + "y".repeat(50_000);
        byte[] data = concat(bytes("first\n"), bytes(longLine), UTF8_APOSTROPHE, bytes("\r\nlast\n"));
        List<LineReader.RawLine> lines = read(new ByteArrayInputStream(data), 1 << 20);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).text()).isEqualTo(longLine + "\u2019");
        assertThat(lines.get(1).control()).isTrue();
        assertThat(lines.get(1).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(lines.get(2).text()).isEqualTo("last");
    }

    @Test
    void skipsLinesOverTheLimit() throws IOException {
        List<LineReader.RawLine> lines = read(new ByteArrayInputStream(bytes("a".repeat(300) + "\nb\n")), 256);
        assertThat(lines.get(0).tooLong()).isTrue();
        assertThat(lines.get(0).length()).isEqualTo(300);
        assertThat(lines.get(1).text()).isEqualTo("b");
    }

    @Property(tries = 300)
    void agreesWithAPlainPerLineDecoding(@ForAll("content") byte[] content, @ForAll @IntRange(min = 1, max = 70)
            int chunk) throws IOException {
        List<LineReader.RawLine> lines = read(new Trickle(content, chunk), 256);
        assertThat(lines).isEqualTo(reference(content, 256));
    }

    @Property(tries = 500)
    void findsOneByteOfAnyValueInALongPlainRun(@ForAll byte value, @ForAll @IntRange(min = 0, max = 99) int at,
            @ForAll @IntRange(min = 1, max = 70) int chunk) throws IOException {
        byte[] content = new byte[100];
        Arrays.fill(content, (byte) 'a');
        content[at] = value;
        List<LineReader.RawLine> lines = read(new Trickle(content, chunk), 256);
        assertThat(lines).isEqualTo(reference(content, 256));
    }

    @Property(tries = 1000)
    void testsEightBytesAsEachByteOnItsOwn(@ForAll("words") long word) {
        boolean any = false;
        for (int i = 0; i < Long.BYTES; i++) {
            int b = (int) (word >>> (8 * i)) & 0xFF;
            any |= b < 0x20 || b >= 0x7F;
        }
        assertThat(LineReader.special(word)).isEqualTo(any);
    }

    /** Words of mostly printable bytes, with the values on either side of each limit. */
    @Provide
    Arbitrary<Long> words() {
        Arbitrary<Integer> b = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x7E, 0x7F,
                        0x80, 0x81, 0xA0, 0xFE, 0xFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 255)));
        return b.list().ofSize(Long.BYTES).map(bytes -> {
            long word = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                word |= (long) bytes.get(i) << (8 * i);
            }
            return word;
        });
    }

    @Test
    void testsEveryByteValueAtEveryPlaceOfAWord() {
        for (int value = 0; value < 256; value++) {
            for (int i = 0; i < Long.BYTES; i++) {
                long word = 0x6161616161616161L & ~(0xFFL << (8 * i)) | ((long) value << (8 * i));
                assertThat(LineReader.special(word)).as("byte %02X at %d", value, i)
                        .isEqualTo(value < 0x20 || value >= 0x7F);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> content() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc|[] 0123.").ofMinLength(1).ofMaxLength(40).map(LineReaderTest::bytes),
                Arbitraries.of(bytes("\n"), bytes("\r\n"), bytes("\r"), bytes("\t"), new byte[] {1},
                        new byte[] {0x7F}, new byte[] {0}, UTF8_APOSTROPHE, new byte[] {ANSI_APOSTROPHE},
                        new byte[] {(byte) 0x81}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        new byte[] {(byte) 0xE2}));
        return piece.list().ofMaxSize(60).map(pieces -> concat(pieces.toArray(new byte[0][])));
    }

    /** Lines as the reader is specified to give them, decoded one by one from the split bytes. */
    private static List<LineReader.RawLine> reference(byte[] content, int max) {
        List<LineReader.RawLine> out = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            byte[] line = Arrays.copyOfRange(content, start, end);
            start = end + 1;
            number++;
            int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
            if (length > max) {
                out.add(new LineReader.RawLine(number, null, StandardCharsets.US_ASCII, true, length, false, false));
                continue;
            }
            int from = number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF ? 3 : 0;
            byte[] body = Arrays.copyOfRange(line, from, length);
            boolean ascii = true;
            for (byte b : body) {
                ascii &= b >= 0;
            }
            String text;
            java.nio.charset.Charset charset;
            boolean undecodable = false;
            if (ascii) {
                text = new String(body, StandardCharsets.US_ASCII);
                charset = from == 3 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII;
            } else {
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
                    charset = StandardCharsets.UTF_8;
                } catch (CharacterCodingException e) {
                    text = new String(body, LineReader.WINDOWS_1252);
                    charset = LineReader.WINDOWS_1252;
                    undecodable = text.indexOf('\uFFFD') >= 0;
                }
            }
            boolean control = text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F);
            out.add(new LineReader.RawLine(number, text, charset, false, length, undecodable, control));
        }
        return out;
    }

    private static List<LineReader.RawLine> read(byte[] content) throws IOException {
        return read(new ByteArrayInputStream(content), 1 << 20);
    }

    private static List<LineReader.RawLine> read(InputStream in, int max) throws IOException {
        List<LineReader.RawLine> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(in, max)) {
            for (LineReader.RawLine line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A stream that hands out at most a few bytes per read, so that lines cross the reader's buffer. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final int chunk;
        private int pos;

        Trickle(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
