package dev.legalbilling.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.legalbilling.BillingException;
import dev.legalbilling.json.internal.JsonPaths;
import dev.legalbilling.json.internal.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Ready-made Jackson mappers for billing values and reading with errors users can act on.
 *
 * <p>The mappers have {@link BillingJsonModule} and {@code JavaTimeModule}, write dates as ISO strings, omit null
 * fields, refuse unknown keys and treat floating-point JSON numbers as {@link java.math.BigDecimal}. Each call
 * returns a new mapper; a mapper is thread-safe once configured, so keep and share it.
 */
public final class BillingJson {
    private BillingJson() {
    }

    /** @return a new JSON mapper configured for billing values */
    public static ObjectMapper mapper() {
        return configure(JsonMapper.builder().build());
    }

    /** @return a new YAML mapper configured for billing values */
    public static ObjectMapper yamlMapper() {
        return configure(YAMLMapper.builder().build());
    }

    /**
     * @param mapper any mapper (JSON, YAML, CSV)
     * @return the same mapper with the billing configuration applied
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new BillingJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /**
     * @param path a file ending in {@code .json}, {@code .yaml} or {@code .yml}
     * @return the mapper for that file's format
     */
    public static ObjectMapper mapperFor(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yamlMapper() : mapper();
    }

    /**
     * Reads a file (JSON or YAML by extension) into a value, turning every failure into a
     * {@link JsonInputException} that names the file, the key path and the position.
     *
     * @param path the file
     * @param type the value type
     * @param <T> the value type
     * @return the value
     * @throws JsonInputException when the file is missing, unreadable, malformed or holds invalid values
     */
    public static <T> T read(Path path, Class<T> type) {
        return read(mapperFor(path), path, type);
    }

    /**
     * @param mapper the mapper to use
     * @param path the file
     * @param type the value type
     * @param <T> the value type
     * @return the value
     * @throws JsonInputException when the file is missing, unreadable, malformed or holds invalid values
     */
    public static <T> T read(ObjectMapper mapper, Path path, Class<T> type) {
        String source = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(source, "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(source, "", 0, 0, "cannot be read: " + e.getMessage());
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new JsonInputException(source, "", 0, 0, "is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw atKey(translate(source, e), mapper, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param mapper the mapper to use
     * @param source a name for the text in error messages
     * @param text the document
     * @param type the value type
     * @param <T> the value type
     * @return the value
     * @throws JsonInputException when the text is malformed or holds invalid values
     */
    public static <T> T read(ObjectMapper mapper, String source, String text, Class<T> type) {
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new JsonInputException(source, "", 0, 0, "is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw atKey(translate(source, e), mapper, text);
        }
    }

    /** Jackson places an unknown key after its value; the message points at the key itself. */
    private static JsonInputException atKey(JsonInputException e, ObjectMapper mapper, String text) {
        if (e.path().isEmpty() || !e.problem().startsWith("unknown key")) {
            return e;
        }
        int[] at = JsonPaths.locate(mapper, text, e.path());
        return at[0] == 0 ? e : new JsonInputException(e.source(), e.path(), at[0], at[1], e.problem());
    }

    /**
     * Turns a Jackson failure into a {@link JsonInputException} naming the key path and position, using the
     * message of a domain validation error when that is the cause.
     *
     * @param source the input's name
     * @param e the Jackson failure
     * @return the exception to throw
     */
    public static JsonInputException translate(String source, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String path = e instanceof JsonMappingException m ? JsonPaths.of(m) : "";
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            if (!path.equals(name) && !path.endsWith("." + name)) {
                path = path.isEmpty() ? name : path + "." + name;
            }
            problem = "unknown key" + Suggestions.suggest(name, u.getKnownPropertyIds());
        } else {
            BillingException domain = domainCause(e);
            String original = e.getOriginalMessage();
            if (domain != null) {
                problem = domain.getMessage();
            } else if (original != null && original.contains("FAIL_ON_NULL_FOR_PRIMITIVES")) {
                problem = "is required";
            } else if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
                problem = "'" + f.getValue() + "' is not " + Suggestions.describe(f.getTargetType());
            } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
                problem = "expected " + Suggestions.describe(m.getTargetType());
            } else {
                problem = Suggestions.withoutTypeNames(original);
            }
        }
        return new JsonInputException(source, path, line, column, problem);
    }

    private static BillingException domainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BillingException b) {
                return b;
            }
        }
        return null;
    }
}
