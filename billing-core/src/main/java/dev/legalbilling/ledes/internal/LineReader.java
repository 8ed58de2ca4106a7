package dev.legalbilling.ledes.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into lines without ever holding more than {@code maxLineLength + 1} bytes of one line, and
 * decodes each line on its own. Not part of the API; not thread-safe.
 *
 * <p>Line ends are LF or CRLF; the last line needs none. A line longer than the limit is skipped to its end and
 * returned with {@link RawLine#tooLong()} set and no text. Decoding: a line of bytes below 0x80 is US-ASCII; else
 * UTF-8 when the bytes are valid UTF-8; else Windows-1252 (undefined bytes become U+FFFD and set
 * {@link RawLine#undecodable()}). A UTF-8 byte order mark on the first line is dropped.
 *
 * <p>Each byte is looked at once while searching for the line end: the same pass notes whether the line has bytes
 * of 0x80 and above (only such lines need a UTF-8 check) and control characters, and a line that lies within the
 * read buffer is decoded from there without being copied first. Plain bytes are skipped eight at a time, with a test
 * on a whole {@code long} that tells whether any of them needs a closer look.
 */
public final class LineReader implements Closeable {
    /** The Windows-1252 ("ANSI") charset. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * One physical line.
     *
     * @param number 1-based line number
     * @param text the decoded text without its line end, or null when the line was too long
     * @param charset US-ASCII, UTF-8 or windows-1252
     * @param tooLong true when the line exceeded the limit and was skipped
     * @param length the line's length in bytes, without its line end
     * @param undecodable true when some bytes could not be decoded at all
     * @param control true when the text holds a control character other than tab (below U+0020, or U+007F)
     */
    public record RawLine(int number, String text, Charset charset, boolean tooLong, long length,
            boolean undecodable, boolean control) {
        /** @return true for an empty line or one of blanks only */
        public boolean isBlank() {
            return !tooLong && text.isBlank();
        }
    }

    /** Reads eight bytes of a byte array at any index as one {@code long}. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final InputStream in;
    private final int maxLineLength;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] line = new byte[256];
    private int number;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder ansi = WINDOWS_1252.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

    /**
     * @param in the stream; closed by {@link #close()}
     * @param maxLineLength the longest line kept, in bytes
     */
    public LineReader(InputStream in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException when the stream fails
     */
    public RawLine next() throws IOException {
        long total = 0;
        int stored = 0;
        int last = -1;
        boolean terminated = false;
        boolean high = false;
        int controls = 0;
        byte[] bytes = line;
        int offset = 0;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    break;
                }
            }
            int start = pos;
            int i = start;
            byte[] b = buffer;
            int end = limit;
            while (i < end) {
                if (i <= end - Long.BYTES && !special((long) WORDS.get(b, i))) {
                    // eight plain bytes at once: the usual case, most of every line
                    i += Long.BYTES;
                    continue;
                }
                byte c = b[i];
                if (c < 0x20 || c == 0x7F) {
                    // rare: a line end, tab, control character or a byte of 0x80 and above (negative)
                    if (c == '\n') {
                        break;
                    }
                    if (c < 0) {
                        high = true;
                    } else if (c != '\t') {
                        controls++;
                    }
                }
                i++;
            }
            int chunk = i - start;
            if (i < limit && total == 0) {
                // the whole line is in the buffer: decode it from there
                bytes = buffer;
                offset = start;
                total = chunk;
                if (chunk > 0) {
                    last = buffer[i - 1];
                }
                pos = i + 1;
                terminated = true;
                break;
            }
            if (chunk > 0) {
                int keep = (int) Math.min(chunk, (long) maxLineLength + 1 - stored);
                if (keep > 0) {
                    ensure(stored + keep);
                    System.arraycopy(buffer, start, line, stored, keep);
                    stored += keep;
                }
                total += chunk;
                last = buffer[i - 1];
            }
            bytes = line;
            offset = 0;
            if (i < limit) {
                pos = i + 1;
                terminated = true;
                break;
            }
            pos = limit;
        }
        if (!terminated && total == 0) {
            return null;
        }
        number++;
        long length = last == '\r' ? total - 1 : total;
        if (last == '\r') {
            controls--;
        }
        if (length > maxLineLength) {
            return new RawLine(number, null, StandardCharsets.US_ASCII, true, length, false, false);
        }
        return decode(bytes, offset, (int) length, high, controls > 0);
    }

    /**
     * @param word eight bytes
     * @return true when one of them is below 0x20 (a line end, tab or control character), 0x7F, or 0x80 and above;
     *     false says each is a printable ASCII character. The tests of a byte below 0x20 and of 0x7F are the exact
     *     word-at-a-time tests for "some byte is less than n" and "some byte is zero"
     */
    static boolean special(long word) {
        long below = (word - 0x2020202020202020L) & ~word;
        long x = word ^ 0x7F7F7F7F7F7F7F7FL;
        long delete = (x - 0x0101010101010101L) & ~x;
        return ((word | below | delete) & 0x8080808080808080L) != 0;
    }

    private RawLine decode(byte[] bytes, int offset, int length, boolean high, boolean control) {
        int from = offset;
        int end = offset + length;
        boolean bom = false;
        if (number == 1 && length >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF) {
            from += 3;
            bom = true;
            high = false;
            for (int i = from; i < end; i++) {
                if (bytes[i] < 0) {
                    high = true;
                    break;
                }
            }
        }
        if (!high) {
            return new RawLine(number, new String(bytes, from, end - from, StandardCharsets.ISO_8859_1),
                    bom ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII, false, length, false, control);
        }
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes, from, end - from));
            return new RawLine(number, chars.toString(), StandardCharsets.UTF_8, false, length, false, control);
        } catch (CharacterCodingException e) {
            String text;
            try {
                text = ansi.reset().decode(ByteBuffer.wrap(bytes, from, end - from)).toString();
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException("a replacing decoder reported an error", impossible);
            }
            return new RawLine(number, text, WINDOWS_1252, false, length, text.indexOf('\uFFFD') >= 0, control);
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            int grown = (int) Math.min(Math.max((long) line.length * 2, capacity), (long) maxLineLength + 1);
            byte[] bigger = new byte[Math.max(grown, capacity)];
            System.arraycopy(line, 0, bigger, 0, line.length);
            line = bigger;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
