package dev.legalbilling.rules.internal.isolation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.legalbilling.InvalidValueException;
import dev.legalbilling.contingency.ContingencySchedules;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.receivables.collection.FeeArbitrationRules;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.CheckLimits;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.ExpenseCost;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSettings;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.rules.internal.RuleSetContent;
import dev.legalbilling.rules.internal.SourceFile;
import dev.legalbilling.trust.EarnedFees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the host-to-worker messages (rule set contents, security policy, check requests and limits), written
 * by the host and read by the worker, which trusts the host. Worker-to-host answers are read by {@link Answers},
 * which trusts nothing. Stateless; thread-safe.
 */
final class Wire {
    /** Reads and writes billing values: invoices and money in the shapes of billing-json. */
    static final ObjectMapper BILLING = BillingJson.mapper();
    /**
     * Reads everything else, strictly: duplicate keys, trailing tokens, deep nesting, long numbers and names are
     * refused.
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Writes check messages: billing-json's serializers, without its indentation. */
    private static final ObjectWriter COMPACT = BILLING.writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(64).maxNameLength(1024).build());
    }

    private Wire() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return STRICT.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param bytes a message
     * @return its tree
     * @throws IOException when it is not one JSON object
     */
    static ObjectNode parse(byte[] bytes) throws IOException {
        JsonNode node;
        try (JsonParser p = STRICT.getFactory().createParser(bytes)) {
            node = STRICT.readTree(p);
        }
        if (!(node instanceof ObjectNode o)) {
            throw new IOException("the message is not a JSON object");
        }
        return o;
    }

    // ---- policy

    static ObjectNode policy(RuleSecurityPolicy policy) {
        ObjectNode n = object();
        ArrayNode types = n.putArray("types");
        policy.allowedTypes().forEach(types::add);
        ArrayNode packages = n.putArray("packages");
        policy.allowedPackages().forEach(packages::add);
        ArrayNode members = n.putArray("members");
        policy.allowedMembers().forEach(members::add);
        n.put("functions", policy.functionsAllowed());
        n.put("maxFileBytes", policy.maxFileBytes());
        n.put("maxRules", policy.maxRules());
        n.put("compileTimeoutNanos", policy.compileTimeout().toNanos());
        return n;
    }

    /** @return exactly the policy {@link #policy(RuleSecurityPolicy)} wrote: names, members and limits */
    static RuleSecurityPolicy policy(JsonNode n) {
        return RuleSecurityPolicy.of(strings(n.get("types")), strings(n.get("packages")), strings(n.get("members")),
                n.get("functions").booleanValue(), n.get("maxFileBytes").intValue(), n.get("maxRules").intValue(),
                Duration.ofNanos(n.get("compileTimeoutNanos").longValue()));
    }

    private static java.util.Set<String> strings(JsonNode array) {
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        array.forEach(v -> values.add(v.textValue()));
        return values;
    }

    // ---- rule set contents

    static ObjectNode content(RuleSetContent content) {
        ObjectNode n = object();
        n.put("id", content.id());
        n.put("version", content.version());
        ArrayNode files = n.putArray("files");
        for (SourceFile f : content.drlFiles()) {
            ObjectNode file = files.addObject().put("name", f.name());
            if (f.table() != null && f.table().source() != null) {
                file.put("table", java.util.Base64.getEncoder().encodeToString(f.table().source()));
            } else {
                file.put("text", f.text());
            }
        }
        if (content.manifestFile() != null) {
            n.putObject("manifest").put("name", content.manifestFile().name())
                    .put("text", content.manifestFile().text());
        } else {
            n.putNull("manifest");
        }
        return n;
    }

    // ---- limits

    static ObjectNode limits(CheckLimits limits) {
        return object().put("maxFirings", limits.maxFirings()).put("timeoutNanos", limits.timeout().toNanos())
                .put("maxAllocatedBytes", limits.maxAllocatedBytes());
    }

    static CheckLimits limits(JsonNode n) {
        return new CheckLimits(n.get("maxFirings").longValue(), Duration.ofNanos(n.get("timeoutNanos").longValue()),
                n.get("maxAllocatedBytes").longValue());
    }

    // ---- check requests

    /**
     * What the host last sent one worker, so that a request with the same profile and matter objects leaves them
     * out and the worker reuses its own copies (a CLI run checks every invoice with one profile). Used by the thread
     * that holds the worker.
     */
    static final class Sent {
        private boolean any;
        private GuidelineProfile profile;
        private Matter matter;
    }

    /** What one worker last received: the profile and matter a request without them means. */
    static final class Received {
        private final ProfileCache profiles = new ProfileCache();
        private boolean any;
        private GuidelineProfile profile;
        private Matter matter;
    }

    /**
     * A check message read by the worker.
     *
     * @param request the request
     * @param limits the limits
     */
    record Check(CheckRequest request, CheckLimits limits) {
    }

    /**
     * Writes a check message as a stream (no tree of the invoice): {@code {"type":"check","limits":…,"request":
     * {"invoice":…,"matter":…,"profile":…,"priorFees":…,"ethics":…}}}, where {@code matter} and {@code profile}
     * are left out when they are the very objects last sent to this worker.
     *
     * @param request the request
     * @param ethics the request's ethics context as {@link #ethics(EthicsContext)} wrote it, or null
     * @param limits the limits
     * @param sent what this worker was sent before; updated when the message is complete
     * @return the message's bytes
     */
    static byte[] check(CheckRequest request, ObjectNode ethics, CheckLimits limits, Sent sent) {
        boolean sameProfile = sent.any && sent.profile == request.profile();
        boolean sameMatter = sent.any && sent.matter == request.matter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = BILLING.getFactory().createGenerator(bytes)) {
            g.writeStartObject();
            g.writeStringField("type", "check");
            g.writeFieldName("limits");
            COMPACT.writeValue(g, limits(limits));
            g.writeObjectFieldStart("request");
            g.writeFieldName("invoice");
            COMPACT.writeValue(g, request.invoice());
            if (!sameMatter) {
                if (request.matter() != null) {
                    g.writeStringField("matter", MatterFile.formatMatter(request.matter()));
                } else {
                    g.writeNullField("matter");
                }
            }
            if (!sameProfile) {
                g.writeFieldName("profile");
                COMPACT.writeValue(g, profile(request.profile()));
            }
            g.writeFieldName("priorFees");
            COMPACT.writeValue(g, request.priorFees());
            g.writeFieldName("ethics");
            if (ethics != null) {
                COMPACT.writeValue(g, ethics);
            } else {
                g.writeNull();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sent.any = true;
        sent.profile = request.profile();
        sent.matter = request.matter();
        return bytes.toByteArray();
    }

    /**
     * Reads the type of a message: its first field (the host writes it first).
     *
     * @param bytes a message from the host
     * @return its type
     * @throws IOException when the message does not start with its type
     */
    static String type(byte[] bytes) throws IOException {
        try (JsonParser p = BILLING.getFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !"type".equals(p.nextFieldName())) {
                throw new IOException("the message does not start with its type");
            }
            return p.nextTextValue();
        }
    }

    /**
     * Reads a check message as {@link #check(CheckRequest, ObjectNode, CheckLimits, Sent)} wrote it, the invoice
     * straight from the stream.
     *
     * @param bytes the message
     * @param received what this worker received before; updated
     * @return the request and limits
     * @throws IOException when the message cannot be read
     */
    static Check check(byte[] bytes, Received received) throws IOException {
        CheckLimits limits = null;
        Invoice invoice = null;
        Matter matter = received.matter;
        GuidelineProfile profile = received.profile;
        Money prior = null;
        EthicsContext ethics = null;
        boolean hasMatter = false;
        boolean hasProfile = false;
        try (JsonParser p = BILLING.getFactory().createParser(bytes)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                p.nextToken();
                switch (field) {
                    case "type" -> {
                        if (!"check".equals(p.getText())) {
                            throw new IOException("not a check message");
                        }
                    }
                    case "limits" -> limits = limits((JsonNode) BILLING.readTree(p));
                    case "request" -> {
                        expect(p.currentToken(), JsonToken.START_OBJECT);
                        for (String r = p.nextFieldName(); r != null; r = p.nextFieldName()) {
                            p.nextToken();
                            switch (r) {
                                case "invoice" -> invoice = BILLING.readValue(p, Invoice.class);
                                case "matter" -> {
                                    hasMatter = true;
                                    matter = p.currentToken() == JsonToken.VALUE_NULL ? null
                                            : MatterFile.parseMatter("matter", p.getText());
                                }
                                case "profile" -> {
                                    hasProfile = true;
                                    profile = received.profiles.read((JsonNode) BILLING.readTree(p));
                                }
                                case "priorFees" -> prior = BILLING.readValue(p, Money.class);
                                case "ethics" -> ethics = p.currentToken() == JsonToken.VALUE_NULL ? null
                                        : ethics((JsonNode) BILLING.readTree(p));
                                default -> throw new IOException("unknown request field " + r);
                            }
                        }
                    }
                    default -> throw new IOException("unknown check field " + field);
                }
            }
        }
        if (invoice == null || limits == null || (!received.any && (!hasMatter || !hasProfile))) {
            throw new IOException("incomplete check message");
        }
        received.any = true;
        received.matter = matter;
        received.profile = profile;
        return new Check(new CheckRequest(invoice, matter, profile, prior, ethics), limits);
    }

    private static void expect(JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", found " + token);
        }
    }

    /**
     * The profile last read, kept while requests carry an equal one: the engine reuses a profile's parameter facts
     * only for the same profile object, as it does for a host that checks many invoices with one profile.
     */
    static final class ProfileCache {
        private JsonNode json;
        private GuidelineProfile profile;

        GuidelineProfile read(JsonNode n) {
            if (!n.equals(json)) {
                profile = profile(n);
                json = n;
            }
            return profile;
        }
    }

    private static ObjectNode profile(GuidelineProfile p) {
        ObjectNode n = object();
        n.put("id", p.id());
        if (p.client() != null) {
            n.put("client", p.client().value());
        } else {
            n.putNull("client");
        }
        n.put("effectiveDate", p.effectiveDate().toString());
        ObjectNode years = n.putObject("barAdmissionYears");
        p.barAdmissionYears().forEach(years::put);
        ObjectNode rules = n.putObject("rules");
        for (Map.Entry<String, RuleSettings> e : p.rules().entrySet()) {
            RuleSettings s = e.getValue();
            ObjectNode r = rules.putObject(e.getKey());
            if (s.enabled() != null) {
                r.put("enabled", s.enabled());
            }
            if (s.severity() != null) {
                r.put("severity", s.severity().name());
            }
            if (s.action() != null) {
                r.put("action", s.action().name());
            }
            if (s.citation() != null) {
                r.put("citation", s.citation());
            }
            ObjectNode params = r.putObject("parameters");
            for (Map.Entry<String, ParameterValue> pe : s.parameters().entrySet()) {
                ParameterValue v = pe.getValue();
                ObjectNode pv = params.putObject(pe.getKey());
                pv.put("type", v.type().name());
                pv.put("decimal", v.decimal().toString());
                ArrayNode strings = pv.putArray("strings");
                v.strings().forEach(strings::add);
                ObjectNode entries = pv.putObject("entries");
                v.entries().forEach((k, d) -> entries.put(k, d.toString()));
            }
        }
        return n;
    }

    private static GuidelineProfile profile(JsonNode n) {
        Map<String, RuleSettings> rules = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.get("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode r = e.getValue();
            Map<String, ParameterValue> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> pi = r.get("parameters").fields(); pi.hasNext(); ) {
                Map.Entry<String, JsonNode> pe = pi.next();
                JsonNode pv = pe.getValue();
                List<String> strings = new ArrayList<>();
                pv.get("strings").forEach(s -> strings.add(s.textValue()));
                Map<String, BigDecimal> entries = new LinkedHashMap<>();
                pv.get("entries").fields().forEachRemaining(x -> entries.put(x.getKey(),
                        new BigDecimal(x.getValue().textValue())));
                params.put(pe.getKey(), new ParameterValue(ParameterType.valueOf(pv.get("type").textValue()),
                        new BigDecimal(pv.get("decimal").textValue()), strings, entries));
            }
            rules.put(e.getKey(), new RuleSettings(r.has("enabled") ? r.get("enabled").booleanValue() : null,
                    r.has("severity") ? Severity.valueOf(r.get("severity").textValue()) : null,
                    r.has("action") ? Action.valueOf(r.get("action").textValue()) : null,
                    r.has("citation") ? r.get("citation").textValue() : null, params));
        }
        ClientId client = n.get("client").isNull() ? null : ClientId.of(n.get("client").textValue());
        Map<String, Integer> years = new LinkedHashMap<>();
        n.get("barAdmissionYears").fields().forEachRemaining(y -> years.put(y.getKey(), y.getValue().intValue()));
        return new GuidelineProfile(n.get("id").textValue(), client, LocalDate.parse(n.get("effectiveDate")
                .textValue()), rules, years);
    }

    /**
     * @param e an ethics context
     * @return its JSON
     * @throws InvalidValueException when it holds records the worker cannot be given
     */
    static ObjectNode ethics(EthicsContext e) {
        List<String> missing = new ArrayList<>();
        if (e.hasTrustRecords()) {
            missing.add("trust records");
        }
        if (e.earnedFees() != EarnedFees.none()) {
            missing.add("earned fees");
        }
        if (!e.closedMatters().isEmpty()) {
            missing.add("closed matters");
        }
        if (!e.advanceFees().isEmpty()) {
            missing.add("advance fees");
        }
        if (!e.collectionActions().isEmpty()) {
            missing.add("collection actions");
        }
        if (!e.receivables().isEmpty()) {
            missing.add("receivables");
        }
        if (e.contingencySchedules() != ContingencySchedules.builtIn()) {
            missing.add("contingency schedules other than the built-in ones");
        }
        if (e.feeArbitrationRules() != FeeArbitrationRules.defaults()) {
            missing.add("fee-arbitration rules other than the defaults");
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException("ethics", String.join(", ", missing), "cannot be given to rule sets"
                    + " running in a worker JVM yet (only the date, other invoices and expense costs can); run"
                    + " them in-process (Isolation.inProcess(), billing --no-isolation)");
        }
        ObjectNode n = object();
        if (e.asOfIfSet().isPresent()) {
            n.put("asOf", e.asOfIfSet().get().toString());
        } else {
            n.putNull("asOf");
        }
        ArrayNode others = n.putArray("otherInvoices");
        e.otherInvoices().forEach(i -> others.add((JsonNode) BILLING.valueToTree(i)));
        ArrayNode costs = n.putArray("expenseCosts");
        for (ExpenseCost c : e.expenseCosts()) {
            costs.addObject().put("invoice", c.invoice().value()).put("lineNumber", c.lineNumber())
                    .put("markupDisclosed", c.markupDisclosed())
                    .set("actualCost", BILLING.valueToTree(c.actualCost()));
        }
        return n;
    }

    private static EthicsContext ethics(JsonNode n) throws IOException {
        EthicsContext.Builder b = EthicsContext.builder();
        if (!n.get("asOf").isNull()) {
            b.asOf(LocalDate.parse(n.get("asOf").textValue()));
        }
        List<Invoice> others = new ArrayList<>();
        for (JsonNode i : n.get("otherInvoices")) {
            others.add(BILLING.treeToValue(i, Invoice.class));
        }
        b.otherInvoices(others);
        for (JsonNode c : n.get("expenseCosts")) {
            b.expenseCost(new ExpenseCost(InvoiceNumber.of(c.get("invoice").textValue()),
                    c.get("lineNumber").textValue(), BILLING.treeToValue(c.get("actualCost"), Money.class),
                    c.get("markupDisclosed").booleanValue()));
        }
        return b.build();
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
