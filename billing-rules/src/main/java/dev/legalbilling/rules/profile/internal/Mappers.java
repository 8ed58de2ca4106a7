package dev.legalbilling.rules.profile.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.legalbilling.json.BillingJson;

/**
 * The mappers profile and catalogue files are read with: the billing configuration (unknown keys refused, exact
 * decimals), enum values in any case, duplicate keys refused. Thread-safe once built. {@link #locate} finds where a
 * key is, so that every error can name its line (Jackson points after the value of an unknown key, and values
 * checked after reading have no location).
 */
public final class Mappers {
    /** For {@code .yaml} and {@code .yml} files and text. */
    public static final ObjectMapper YAML = build(YAMLMapper.builder());
    /** For {@code .json} files. */
    public static final ObjectMapper JSON = build(JsonMapper.builder());

    private Mappers() {
    }

    /**
     * @param json true for JSON, false for YAML
     * @return the mapper
     */
    public static ObjectMapper of(boolean json) {
        return json ? JSON : YAML;
    }

    private static ObjectMapper build(MapperBuilder<?, ?> builder) {
        return BillingJson.configure(builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }

    /**
     * @param mapper the mapper the text is read with
     * @param text the document
     * @param path a key path as {@link dev.legalbilling.json.JsonInputException#path()} writes it, e.g.
     *     {@code rules.OCG-DAILY-HOURS.parameters.maxHours} or {@code timekeepers[1].classification}
     * @return {line, column} of the key (or list item), 1-based; {0, 0} when it is not found
     */
    public static int[] locate(ObjectMapper mapper, String text, String path) {
        return dev.legalbilling.json.internal.JsonPaths.locate(mapper, text, path);
    }

    /**
     * @param e an error about a key of the text
     * @param mapper the mapper the text is read with
     * @param text the document
     * @return the error with the key's line and column, when it has none or Jackson's (which points past the value
     *     of an unknown key); else {@code e}
     */
    public static dev.legalbilling.json.JsonInputException relocate(dev.legalbilling.json.JsonInputException e,
            ObjectMapper mapper, String text) {
        if (e.path().isEmpty() || e.line() != 0 && !e.problem().startsWith("unknown key")) {
            return e;
        }
        int[] at = locate(mapper, text, e.path());
        return at[0] == 0 ? e
                : new dev.legalbilling.json.JsonInputException(e.source(), e.path(), at[0], at[1], e.problem());
    }
}
