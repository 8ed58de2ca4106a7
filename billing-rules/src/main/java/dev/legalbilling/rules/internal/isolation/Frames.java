package dev.legalbilling.rules.internal.isolation;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Length-prefixed messages on a byte stream: a 4-byte big-endian length, then that many bytes of UTF-8 JSON.
 * Stateless.
 */
final class Frames {

    /** A message whose announced length is not positive or above the reader's bound. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int header;

        TooLargeException(int header, String message) {
            super(message);
            this.header = header;
        }

        /** @return the four bytes read as the length, as text: the JVM's own messages start there */
        String headerText() {
            byte[] b = {(byte) (header >>> 24), (byte) (header >>> 16), (byte) (header >>> 8), (byte) header};
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private Frames() {
    }

    /**
     * @param out the stream; flushed
     * @param message the message
     * @throws IOException when the stream fails
     */
    static void write(OutputStream out, byte[] message) throws IOException {
        byte[] header = {(byte) (message.length >>> 24), (byte) (message.length >>> 16),
            (byte) (message.length >>> 8), (byte) message.length};
        out.write(header);
        out.write(message);
        out.flush();
    }

    /**
     * @param in the stream
     * @param maxBytes the largest message accepted
     * @return the message
     * @throws EOFException when the stream ends, even in the middle of a message
     * @throws TooLargeException when the announced length is not between 1 and {@code maxBytes}
     * @throws IOException when the stream fails
     */
    static byte[] read(InputStream in, int maxBytes) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length = data.readInt();
        if (length <= 0 || length > maxBytes) {
            throw new TooLargeException(length, "announced a message of " + Integer.toUnsignedString(length)
                    + " bytes; the limit is " + maxBytes);
        }
        byte[] bytes = new byte[length];
        data.readFully(bytes);
        return bytes;
    }
}
