package dev.legalbilling.connect;

import dev.legalbilling.BillingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * An OAuth 2.0 bearer token for a practice-management API. It is a secret: {@link #toString()} never shows it, and
 * no error message, log line or report of this module contains it.
 *
 * <p>Read from an environment variable ({@link #fromEnvironment}) or from a file whose first line is the token
 * ({@link #fromFile}); surrounding white space is removed. Immutable and thread-safe.
 */
public final class AccessToken {
    private static final int MAX_FILE_BYTES = 16 * 1024;

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    /**
     * @param token the token text
     * @return the token
     * @throws BillingException {@code CONNECT_TOKEN} when the text is blank or holds a line break or a control
     *     character (which would break the HTTP header); the message does not contain the text
     */
    public static AccessToken of(String token) {
        Objects.requireNonNull(token, "token");
        String t = token.strip();
        if (t.isEmpty()) {
            throw new BillingException("CONNECT_TOKEN", "the access token is empty");
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                throw new BillingException("CONNECT_TOKEN", "the access token contains a space or control"
                        + " character at position " + (i + 1) + "; give the bare token");
            }
        }
        return new AccessToken(t);
    }

    /**
     * @param environment the environment, usually {@code System.getenv()}
     * @param variable the variable's name, e.g. {@code CLIO_TOKEN}
     * @return the token
     * @throws BillingException {@code CONNECT_TOKEN} when the variable is not set or blank
     */
    public static AccessToken fromEnvironment(Map<String, String> environment, String variable) {
        String v = environment.get(variable);
        if (v == null || v.isBlank()) {
            throw new BillingException("CONNECT_TOKEN", "no access token: set the environment variable " + variable
                    + " or give --token-file FILE");
        }
        return of(v);
    }

    /**
     * @param file a file whose first line is the token (at most 16 KiB)
     * @return the token
     * @throws BillingException {@code CONNECT_TOKEN} when the file is missing, unreadable, too large or empty
     */
    public static AccessToken fromFile(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BillingException("CONNECT_TOKEN", file + ": token file is larger than 16 KiB");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
            if (first.isEmpty()) {
                throw new BillingException("CONNECT_TOKEN", file + ": token file is empty");
            }
            return of(first);
        } catch (NoSuchFileException e) {
            throw new BillingException("CONNECT_TOKEN", file + ": token file not found");
        } catch (IOException e) {
            throw new BillingException("CONNECT_TOKEN", file + ": token file cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The token itself, for the {@code Authorization} header only. Never log it or put it in a message.
     *
     * @return the secret text
     */
    public String secret() {
        return value;
    }

    /** @return {@code AccessToken[redacted]}: never the token */
    @Override
    public String toString() {
        return "AccessToken[redacted]";
    }
}
