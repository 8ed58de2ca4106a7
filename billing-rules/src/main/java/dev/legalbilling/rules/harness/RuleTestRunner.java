package dev.legalbilling.rules.harness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.legalbilling.BillingException;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs rule test cases against a {@link RuleEngine}: for rule authors who test their files without writing Java.
 *
 * <p>A test case file ({@code *.test.yaml}, {@code *.test.yml} or {@code *.test.json}):
 *
 * <pre>
 * name: partner over the daily cap
 * invoice: invoices/over-cap.json     # relative to this file; the extension picks the InvoiceSource
 * matter: {practiceArea: LITIGATION, matterType: GENERAL, jurisdiction: US-NY, budget: "50000"}   # optional
 * priorFees: "12000.00"                # optional
 * profile:                             # optional: inline, or the path of a YAML/JSON file of the same shape
 *   id: acme-2026
 *   clientId: ACME
 *   effectiveDate: 2026-01-01
 *   rules:
 *     DEMO-DAILY-HOURS: {parameters: {maxHoursPerDay: 8}, severity: ERROR, action: ADJUST, citation: "OCG 4.2"}
 *     DEMO-BLANK-TASK-CODE: {enabled: false}
 * expect:                              # exactly these findings, and no others
 *   - {rule: DEMO-DAILY-HOURS, line: "1"}
 *   - {rule: FIRM-OVER-BUDGET}          # no line: a finding on the invoice as a whole
 * </pre>
 *
 * <p>Parameters: numbers become DECIMAL values (the engine converts them to the documented numeric type), lists
 * STRING_LIST, {@code true}/{@code false} BOOLEAN and mappings of numbers DECIMAL_MAP values.
 *
 * <p>Findings compare as sets of (rule id, line); {@code expect: []} asserts that nothing fires. Invoices ending in
 * {@code .json}, {@code .yaml} or {@code .yml} are read by {@link JsonInvoiceSource}; register other formats (LEDES)
 * with {@link #withInvoiceSource(String, InvoiceSource)}.
 *
 * <p>From JUnit 5:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> firmRules() {
 *     RuleTestRunner runner = RuleTestRunner.of(engine);
 *     return runner.discover(Path.of("src/test/rules")).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
 *         RuleTestResult r = runner.run(c);
 *         if (!r.passed()) fail(r.diff());
 *     }));
 * }
 * }</pre>
 *
 * <p>Immutable once configured; thread-safe when its invoice sources are.
 */
public final class RuleTestRunner {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> CASE_KEYS =
            Set.of("name", "invoice", "matter", "priorFees", "profile", "expect");

    private final RuleEngine engine;
    private final Map<String, InvoiceSource> sources;

    private RuleTestRunner(RuleEngine engine, Map<String, InvoiceSource> sources) {
        this.engine = engine;
        this.sources = Map.copyOf(sources);
    }

    /**
     * @param engine the engine holding the rules under test
     * @return a runner reading JSON and YAML invoices ({@link JsonInvoiceSource}) and LEDES invoices ending in
     *     {@code .ledes} or {@code .txt} ({@link LedesInvoiceSource})
     */
    public static RuleTestRunner of(RuleEngine engine) {
        JsonInvoiceSource json = new JsonInvoiceSource();
        LedesInvoiceSource ledes = new LedesInvoiceSource();
        return new RuleTestRunner(engine, Map.of("json", json, "yaml", json, "yml", json, "ledes", ledes,
                "txt", ledes));
    }

    /**
     * Reads a guideline profile file in the shape of a test case's {@code profile} (see the class comment): YAML,
     * or JSON when the name ends in {@code .json}.
     *
     * @param file the profile file
     * @return the profile
     * @throws HarnessException naming the file when it cannot be read or is not a valid profile
     */
    public static GuidelineProfile readProfile(Path file) {
        return profile(readTree(file), file.toString());
    }

    /**
     * @param extension a file extension without the dot, e.g. {@code txt} or {@code ledes}
     * @param source how to read invoices with that extension
     * @return a copy of this runner that also reads them
     */
    public RuleTestRunner withInvoiceSource(String extension, InvoiceSource source) {
        Map<String, InvoiceSource> copy = new HashMap<>(sources);
        copy.put(extension.toLowerCase(Locale.ROOT), source);
        return new RuleTestRunner(engine, copy);
    }

    /**
     * Finds the test case files under a folder (recursively), or takes one file.
     *
     * @param path a folder or a test case file
     * @return the test cases, sorted by path
     * @throws HarnessException naming the file and field when a test case file is invalid
     * @throws UncheckedIOException when the folder cannot be read
     */
    public List<RuleTestCase> discover(Path path) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                s.filter(p -> isTestCase(p.getFileName().toString())).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else {
            files.add(path);
        }
        List<RuleTestCase> cases = new ArrayList<>();
        for (Path f : files) {
            cases.add(parse(f));
        }
        return cases;
    }

    /**
     * Runs every test case under a folder. A case that cannot be read or run counts as failed with the reason.
     *
     * @param path a folder or a test case file
     * @return the summary; {@link RuleTestSummary#report()} ends with {@code N passed, M failed}
     */
    public RuleTestSummary runAll(Path path) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.walk(path)) {
                s.filter(p -> isTestCase(p.getFileName().toString())).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else {
            files.add(path);
        }
        List<RuleTestResult> results = new ArrayList<>();
        for (Path f : files) {
            RuleTestCase c;
            try {
                c = parse(f);
            } catch (BillingException | UncheckedIOException e) {
                RuleTestCase broken = new RuleTestCase(f.getFileName().toString(), f, f, Map.of(),
                        GuidelineProfile.defaults(), null, Set.of());
                results.add(new RuleTestResult(broken, List.of(), List.of(), e.getMessage()));
                continue;
            }
            results.add(run(c));
        }
        return new RuleTestSummary(results);
    }

    /**
     * @param testCase a test case
     * @return its result; never throws for rule or file problems (they are the result's error)
     */
    public RuleTestResult run(RuleTestCase testCase) {
        try {
            Invoice invoice = readInvoice(testCase.invoiceFile());
            Matter matter = testCase.matter().isEmpty() ? null : matter(testCase.matter(), invoice);
            ComplianceReport report = engine.check(new CheckRequest(invoice, matter, testCase.profile(),
                    testCase.priorFees() == null ? null : Money.of(testCase.priorFees(), invoice.currency())));
            Set<ExpectedFinding> actual = new LinkedHashSet<>();
            for (Finding f : report.findings()) {
                actual.add(new ExpectedFinding(f.ruleId(), f.lineItemNumber()));
            }
            TreeSet<ExpectedFinding> missing = new TreeSet<>(testCase.expected());
            missing.removeAll(actual);
            TreeSet<ExpectedFinding> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(testCase.expected());
            return new RuleTestResult(testCase, new ArrayList<>(missing), new ArrayList<>(unexpected), null);
        } catch (BillingException | UncheckedIOException e) {
            return new RuleTestResult(testCase, List.of(), List.of(), e.getMessage());
        }
    }

    private Invoice readInvoice(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        InvoiceSource source = sources.get(ext);
        if (source == null) {
            throw new HarnessException(file + ": no invoice source reads '." + ext + "' files (registered: "
                    + new TreeSet<>(sources.keySet()) + ")");
        }
        return source.read(file);
    }

    private static boolean isTestCase(String name) {
        return name.endsWith(".test.yaml") || name.endsWith(".test.yml") || name.endsWith(".test.json");
    }

    private static JsonNode readTree(Path file) {
        String name = file.getFileName().toString();
        ObjectMapper mapper = name.endsWith(".json") ? JSON : YAML;
        try {
            JsonNode n = mapper.readTree(file.toFile());
            if (n == null || !n.isObject()) {
                throw new HarnessException(file + ": must be a mapping");
            }
            return n;
        } catch (IOException e) {
            throw new HarnessException(file + ": not valid " + (mapper == JSON ? "JSON" : "YAML") + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static RuleTestCase parse(Path file) {
        JsonNode n = readTree(file);
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!CASE_KEYS.contains(key)) {
                throw new HarnessException(file + ": unknown field '" + key + "' (expected one of "
                        + new TreeSet<>(CASE_KEYS) + ")");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        String name = n.hasNonNull("name") ? n.get("name").asText() : file.getFileName().toString();
        if (!n.hasNonNull("invoice")) {
            throw new HarnessException(file + ": field 'invoice' is required");
        }
        Path invoice = dir.resolve(n.get("invoice").asText()).normalize();
        GuidelineProfile profile = GuidelineProfile.defaults();
        JsonNode p = n.get("profile");
        if (p != null && !p.isNull()) {
            if (p.isTextual()) {
                Path pf = dir.resolve(p.asText()).normalize();
                profile = profile(readTree(pf), pf.toString());
            } else {
                profile = profile(p, file + " profile");
            }
        }
        java.math.BigDecimal prior = null;
        if (n.hasNonNull("priorFees")) {
            try {
                prior = new java.math.BigDecimal(n.get("priorFees").asText());
            } catch (NumberFormatException e) {
                throw new HarnessException(file + ": priorFees '" + n.get("priorFees").asText()
                        + "' is not a decimal number", e);
            }
        }
        if (!n.has("expect") || !n.get("expect").isArray()) {
            throw new HarnessException(file + ": field 'expect' must be a list (use [] to expect no findings)");
        }
        Set<ExpectedFinding> expected = new LinkedHashSet<>();
        for (JsonNode e : n.get("expect")) {
            if (!e.hasNonNull("rule")) {
                throw new HarnessException(file + ": every expectation needs a 'rule'");
            }
            expected.add(new ExpectedFinding(e.get("rule").asText(),
                    e.hasNonNull("line") ? e.get("line").asText() : null));
        }
        Map<String, String> matter = new HashMap<>();
        JsonNode m = n.get("matter");
        if (m != null && !m.isNull()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = m.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!Set.of("practiceArea", "matterType", "jurisdiction", "budget").contains(e.getKey())) {
                    throw new HarnessException(file + ": unknown matter field '" + e.getKey() + "'");
                }
                matter.put(e.getKey(), e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString()
                        : e.getValue().asText());
            }
        }
        return new RuleTestCase(name, file, invoice, matter, profile, prior, expected);
    }

    /**
     * Reads a profile from its YAML/JSON tree. Parameters: numbers (or numeric strings) become DECIMAL values (the
     * engine converts them to the type the rule documents), lists become STRING_LIST values.
     */
    static GuidelineProfile profile(JsonNode p, String where) {
        try {
            GuidelineProfile.Builder b = GuidelineProfile.builder(p.hasNonNull("id") ? p.get("id").asText() : "test");
            if (p.hasNonNull("clientId")) {
                b.client(ClientId.of(p.get("clientId").asText()));
            }
            if (p.hasNonNull("effectiveDate")) {
                b.effectiveDate(LocalDate.parse(p.get("effectiveDate").asText()));
            }
            JsonNode rules = p.get("rules");
            if (rules != null && rules.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = rules.properties().iterator(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String ruleId = e.getKey();
                    JsonNode r = e.getValue();
                    if (r.hasNonNull("enabled")) {
                        if (r.get("enabled").asBoolean()) {
                            b.enable(ruleId);
                        } else {
                            b.disable(ruleId);
                        }
                    }
                    if (r.hasNonNull("severity")) {
                        b.severity(ruleId, Severity.valueOf(r.get("severity").asText().toUpperCase(Locale.ROOT)));
                    }
                    if (r.hasNonNull("action")) {
                        b.action(ruleId, Action.valueOf(r.get("action").asText().toUpperCase(Locale.ROOT)));
                    }
                    if (r.hasNonNull("citation")) {
                        b.citation(ruleId, r.get("citation").asText());
                    }
                    JsonNode params = r.get("parameters");
                    if (params != null && params.isObject()) {
                        for (Iterator<Map.Entry<String, JsonNode>> pi = params.properties().iterator(); pi.hasNext();) {
                            Map.Entry<String, JsonNode> pe = pi.next();
                            b.parameter(ruleId, pe.getKey(), parameter(pe.getValue()));
                        }
                    }
                }
            }
            return b.build();
        } catch (BillingException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new HarnessException(where + ": " + e.getMessage(), e);
        }
    }

    private static ParameterValue parameter(JsonNode v) {
        if (v.isArray()) {
            List<String> strings = new ArrayList<>();
            v.forEach(s -> strings.add(s.asText()));
            return ParameterValue.strings(strings);
        }
        if (v.isBoolean()) {
            return ParameterValue.bool(v.booleanValue());
        }
        if (v.isObject()) {
            Map<String, java.math.BigDecimal> entries = new java.util.LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = v.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                entries.put(e.getKey(), ParameterValue.decimal(e.getValue().isNumber()
                        ? e.getValue().decimalValue().toPlainString() : e.getValue().asText()).decimal());
            }
            return ParameterValue.decimalMap(entries);
        }
        return ParameterValue.decimal(v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
    }

    /** Builds the optional matter of a test case from the invoice's ids. */
    static Matter matter(Map<String, String> m, Invoice invoice) {
        try {
            return buildMatter(m, invoice);
        } catch (BillingException | IllegalArgumentException e) {
            throw new HarnessException("matter of invoice " + invoice.number() + ": " + e.getMessage(), e);
        }
    }

    private static Matter buildMatter(Map<String, String> m, Invoice invoice) {
        Matter.Builder b = Matter.builder(invoice.matter(), new Client(invoice.client(), invoice.client().value()))
                .name("Matter " + invoice.matter()).arrangement(new HourlyFee())
                .currency(invoice.currency().getCurrencyCode());
        if (m.containsKey("practiceArea")) {
            b.practiceArea(constant(PracticeArea.class, "practiceArea", m.get("practiceArea")));
        }
        if (m.containsKey("matterType")) {
            b.matterType(constant(MatterType.class, "matterType", m.get("matterType")));
        }
        if (m.containsKey("jurisdiction")) {
            b.jurisdiction(m.get("jurisdiction"));
        }
        if (m.containsKey("budget")) {
            b.budget(Money.of(m.get("budget"), invoice.currency().getCurrencyCode()));
        }
        return b.build();
    }

    /** The constant named {@code value}, in any case; else an error naming the allowed values. */
    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw new HarnessException(field + " '" + value + "' is not one of " + java.util.Arrays.stream(
                type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
    }
}
