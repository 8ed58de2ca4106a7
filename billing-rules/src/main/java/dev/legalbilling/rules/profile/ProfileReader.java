package dev.legalbilling.rules.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.rules.profile.internal.Located;
import dev.legalbilling.rules.profile.internal.Mappers;
import dev.legalbilling.rules.profile.internal.ProfileDocument;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads guideline profile files (YAML or JSON, the format of {@code docs/profiles.md}) into {@link ScopedProfile}s,
 * checking every key and value against the rules the profile configures.
 *
 * <pre>{@code
 * ProfileReader reader = ProfileReader.forEngine(engine);
 * ScopedProfile profile = reader.read(Path.of("profiles/insurance-defense.yaml"));
 * ComplianceReport report = engine.check(invoice, matter, profile.profile());
 * }</pre>
 *
 * <p>A profile may {@code extends} another: a bundled profile id (see {@link #BUNDLED}) or a file path relative to
 * the extending file. Keys the extending profile sets win; per rule, each of {@code enabled}, {@code severity},
 * {@code action}, the citation ({@code citation} or {@code clause}) and each parameter is inherited separately, and
 * a parameter value (a whole list or map included) replaces the inherited one. A key no profile of the chain sets
 * keeps its documented default (the rule set's manifest for rule settings).
 *
 * <p>Every problem is a {@link JsonInputException} naming the file, the path of the key (e.g.
 * {@code rules.OCG-DAILY-HOURS.parameters.maxHours}) and, when known, the line and column: unknown keys, rule ids or
 * parameter names, values of the wrong type or outside the documented bounds, unknown timekeeper classifications,
 * missing or circular {@code extends}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileReader {
    /** The classpath folder of the profiles bundled with this library. */
    public static final String BUNDLED_ROOT = "dev/legalbilling/rules/profile/";
    /** The ids of the bundled profiles: {@code ocg-defaults} restates the guideline pack's defaults. */
    public static final List<String> BUNDLED = List.of("ocg-defaults");

    /** The rule whose {@code approvedTimekeepers} parameter the {@code timekeepers} list fills. */
    static final String ROSTER_RULE = "OCG-UNAPPROVED-TIMEKEEPER";
    /** The rule whose {@code approvedRates} and {@code approvedClassRates} the roster and class rates fill. */
    static final String RATE_RULE = "OCG-RATE-ABOVE-APPROVED";


    private final Map<String, RuleDefinition> rules;

    private ProfileReader(Map<String, RuleDefinition> rules) {
        this.rules = rules;
    }

    /**
     * @param engine the engine whose rule sets the profiles configure
     * @return a reader that knows every rule of the engine's rule sets
     */
    public static ProfileReader forEngine(RuleEngine engine) {
        List<RuleDefinition> all = new ArrayList<>();
        for (RuleSetInfo set : engine.ruleSets()) {
            all.addAll(set.rules());
        }
        return forRules(all);
    }

    /**
     * @param definitions the rules profiles may configure; the first definition of an id wins
     * @return a reader that refuses settings for any other rule
     */
    public static ProfileReader forRules(Collection<RuleDefinition> definitions) {
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        for (RuleDefinition d : definitions) {
            byId.putIfAbsent(d.id(), d);
        }
        return new ProfileReader(Map.copyOf(byId));
    }

    /**
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} profile
     * @return the profile
     * @throws JsonInputException naming the file, key path and problem when the profile (or one it extends) is
     *     invalid
     */
    public ScopedProfile read(Path file) {
        Objects.requireNonNull(file, "file");
        return resolve(Origin.file(file.toAbsolutePath().normalize()));
    }

    /**
     * @param source a name for the text in messages
     * @param text a profile in YAML (JSON is YAML too); a relative {@code extends} path is resolved against the
     *     working directory
     * @return the profile
     * @throws JsonInputException naming the source, key path and problem when the profile is invalid
     */
    public ScopedProfile read(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        return resolve(new Origin(source, null, text, Path.of("").toAbsolutePath(), null));
    }

    /**
     * Reads a profile held under a top-level key of a larger YAML or JSON file, as a rule test case holds its
     * {@code profile}: errors name the file's own lines and the key path from the top ({@code profile.rules.X}); a
     * relative {@code extends} path is resolved against the file's folder.
     *
     * @param file the file, YAML (or JSON when its name ends in {@code .json})
     * @param key the top-level key whose value is the profile, e.g. {@code profile}
     * @return the profile
     * @throws JsonInputException naming the file, key path and problem when the file cannot be read, has no such
     *     key, or the profile is invalid
     */
    public ScopedProfile readEmbedded(Path file, String key) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Path absolute = file.toAbsolutePath().normalize();
        String text = text(Origin.file(absolute));
        return resolve(new Origin(file.toString(), absolute, text, absolute.getParent(), key));
    }

    /**
     * @param id a bundled profile id, e.g. {@code ocg-defaults}
     * @return the profile
     * @throws JsonInputException when there is no such bundled profile or it does not fit the known rules
     */
    public ScopedProfile bundled(String id) {
        Objects.requireNonNull(id, "id");
        String text = bundledText(id);
        if (text == null) {
            throw new JsonInputException("bundled:" + id, "", 0, 0, "no bundled profile '" + id + "' (bundled: "
                    + BUNDLED + ")");
        }
        return resolve(new Origin("bundled:" + id, null, text, null, null));
    }

    private ScopedProfile resolve(Origin origin) {
        List<Layer> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Origin next = origin;
        while (next != null) {
            if (!seen.add(next.source())) {
                Layer last = chain.get(chain.size() - 1);
                JsonInputException circular = new JsonInputException(last.source, "extends", 0, 0, "extends "
                        + next.source() + ", which extends it back (" + String.join(" -> ", seen) + " -> "
                        + next.source() + ")");
                throw Mappers.relocate(within(last.origin, circular), Mappers.of(isJson(last.origin)),
                        text(last.origin));
            }
            Layer layer = located(next);
            chain.add(layer);
            try {
                next = layer.doc.parent() == null ? null : parentOf(next, layer.doc.parent());
            } catch (JsonInputException e) {
                throw Mappers.relocate(within(layer.origin, e), Mappers.of(isJson(layer.origin)),
                        text(layer.origin));
            }
        }
        Merged merged = new Merged();
        for (int i = chain.size() - 1; i >= 0; i--) {
            merged.apply(chain.get(i));
        }
        return merged.build(chain.get(0));
    }

    private static Origin parentOf(Origin child, String parent) {
        String p = parent.strip();
        boolean isFile = p.endsWith(".yaml") || p.endsWith(".yml") || p.endsWith(".json") || p.contains("/")
                || p.contains("\\");
        if (!isFile) {
            String text = bundledText(p);
            if (text == null) {
                throw new JsonInputException(child.source(), "extends", 0, 0, "no bundled profile '" + p
                        + "' (bundled: " + BUNDLED + "; a file needs a .yaml, .yml or .json name)");
            }
            return new Origin("bundled:" + p, null, text, null, null);
        }
        if (child.directory() == null) {
            throw new JsonInputException(child.source(), "extends", 0, 0, "a bundled profile can only extend another"
                    + " bundled profile, not the file " + p);
        }
        Path file = child.directory().resolve(p).normalize();
        if (!Files.isRegularFile(file)) {
            throw new JsonInputException(child.source(), "extends", 0, 0, "file " + file + " not found");
        }
        return Origin.file(file);
    }

    private static String bundledText(String id) {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            return null;
        }
        try (InputStream in = ProfileReader.class.getClassLoader().getResourceAsStream(BUNDLED_ROOT + id + ".yaml")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read bundled profile " + id, e);
        }
    }

    private static String text(Origin origin) {
        if (origin.file() == null || origin.text() != null) {
            return origin.text();
        }
        try {
            return Files.readString(origin.file(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(origin.source(), "", 0, 0, "file not found");
        } catch (IOException e) {
            throw new JsonInputException(origin.source(), "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isJson(Origin origin) {
        return origin.file() != null
                && origin.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static ProfileDocument parse(Origin origin, String text) {
        boolean json = isJson(origin);
        try {
            ProfileDocument doc = origin.key() == null ? Mappers.of(json).readValue(text, ProfileDocument.class)
                    : embedded(Mappers.of(json), origin, text);
            if (doc == null) {
                throw new JsonInputException(origin.source(), "", 0, 0, "is empty");
            }
            return doc;
        } catch (JsonProcessingException e) {
            throw BillingJson.translate(origin.source(), e);
        } catch (IOException e) {
            throw new JsonInputException(origin.source(), "", 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads the value of the origin's top-level key, so that locations stay the file's own. */
    private static ProfileDocument embedded(com.fasterxml.jackson.databind.ObjectMapper mapper, Origin origin,
            String text) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = mapper.getFactory().createParser(text)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new JsonInputException(origin.source(), "", 0, 0, "must be a mapping");
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                boolean found = p.currentName().equals(origin.key());
                p.nextToken();
                if (found) {
                    return mapper.readValue(p, ProfileDocument.class);
                }
                p.skipChildren();
            }
        }
        throw new JsonInputException(origin.source(), origin.key(), 0, 0, "is missing");
    }

    /** {@link #layer}, with the line and column of the key at fault added to any error that lacks them. */
    private Layer located(Origin origin) {
        String text = text(origin);
        try {
            return layer(origin, text);
        } catch (JsonInputException e) {
            throw Mappers.relocate(within(origin, e), Mappers.of(isJson(origin)), text);
        }
    }

    /** An error about a profile embedded under a key, with the key in front of its path. */
    private static JsonInputException within(Origin origin, JsonInputException e) {
        return origin.key() == null ? e : new JsonInputException(e.source(),
                e.path().isEmpty() ? origin.key() : origin.key() + "." + e.path(), e.line(), e.column(), e.problem());
    }

    /** Reads one file of the chain and checks and types everything it says. */
    private Layer layer(Origin origin, String text) {
        ProfileDocument doc = parse(origin, text);
        String src = origin.source();
        if (doc.id() == null || doc.id().isBlank()) {
            throw new JsonInputException(src, "id", 0, 0, "is required: every profile needs an id");
        }
        check(src, "id", () -> dev.legalbilling.internal.Checks.identifier("profileId", doc.id()));
        if (doc.clientId() != null) {
            check(src, "clientId", () -> ClientId.of(doc.clientId()));
        }
        Layer layer = new Layer(origin, doc);
        if (doc.rules() != null) {
            for (Map.Entry<String, ProfileDocument.Rule> e : doc.rules().entrySet()) {
                layer.rules.put(e.getKey(), rule(src, e.getKey(), e.getValue()));
            }
        }
        if (doc.timekeepers() != null) {
            roster(src, doc.timekeepers(), layer);
        }
        if (doc.classRates() != null) {
            classRates(src, doc.classRates(), layer);
        }
        return layer;
    }

    private RuleLayer rule(String src, String ruleId, ProfileDocument.Rule r) {
        String path = "rules." + ruleId;
        RuleDefinition def = rules.get(ruleId);
        if (def == null) {
            throw new JsonInputException(src, path, 0, 0, "no loaded rule set defines rule " + ruleId
                    + closest(ruleId, rules.keySet()));
        }
        if (r == null) {
            return new RuleLayer(null, null, null, null, null, Map.of());
        }
        if (r.citation() != null && r.clause() != null) {
            throw new JsonInputException(src, path + ".clause", 0, 0, "set either citation (the whole text) or"
                    + " clause (cited after the profile's guidelines title), not both");
        }
        Map<String, ParameterValue> params = new LinkedHashMap<>();
        if (r.parameters() != null) {
            for (Map.Entry<String, Located> p : r.parameters().entrySet()) {
                String ppath = path + ".parameters." + p.getKey();
                ParameterDefinition pdef = def.parameter(p.getKey()).orElseThrow(() -> new JsonInputException(src,
                        ppath, p.getValue().line(), p.getValue().column(), "rule " + ruleId + " has no parameter "
                        + p.getKey() + (def.parameters().isEmpty() ? "; it takes none"
                        : "; its parameters: " + def.parameters().stream().map(ParameterDefinition::name).toList())));
                params.put(p.getKey(), value(src, ppath, pdef, p.getValue()));
            }
        }
        return new RuleLayer(r.enabled(), r.severity(), r.action(), blankToNull(r.citation()),
                blankToNull(r.clause()), params);
    }

    /** Types a parameter value as the rule documents it. */
    static ParameterValue value(String src, String path, ParameterDefinition def, Located located) {
        JsonNode n = located.node();
        ParameterValue value;
        try {
            value = switch (def.type()) {
                case DECIMAL -> ParameterValue.decimal(number(n, def));
                case MONEY -> ParameterValue.money(notNegative(number(n, def)));
                case INTEGER -> ParameterValue.integer(whole(number(n, def)));
                case BOOLEAN -> {
                    if (!n.isBoolean()) {
                        throw new Problem("must be true or false, was " + shown(n));
                    }
                    yield ParameterValue.bool(n.booleanValue());
                }
                case STRING_LIST -> ParameterValue.strings(strings(n));
                case DECIMAL_MAP -> ParameterValue.decimalMap(entries(n));
            };
        } catch (Problem e) {
            throw new JsonInputException(src, path, located.line(), located.column(), e.getMessage());
        } catch (BillingException e) {
            throw new JsonInputException(src, path, located.line(), located.column(), e.getMessage());
        }
        String problem = def.outOfBounds(value).orElse(null);
        if (problem != null) {
            throw new JsonInputException(src, path, located.line(), located.column(), value.asText() + " " + problem);
        }
        return value;
    }

    private static BigDecimal number(JsonNode n, ParameterDefinition def) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().strip());
            } catch (NumberFormatException e) {
                throw new Problem("'" + n.asText() + "' is not a number");
            }
        }
        throw new Problem("must be a number (" + def.type().name().toLowerCase(Locale.ROOT) + "), was "
                + shown(n));
    }

    private static BigDecimal notNegative(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new Problem(amount.toPlainString() + " must not be negative");
        }
        return amount;
    }

    private static long whole(BigDecimal number) {
        try {
            return number.longValueExact();
        } catch (ArithmeticException e) {
            throw new Problem(number.toPlainString() + " must be a whole number");
        }
    }

    private static List<String> strings(JsonNode n) {
        if (!n.isArray()) {
            throw new Problem("must be a list, e.g. [first phrase, second phrase], was " + shown(n));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isValueNode() || e.isNull() || e.asText().isBlank()) {
                // a list of words or codes: nested lists, mappings and blanks are mistakes
                throw new Problem("must list non-blank words or codes, has " + shown(e));
            }
            out.add(e.asText().strip());
        }
        return out;
    }

    private static Map<String, BigDecimal> entries(JsonNode n) {
        if (!n.isObject()) {
            throw new Problem("must map keys to numbers, e.g. {E101: 0.10}, was " + shown(n));
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (e.getKey().isBlank()) {
                throw new Problem("has a blank key");
            }
            try {
                out.put(e.getKey(), v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip()));
            } catch (NumberFormatException ex) {
                throw new Problem("entry " + e.getKey() + " must be a number, was " + shown(v));
            }
        }
        return out;
    }

    private static String shown(JsonNode n) {
        if (n.isNull() || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "'" + n.asText() + "'";
        }
        return n.isContainerNode() ? (n.isArray() ? "a list" : "a mapping") : n.asText();
    }

    /** The roster fills the approved-timekeeper list and the approved rates of the rules that read them. */
    private void roster(String src, List<ProfileDocument.Timekeeper> roster, Layer layer) {
        List<String> ids = new ArrayList<>();
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < roster.size(); i++) {
            ProfileDocument.Timekeeper t = roster.get(i);
            String path = "timekeepers[" + i + "]";
            if (t == null || t.id() == null || t.id().isBlank()) {
                throw new JsonInputException(src, path + ".id", 0, 0, "is required: the timekeeper id as on"
                        + " invoices");
            }
            if (!seen.add(t.id().strip())) {
                throw new JsonInputException(src, path + ".id", 0, 0, "timekeeper " + t.id() + " is listed twice");
            }
            if (t.classification() != null && !TimekeeperClassification.isKnown(t.classification())) {
                throw new JsonInputException(src, path + ".classification", 0, 0, "'" + t.classification()
                        + "' is not a LEDES timekeeper classification (e.g. PARTNR, ASSOC, PARALG)");
            }
            if (t.rate() != null && t.rate().signum() < 0) {
                throw new JsonInputException(src, path + ".rate", 0, 0, t.rate().toPlainString()
                        + " must not be negative");
            }
            ids.add(t.id().strip());
            if (t.rate() != null) {
                rates.put(t.id().strip(), t.rate());
            }
            if (t.barAdmissionYear() != null) {
                layer.barAdmissionYears.put(t.id().strip(), year(src, path + ".barAdmissionYear",
                        t.barAdmissionYear()));
            }
        }
        sugar(src, "timekeepers", layer, ROSTER_RULE, "approvedTimekeepers", ParameterValue.strings(ids));
        sugar(src, "timekeepers", layer, RATE_RULE, "approvedRates", ParameterValue.decimalMap(rates));
    }

    private static int year(String src, String path, Number written) {
        int year;
        try {
            year = new BigDecimal(written.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new JsonInputException(src, path, 0, 0, written + " must be a whole year");
        }
        if (year < Timekeeper.MIN_BAR_ADMISSION_YEAR || year > Timekeeper.MAX_BAR_ADMISSION_YEAR) {
            throw new JsonInputException(src, path, 0, 0, year + " must be a year between "
                    + Timekeeper.MIN_BAR_ADMISSION_YEAR + " and " + Timekeeper.MAX_BAR_ADMISSION_YEAR);
        }
        return year;
    }

    private void classRates(String src, Map<String, BigDecimal> classRates, Layer layer) {
        for (Map.Entry<String, BigDecimal> e : classRates.entrySet()) {
            if (!TimekeeperClassification.isKnown(e.getKey())) {
                throw new JsonInputException(src, "classRates." + e.getKey(), 0, 0, "'" + e.getKey()
                        + "' is not a LEDES timekeeper classification (e.g. PARTNR, ASSOC, PARALG)");
            }
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw new JsonInputException(src, "classRates." + e.getKey(), 0, 0, "must be a rate, not negative");
            }
        }
        sugar(src, "classRates", layer, RATE_RULE, "approvedClassRates", ParameterValue.decimalMap(classRates));
    }

    private void sugar(String src, String key, Layer layer, String ruleId, String parameter, ParameterValue value) {
        if (!rules.containsKey(ruleId) || rules.get(ruleId).parameter(parameter).isEmpty()) {
            throw new JsonInputException(src, key, 0, 0, "no loaded rule set has rule " + ruleId + " with parameter "
                    + parameter + ", which " + key + " sets (load the guideline pack)");
        }
        RuleLayer r = layer.rules.get(ruleId);
        if (r != null && r.parameters().containsKey(parameter)) {
            throw new JsonInputException(src, "rules." + ruleId + ".parameters." + parameter, 0, 0, "is also set by "
                    + key + "; set one or the other");
        }
        Map<String, ParameterValue> params = new LinkedHashMap<>(r == null ? Map.of() : r.parameters());
        params.put(parameter, value);
        layer.rules.put(ruleId, r == null ? new RuleLayer(null, null, null, null, null, params)
                : new RuleLayer(r.enabled(), r.severity(), r.action(), r.citation(), r.clause(), params));
    }

    private static void check(String src, String path, Runnable validation) {
        try {
            validation.run();
        } catch (BillingException e) {
            throw new JsonInputException(src, path, 0, 0, e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** @return {@code "; did you mean X?"} for a near miss, else the known ids */
    private static String closest(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(given.toUpperCase(Locale.ROOT), k.toUpperCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= 3) {
            return "; did you mean " + best + "?";
        }
        return "; known rules: " + new TreeSet<>(known);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Where a profile comes from. */
    private record Origin(String source, Path file, String text, Path directory, String key) {
        static Origin file(Path file) {
            return new Origin(file.toString(), file, null, file.getParent(), null);
        }
    }

    /** A value that does not fit, before it is given its file and path. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message, null, false, false);
        }
    }

    /** What one file of an extends chain says about one rule, typed. */
    private record RuleLayer(Boolean enabled, Severity severity, Action action, String citation, String clause,
            Map<String, ParameterValue> parameters) {
    }

    /** One file of an extends chain, checked and typed. */
    private static final class Layer {
        private final Origin origin;
        private final String source;
        private final ProfileDocument doc;
        private final Map<String, RuleLayer> rules = new LinkedHashMap<>();
        /** The roster's bar admission years; meaningful only when the file has a roster. */
        private final Map<String, Integer> barAdmissionYears = new LinkedHashMap<>();

        Layer(Origin origin, ProfileDocument doc) {
            this.origin = origin;
            this.source = origin.source();
            this.doc = doc;
        }
    }

    /** The chain folded from the farthest ancestor to the file read. */
    private static final class Merged {
        private String description;
        private String clientId;
        private LocalDate effectiveDate;
        private ProfileScope scope;
        private String guidelines;
        private final Map<String, MergedRule> rules = new LinkedHashMap<>();
        private Map<String, Integer> barAdmissionYears = Map.of();

        void apply(Layer layer) {
            ProfileDocument d = layer.doc;
            if (d.timekeepers() != null) {
                // a roster replaces the inherited one as a whole, as the approved timekeepers it sets do
                barAdmissionYears = layer.barAdmissionYears;
            }
            description = d.description() != null ? d.description() : description;
            clientId = d.clientId() != null ? d.clientId() : clientId;
            effectiveDate = d.effectiveDate() != null ? d.effectiveDate() : effectiveDate;
            if (d.scope() != null) {
                scope = new ProfileScope(d.scope().practiceAreas() == null ? null
                        : new HashSet<>(d.scope().practiceAreas()), d.scope().matterTypes() == null ? null
                        : new HashSet<>(d.scope().matterTypes()));
            }
            guidelines = d.guidelines() != null ? blankToNull(d.guidelines()) : guidelines;
            for (Map.Entry<String, RuleLayer> e : layer.rules.entrySet()) {
                MergedRule m = rules.computeIfAbsent(e.getKey(), k -> new MergedRule());
                RuleLayer r = e.getValue();
                m.enabled = r.enabled() != null ? r.enabled() : m.enabled;
                m.severity = r.severity() != null ? r.severity() : m.severity;
                m.action = r.action() != null ? r.action() : m.action;
                if (r.citation() != null || r.clause() != null) {
                    m.citation = r.citation();
                    m.clause = r.clause();
                }
                m.parameters.putAll(r.parameters());
            }
        }

        ScopedProfile build(Layer self) {
            GuidelineProfile.Builder b = GuidelineProfile.builder(self.doc.id());
            if (clientId != null) {
                b.client(ClientId.of(clientId));
            }
            if (effectiveDate != null) {
                b.effectiveDate(effectiveDate);
            }
            barAdmissionYears.forEach(b::barAdmissionYear);
            for (Map.Entry<String, MergedRule> e : rules.entrySet()) {
                String id = e.getKey();
                MergedRule m = e.getValue();
                if (m.enabled != null) {
                    b.rule(id, s -> s.withEnabled(m.enabled));
                }
                if (m.severity != null) {
                    b.severity(id, m.severity);
                }
                if (m.action != null) {
                    b.action(id, m.action);
                }
                String citation = m.citation != null ? m.citation
                        : m.clause == null ? null : guidelines == null ? m.clause : guidelines + " " + m.clause;
                if (citation != null) {
                    b.citation(id, citation);
                }
                m.parameters.forEach((name, value) -> b.parameter(id, name, value));
            }
            return new ScopedProfile(b.build(), scope, description, self.source);
        }
    }

    /** One rule's settings as the chain leaves them. */
    private static final class MergedRule {
        private Boolean enabled;
        private Severity severity;
        private Action action;
        private String citation;
        private String clause;
        private final Map<String, ParameterValue> parameters = new LinkedHashMap<>();
    }
}
