package dev.legalbilling.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.legalbilling.BillingException;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule set's {@code ruleset.yaml}: id, version, description, files, and each rule's documented defaults.
 *
 * <pre>
 * id: demo
 * version: 1.0.0
 * description: Demonstration pack
 * files: [daily-hours.drl, single-entry.drl]
 * rules:
 *   DEMO-DAILY-HOURS:
 *     description: A timekeeper's fee time on one day exceeds the daily cap.
 *     severity: WARNING          # ERROR | WARNING | INFO (default WARNING)
 *     action: ADJUST             # FLAG | ADJUST | REJECT (default FLAG)
 *     enabled: true              # default true
 *     citation: "Guideline 4.2"
 *     parameters:
 *       maxHoursPerDay: {type: DECIMAL, default: "10", min: "0", max: "24", description: "hours"}
 *       allowed: {type: BOOLEAN, default: false}
 *       unitCaps: {type: DECIMAL_MAP, default: {E101: "0.10"}, min: "0"}
 * </pre>
 *
 * @param id rule set id, or null when absent
 * @param version version, or null when absent
 * @param description description, possibly empty
 * @param files DRL file names, or null when the manifest does not list them
 * @param rules rule definitions by id, in manifest order
 */
public record Manifest(String id, String version, String description, List<String> files,
        Map<String, RuleDefinition> rules) {

    /** The manifest's file name. */
    public static final String FILE_NAME = "ruleset.yaml";

    /** Holds the YAML mapper, so that precompiled packs (read from properties) never load Jackson. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private static final Set<String> TOP_KEYS = Set.of("id", "version", "description", "files", "rules");
    private static final Set<String> RULE_KEYS =
            Set.of("description", "severity", "action", "enabled", "citation", "parameters");
    private static final Set<String> PARAMETER_KEYS = Set.of("type", "default", "description", "min", "max");

    /** A manifest that cannot be read; the message names the file and the field. */
    public static final class InvalidManifestException extends BillingException {
        private static final long serialVersionUID = 1L;

        /** @serial */
        private final int line;
        /** @serial */
        private final int column;

        InvalidManifestException(String message) {
            this(message, 0, 0);
        }

        InvalidManifestException(String message, int line, int column) {
            super("RULES_MANIFEST_INVALID", message);
            this.line = line;
            this.column = column;
        }

        /** @return 1-based line of the offending key or value, 0 when unknown */
        public int line() {
            return line;
        }

        /** @return 1-based column, 0 when unknown */
        public int column() {
            return column;
        }
    }

    /**
     * @param yaml the manifest text
     * @return the manifest
     * @throws InvalidManifestException naming the field, with the line and column of its key, when the text is not
     *     a valid manifest
     */
    public static Manifest parse(String yaml) {
        try {
            return parseTree(yaml);
        } catch (InvalidManifestException e) {
            if (e.line() > 0) {
                throw e;
            }
            int[] at = locate(yaml, e.getMessage());
            throw new InvalidManifestException(e.getMessage(), at[0], at[1]);
        }
    }

    /**
     * @return {line, column} of the key the message's dotted path (its first word, or the word after "unknown
     *     key in") ends at, found segment by segment in the text; {0, 0} when it cannot be found
     */
    private static int[] locate(String yaml, String message) {
        String path;
        java.util.regex.Matcher unknown = java.util.regex.Pattern.compile("^(\\S+): unknown key in (\\S+?)[;,]")
                .matcher(message);
        if (unknown.find()) {
            path = unknown.group(2) + "." + unknown.group(1);
        } else if (message.startsWith("unknown key ")) {
            path = message.substring("unknown key ".length()).split("[ ;]")[0];
        } else {
            path = message.split("[ :]")[0];
        }
        int from = 0;
        int found = -1;
        for (String segment : path.split("\\.")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w-])[\"']?"
                    + java.util.regex.Pattern.quote(segment) + "[\"']?\\s*:").matcher(yaml);
            if (!m.find(from)) {
                break;
            }
            found = m.start();
            from = m.end();
        }
        if (found < 0) {
            return new int[] {0, 0};
        }
        int line = 1 + (int) yaml.substring(0, found).chars().filter(c -> c == '\n').count();
        int column = found - yaml.lastIndexOf('\n', found - 1);
        return new int[] {line, column};
    }

    private static Manifest parseTree(String yaml) {
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\\R")[0].strip();
            throw new InvalidManifestException("is not valid YAML: " + original,
                    at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidManifestException("must be a YAML mapping with id, version and rules");
        }
        unknownKeys(root, TOP_KEYS, "");
        String id = text(root, "id");
        String version = text(root, "version");
        String description = root.has("description") ? root.get("description").asText() : "";
        List<String> files = null;
        if (root.has("files")) {
            if (!root.get("files").isArray()) {
                throw new InvalidManifestException("files must be a list of DRL file names");
            }
            files = new ArrayList<>();
            for (JsonNode f : root.get("files")) {
                files.add(f.asText());
            }
        }
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        JsonNode rulesNode = root.get("rules");
        if (rulesNode != null && !rulesNode.isNull()) {
            if (!rulesNode.isObject()) {
                throw new InvalidManifestException("rules must map rule ids to their defaults");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = rulesNode.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                rules.put(e.getKey(), rule(e.getKey(), e.getValue()));
            }
        }
        return new Manifest(id, version, description, files, rules);
    }

    /**
     * Writes this manifest as properties, for the build-time index of a precompiled pack: reading them back needs
     * no YAML parser, which keeps the YAML library off the start-up path.
     *
     * @param out receives {@code manifest.*} and {@code rule.N.*} keys
     */
    public void toProperties(java.util.Properties out) {
        out.setProperty("manifest.id", id == null ? "" : id);
        out.setProperty("manifest.version", version == null ? "" : version);
        out.setProperty("manifest.description", description == null ? "" : description);
        out.setProperty("manifest.files", files == null ? "" : String.join("/", files));
        int r = 0;
        for (RuleDefinition rule : rules.values()) {
            String k = "rule." + r++ + ".";
            out.setProperty(k + "id", rule.id());
            out.setProperty(k + "description", rule.description());
            out.setProperty(k + "enabled", Boolean.toString(rule.enabled()));
            out.setProperty(k + "severity", rule.severity().name());
            out.setProperty(k + "action", rule.action().name());
            out.setProperty(k + "citation", rule.citation());
            int p = 0;
            for (ParameterDefinition def : rule.parameters()) {
                String pk = k + "param." + p++ + ".";
                out.setProperty(pk + "name", def.name());
                out.setProperty(pk + "type", def.type().name());
                out.setProperty(pk + "description", def.description());
                def.minIfSet().ifPresent(v -> out.setProperty(pk + "min", v.toPlainString()));
                def.maxIfSet().ifPresent(v -> out.setProperty(pk + "max", v.toPlainString()));
                if (def.type() == ParameterType.DECIMAL_MAP) {
                    List<Map.Entry<String, java.math.BigDecimal>> entries =
                            new ArrayList<>(def.defaultValue().entries().entrySet());
                    out.setProperty(pk + "default.count", Integer.toString(entries.size()));
                    for (int i = 0; i < entries.size(); i++) {
                        out.setProperty(pk + "default." + i + ".key", entries.get(i).getKey());
                        out.setProperty(pk + "default." + i + ".value", entries.get(i).getValue().toPlainString());
                    }
                } else if (def.type() == ParameterType.STRING_LIST) {
                    List<String> values = def.defaultValue().strings();
                    out.setProperty(pk + "default.count", Integer.toString(values.size()));
                    for (int i = 0; i < values.size(); i++) {
                        out.setProperty(pk + "default." + i, values.get(i));
                    }
                } else {
                    out.setProperty(pk + "default", def.defaultValue().decimal().toPlainString());
                }
            }
        }
    }

    /**
     * @param in properties written by {@link #toProperties}
     * @return the manifest, or null when they hold none
     */
    public static Manifest fromProperties(java.util.Properties in) {
        if (in.getProperty("manifest.id") == null) {
            return null;
        }
        String files = in.getProperty("manifest.files", "");
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        for (int r = 0; in.getProperty("rule." + r + ".id") != null; r++) {
            String k = "rule." + r + ".";
            List<ParameterDefinition> params = new ArrayList<>();
            for (int p = 0; in.getProperty(k + "param." + p + ".name") != null; p++) {
                String pk = k + "param." + p + ".";
                ParameterType type = ParameterType.valueOf(in.getProperty(pk + "type"));
                ParameterValue value;
                if (type == ParameterType.DECIMAL_MAP) {
                    Map<String, java.math.BigDecimal> entries = new LinkedHashMap<>();
                    int count = Integer.parseInt(in.getProperty(pk + "default.count", "0"));
                    for (int i = 0; i < count; i++) {
                        entries.put(in.getProperty(pk + "default." + i + ".key"),
                                new java.math.BigDecimal(in.getProperty(pk + "default." + i + ".value")));
                    }
                    value = ParameterValue.decimalMap(entries);
                } else if (type == ParameterType.STRING_LIST) {
                    List<String> values = new ArrayList<>();
                    int count = Integer.parseInt(in.getProperty(pk + "default.count", "0"));
                    for (int i = 0; i < count; i++) {
                        values.add(in.getProperty(pk + "default." + i));
                    }
                    value = ParameterValue.strings(values);
                } else {
                    value = ParameterValue.parse(type, in.getProperty(pk + "default"));
                }
                params.add(new ParameterDefinition(in.getProperty(pk + "name"), type, value,
                        in.getProperty(pk + "description"), decimalOrNull(in.getProperty(pk + "min")),
                        decimalOrNull(in.getProperty(pk + "max"))));
            }
            String id = in.getProperty(k + "id");
            rules.put(id, new RuleDefinition(id, in.getProperty(k + "description"),
                    Boolean.parseBoolean(in.getProperty(k + "enabled")),
                    Severity.valueOf(in.getProperty(k + "severity")), Action.valueOf(in.getProperty(k + "action")),
                    in.getProperty(k + "citation"), params));
        }
        return new Manifest(emptyToNull(in.getProperty("manifest.id")), emptyToNull(in.getProperty("manifest.version")),
                in.getProperty("manifest.description", ""), files.isEmpty() ? null : List.of(files.split("/")),
                rules);
    }

    private static java.math.BigDecimal decimalOrNull(String s) {
        return s == null ? null : new java.math.BigDecimal(s);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static RuleDefinition rule(String id, JsonNode node) {
        String where = "rules." + id;
        if (node == null || node.isNull()) {
            return RuleDefinition.undocumented(id);
        }
        if (!node.isObject()) {
            throw new InvalidManifestException(where + " must be a mapping");
        }
        unknownKeys(node, RULE_KEYS, where + ".");
        Severity severity = node.has("severity")
                ? parseEnum(Severity.class, node.get("severity").asText(), where + ".severity") : Severity.WARNING;
        Action action = node.has("action")
                ? parseEnum(Action.class, node.get("action").asText(), where + ".action") : Action.FLAG;
        boolean enabled = !node.has("enabled") || node.get("enabled").asBoolean(true);
        List<ParameterDefinition> parameters = new ArrayList<>();
        JsonNode params = node.get("parameters");
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                throw new InvalidManifestException(where + ".parameters must map names to definitions");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                parameters.add(parameter(where + ".parameters." + p.getKey(), p.getKey(), p.getValue()));
            }
        }
        try {
            return new RuleDefinition(id, text(node, "description"), enabled, severity, action,
                    text(node, "citation"), parameters);
        } catch (BillingException e) {
            throw new InvalidManifestException(where + ": " + e.getMessage());
        }
    }

    private static ParameterDefinition parameter(String where, String name, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidManifestException(where + " must be a mapping with type and default");
        }
        unknownKeys(node, PARAMETER_KEYS, where + ".");
        if (!node.has("type") || !node.has("default")) {
            throw new InvalidManifestException(where + " needs a type and a default");
        }
        ParameterType type = parseEnum(ParameterType.class, node.get("type").asText(), where + ".type");
        JsonNode def = node.get("default");
        ParameterValue value;
        try {
            if (def.isArray()) {
                value = ParameterValue.strings(strings(def));
            } else if (def.isObject()) {
                Map<String, java.math.BigDecimal> entries = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = def.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    entries.put(e.getKey(), ParameterValue.decimal(e.getValue().asText()).decimal());
                }
                value = ParameterValue.decimalMap(entries);
            } else {
                value = ParameterValue.parse(type, def.asText());
            }
        } catch (BillingException e) {
            throw new InvalidManifestException(where + ".default: " + e.getMessage());
        }
        if (value.type() != type) {
            throw new InvalidManifestException(where + ".default is a " + value.type() + " but the type is " + type);
        }
        try {
            return new ParameterDefinition(name, type, value, text(node, "description"), bound(node, "min", where),
                    bound(node, "max", where));
        } catch (BillingException e) {
            throw new InvalidManifestException(where + ": " + e.getMessage());
        }
    }

    private static java.math.BigDecimal bound(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new InvalidManifestException(where + "." + field + " '" + v.asText() + "' is not a number");
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText());
        }
        return out;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String where) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidManifestException(where + " is '" + text + "', expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                String where = prefix.isEmpty() ? "the manifest" : prefix.substring(0, prefix.length() - 1);
                throw new InvalidManifestException(key + ": unknown key in " + where
                        + ParameterNames.closest(key, allowed, "keys"));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
