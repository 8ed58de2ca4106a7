package dev.legalbilling.rules.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.BillingException;
import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Client;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.profile.ProfileReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * profile:                             # optional: inline, or the path of a profile file (docs/profiles.md)
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
 * <p>The profile, inline or in its own file, is read by {@link ProfileReader} for the engine's rules, exactly as
 * {@code billing check --profile} reads it: parameters are typed and bounded as the rules document them, and an
 * unknown rule, parameter or key is an error naming its line.
 *
 * <p>Findings compare as sets of (rule id, line); {@code expect: []} asserts that nothing fires. Invoices ending in
 * {@code .json}, {@code .yaml} or {@code .yml} are read by billing-json's invoice reader, the invoice format of
 * {@code billing check} ({@code docs/invoice-files.md}); LEDES files by {@link LedesInvoiceSource}; register other
 * formats with {@link #withInvoiceSource(String, InvoiceSource)}.
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
    private final RuleEngine engine;
    private final ProfileReader profiles;
    private final Map<String, InvoiceSource> sources;

    private RuleTestRunner(RuleEngine engine, ProfileReader profiles, Map<String, InvoiceSource> sources) {
        this.engine = engine;
        this.profiles = profiles;
        this.sources = Map.copyOf(sources);
    }

    /**
     * @param engine the engine holding the rules under test
     * @return a runner reading JSON and YAML invoices with billing-json's invoice reader (the format
     *     {@code billing check} reads, {@link BillingJson#read(Path, Class)}), LEDES invoices ending in
     *     {@code .ledes} or {@code .txt} ({@link LedesInvoiceSource}), and profiles with
     *     {@link ProfileReader#forEngine(RuleEngine)}
     */
    public static RuleTestRunner of(RuleEngine engine) {
        InvoiceSource json = file -> BillingJson.read(file, Invoice.class);
        LedesInvoiceSource ledes = new LedesInvoiceSource();
        return new RuleTestRunner(engine, ProfileReader.forEngine(engine), Map.of("json", json, "yaml", json,
                "yml", json, "ledes", ledes, "txt", ledes));
    }

    /**
     * @param extension a file extension without the dot, e.g. {@code txt} or {@code ledes}
     * @param source how to read invoices with that extension
     * @return a copy of this runner that also reads them
     */
    public RuleTestRunner withInvoiceSource(String extension, InvoiceSource source) {
        Map<String, InvoiceSource> copy = new HashMap<>(sources);
        copy.put(extension.toLowerCase(Locale.ROOT), source);
        return new RuleTestRunner(engine, profiles, copy);
    }

    /**
     * Finds the test case files under a folder (recursively), or takes one file.
     *
     * @param path a folder or a test case file
     * @return the test cases, sorted by path
     * @throws HarnessException naming the file and field when a test case file is invalid
     * @throws dev.legalbilling.json.JsonInputException naming the file, key path and line when its profile is
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

    /**
     * A test case file as written. Read with billing-json's mapper, so an unknown key is an error naming its line,
     * column and the closest key, as in every other file the library reads.
     */
    private record CaseDocument(String name, String invoice, MatterDocument matter, BigDecimal priorFees,
            JsonNode profile, List<Expectation> expect) {
    }

    /** A test case's matter. */
    private record MatterDocument(String practiceArea, String matterType, String jurisdiction, String budget) {
    }

    /** One expected finding: a rule id, and the line item unless the finding is about the whole invoice. */
    private record Expectation(String rule, String line) {
    }

    private RuleTestCase parse(Path file) {
        CaseDocument n = BillingJson.read(file, CaseDocument.class);
        Path dir = file.toAbsolutePath().getParent();
        String name = n.name() != null ? n.name() : file.getFileName().toString();
        if (n.invoice() == null || n.invoice().isBlank()) {
            throw new HarnessException(file + ": field 'invoice' is required");
        }
        Path invoice = dir.resolve(n.invoice()).normalize();
        GuidelineProfile profile = GuidelineProfile.defaults();
        JsonNode p = n.profile();
        if (p != null && !p.isNull()) {
            profile = p.isTextual() ? profiles.read(dir.resolve(p.asText()).normalize()).profile()
                    : profiles.readEmbedded(file, "profile").profile();
        }
        if (n.expect() == null) {
            throw new HarnessException(file + ": field 'expect' must be a list (use [] to expect no findings)");
        }
        Set<ExpectedFinding> expected = new LinkedHashSet<>();
        for (Expectation e : n.expect()) {
            if (e == null || e.rule() == null || e.rule().isBlank()) {
                throw new HarnessException(file + ": every expectation needs a 'rule'");
            }
            expected.add(new ExpectedFinding(e.rule(), e.line()));
        }
        Map<String, String> matter = new HashMap<>();
        MatterDocument m = n.matter();
        if (m != null) {
            putIfSet(matter, "practiceArea", m.practiceArea());
            putIfSet(matter, "matterType", m.matterType());
            putIfSet(matter, "jurisdiction", m.jurisdiction());
            putIfSet(matter, "budget", m.budget());
        }
        return new RuleTestCase(name, file, invoice, matter, profile, n.priorFees(), expected);
    }

    private static void putIfSet(Map<String, String> matter, String key, String value) {
        if (value != null) {
            matter.put(key, value.strip());
        }
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
