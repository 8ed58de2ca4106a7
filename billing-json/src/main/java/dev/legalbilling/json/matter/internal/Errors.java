package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.legalbilling.BillingException;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.internal.JsonPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.stream.Collectors;

/** Reading files and turning failures into {@link JsonInputException}s that name file, line and key. Not API. */
public final class Errors {
    private Errors() {
    }

    /** A read that may fail with Jackson's checked exceptions. */
    @FunctionalInterface
    public interface Reading<T> {
        /**
         * @return the value read
         * @throws IOException when reading fails
         */
        T read() throws IOException;
    }

    /**
     * @param path a file
     * @return its bytes
     * @throws JsonInputException when the file is missing, unreadable or empty
     */
    public static byte[] bytesOf(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(path.toString(), "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(path.toString(), "", 0, 0, "cannot be read: " + e.getMessage());
        }
        return bytes;
    }

    /**
     * @param source the document's name
     * @param bytes its content
     * @param reading the read
     * @param <T> the value read
     * @return the value
     * @throws JsonInputException when the document is empty, malformed or holds invalid values
     */
    public static <T> T read(String source, byte[] bytes, Reading<T> reading) {
        requireContent(source, bytes);
        try {
            T value = reading.read();
            if (value == null) {
                throw new JsonInputException(source, "", 0, 0, "is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw translate(source, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param source the document's name
     * @param bytes its content
     * @throws JsonInputException when the content is nothing but white space (and a byte order mark)
     */
    public static void requireContent(String source, byte[] bytes) {
        if (new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "").isBlank()) {
            throw new JsonInputException(source, "", 0, 0, "is empty");
        }
    }

    /**
     * Like {@link BillingJson#translate}, but says in words what a value of the wrong form should look like.
     *
     * @param source the document's name
     * @param e the Jackson failure
     * @return the exception to throw
     */
    public static JsonInputException translate(String source, JsonProcessingException e) {
        if (e instanceof InvalidFormatException f && !hasDomainCause(f)) {
            JsonLocation loc = f.getLocation();
            return new JsonInputException(source, JsonPaths.of(f), loc == null ? 0 : Math.max(loc.getLineNr(), 0),
                    loc == null ? 0 : Math.max(loc.getColumnNr(), 0),
                    "'" + f.getValue() + "' is not " + describe(f.getTargetType()));
        }
        return BillingJson.translate(source, e);
    }

    private static boolean hasDomainCause(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof BillingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param type a target type
     * @return what a value of it looks like, e.g. {@code "a decimal number"}
     */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a decimal number";
        }
        if (type == BigInteger.class || type == Integer.class || type == int.class || type == Long.class
                || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT1H30M";
        }
        if (type == Currency.class) {
            return "an ISO 4217 currency code such as USD";
        }
        return "a valid " + type.getSimpleName();
    }
}
