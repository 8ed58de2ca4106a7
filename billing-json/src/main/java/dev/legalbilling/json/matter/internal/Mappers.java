package dev.legalbilling.json.matter.internal;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.matter.MatterJsonModule;

/**
 * The mappers that read and write matter and work files: {@link BillingJson#configure} (unknown keys refused,
 * decimals exact), {@link MatterJsonModule}, {@link FileModule}, enum values in any case, duplicate keys refused,
 * trailing content refused. Configured once; thread-safe. Not API.
 */
public final class Mappers {
    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build());
    private static final ObjectMapper YAML = configure(YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private Mappers() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return BillingJson.configure(mapper).registerModule(new MatterJsonModule()).registerModule(new FileModule());
    }

    /**
     * @param syntax JSON or YAML
     * @return the mapper for it
     */
    public static ObjectMapper of(Syntax syntax) {
        return switch (syntax) {
            case JSON -> JSON;
            case YAML -> YAML;
            case CSV -> throw new IllegalArgumentException("CSV work files are read by WorkCsv");
        };
    }
}
