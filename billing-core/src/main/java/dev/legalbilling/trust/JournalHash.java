package dev.legalbilling.trust;

import dev.legalbilling.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in the hash chain of a trust journal, as 64 lower-case hexadecimal digits.
 *
 * @param hex exactly 64 characters {@code 0-9a-f}
 */
public record JournalHash(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Validates the digest text; upper-case digits are refused so one digest has exactly one spelling. */
    public JournalHash {
        Objects.requireNonNull(hex, "hash");
        if (!HEX.matcher(hex).matches()) {
            throw new InvalidValueException("hash", hex, "must be 64 lower-case hexadecimal digits");
        }
    }

    /**
     * @param hex 64 lower-case hex digits
     * @return the hash
     * @throws InvalidValueException when the text is not such a digest
     */
    public static JournalHash of(String hex) {
        return new JournalHash(hex);
    }

    /**
     * @param text any text
     * @return the SHA-256 digest of its UTF-8 bytes
     */
    public static JournalHash sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new JournalHash(HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** @return the first 12 hex digits, for display */
    public String abbreviated() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
