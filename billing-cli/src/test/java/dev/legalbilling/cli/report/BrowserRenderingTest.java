package dev.legalbilling.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.legalbilling.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every report kind and a reminder letter, made by the command line from the sample files, opened in headless
 * Chromium ({@link HeadlessChromium}, DevTools protocol): no console error or warning, no uncaught exception, no
 * request beyond the page itself, no horizontal overflow when printed on A4; the check report's filter and sort
 * script works. Screenshots (PNG) and Letter and A4 prints (PDF) are kept under {@code target/browser/}.
 *
 * <p>Skipped only when {@code /usr/bin/chromium} is missing and the build is not on CI ({@code CI=true}); on CI a
 * missing browser fails the test ({@code .ci/run} installs it).
 */
class BrowserRenderingTest {
    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
    private static final String CHECKS = "(function () {"
            + " var r = {overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,"
            + "  charts: document.querySelectorAll('figure.chart svg[role=img] > title').length};"
            + " var c = document.querySelector('.controls');"
            + " if (c) {"
            + "  r.controlsShown = !c.hidden;"
            + "  var table = document.querySelector('table[data-findings]');"
            + "  var rows = function () { return Array.prototype.filter.call(table.tBodies[0].rows,"
            + "   function (x) { return !x.hidden; }).length; };"
            + "  var sel = c.querySelector('select[name=severity]');"
            + "  sel.value = 'WARNING'; sel.dispatchEvent(new Event('change'));"
            + "  r.warningRows = rows();"
            + "  r.expectedWarningRows = table.querySelectorAll('tbody tr[data-severity=WARNING]').length;"
            + "  sel.value = ''; sel.dispatchEvent(new Event('change'));"
            + "  r.allRows = rows();"
            + "  var stake = table.querySelectorAll('th button.sort')[3]; stake.click(); stake.click();"
            + "  r.sort = stake.parentNode.getAttribute('aria-sort');"
            + "  var first = table.tBodies[0].rows[0].cells[5].getAttribute('data-value');"
            + "  r.firstIsLargest = Array.prototype.every.call(table.tBodies[0].rows, function (x) {"
            + "   return Number(x.cells[5].getAttribute('data-value')) <= Number(first); });"
            + " }"
            + " return r; })()";

    private static HeadlessChromium browser;
    private static final Map<String, Path> PAGES = new LinkedHashMap<>();

    @BeforeAll
    static void startBrowserAndMakePages() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!Files.isExecutable(HeadlessChromium.BINARY)) {
            Assumptions.assumeTrue(ci, "chromium is not installed (apt-get install chromium); not on CI, skipped");
            throw new AssertionError("CI=true but " + HeadlessChromium.BINARY + " is missing: .ci/run installs it");
        }
        Files.createDirectories(OUT);
        page("check", Cli.run("check", "--format", "html", HtmlMatchesJsonTest.INVOICE_DIR));
        page("aging", Cli.run("ar", "aging", "--invoices", HtmlMatchesJsonTest.AR_INVOICES, "--payments",
                HtmlMatchesJsonTest.AR_PAYMENTS, "--as-of", "2026-06-30", "--format", "html"));
        page("trust-reconcile", Cli.run("trust", "reconcile", "--journal", HtmlMatchesJsonTest.JOURNAL,
                "--statement", HtmlMatchesJsonTest.STATEMENT, "--format", "html"));
        String statement = Files.readString(Path.of(HtmlMatchesJsonTest.STATEMENT))
                .replaceFirst("\"endingBalance\"\\s*:\\s*\"43275.00\"", "\"endingBalance\": \"43250.00\"");
        Path changed = Files.writeString(OUT.resolve("out-of-balance.statement.json"), statement);
        page("trust-reconcile-out-of-balance", Cli.run("trust", "reconcile", "--journal",
                HtmlMatchesJsonTest.JOURNAL, "--statement", changed, "--format", "html"));
        page("trust-ledger", Cli.run("trust", "ledger", "--journal", HtmlMatchesJsonTest.JOURNAL, "--format",
                "html"));
        page("trust-ledger-private", Cli.run("trust", "ledger", "--journal", HtmlMatchesJsonTest.JOURNAL,
                "--client", "C-1002", "--include-private", "--format", "html"));
        page("rules-list", Cli.run("rules", "list", "--format", "html"));
        page("fee-contingency", Cli.run("fee", "contingency", "--schedule", "NY-PI-A", "--recovery", "2000000",
                "--costs", "15000", "--date", "2026-06-01", "--format", "html"));
        Path letters = OUT.resolve("letters");
        Cli.run("ar", "reminders", "--invoices", HtmlMatchesJsonTest.AR_INVOICES, "--payments",
                HtmlMatchesJsonTest.AR_PAYMENTS, "--as-of", "2026-06-30", "--letters", letters, "--firm",
                "Marsh & Lind LLP", "--payment-instructions",
                "Wire to Example Bank, account 000123456, routing 021000021.\\nReference: the invoice number.");
        PAGES.put("letter", letters.resolve("2026-06-30_2026-0101_PAST-DUE-60.html"));
        assertThat(PAGES.get("letter")).exists();
        browser = HeadlessChromium.start();
    }

    private static void page(String name, Cli.Result r) throws Exception {
        assertThat(r.out()).as(name + ": " + r.err()).startsWith("<!DOCTYPE html>");
        PAGES.put(name, Files.writeString(OUT.resolve(name + ".html"), r.out(), StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageRendersWithoutErrorsOrRequestsAndFitsA4() throws Exception {
        assertThat(PAGES).hasSize(9);
        for (Map.Entry<String, Path> p : PAGES.entrySet()) {
            HeadlessChromium.Loaded loaded = browser.load(p.getValue(), 1100, CHECKS);
            Files.write(OUT.resolve(p.getKey() + ".png"), loaded.png());
            Files.write(OUT.resolve(p.getKey() + "-letter.pdf"), loaded.letterPdf());
            Files.write(OUT.resolve(p.getKey() + "-a4.pdf"), loaded.a4Pdf());
            assertThat(loaded.problems()).as(p.getKey()).isEmpty();
            assertThat(loaded.png().length).as(p.getKey() + " screenshot").isGreaterThan(10_000);
            assertThat(new String(loaded.a4Pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(loaded.checks().get("overflow").asLong()).as(p.getKey() + " on screen").isLessThanOrEqualTo(0);
            assertThat(loaded.printOverflowA4()).as(p.getKey() + " printed on A4").isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theCheckReportsScriptFiltersAndSorts() throws Exception {
        JsonNode c = browser.load(PAGES.get("check"), 1100, CHECKS).checks();
        assertThat(c.get("controlsShown").asBoolean()).isTrue();
        assertThat(c.get("warningRows").asInt()).isEqualTo(c.get("expectedWarningRows").asInt()).isPositive()
                .isLessThan(c.get("allRows").asInt());
        assertThat(c.get("sort").asText()).isEqualTo("descending");
        assertThat(c.get("firstIsLargest").asBoolean()).isTrue();
        JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Cli.run("check", "--format", "json", HtmlMatchesJsonTest.INVOICE_DIR).out());
        int withFindings = 0;
        for (JsonNode invoice : report.get("invoices")) {
            withFindings += invoice.get("findings").isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).isPositive();
        assertThat(c.get("charts").asInt()).as("two charts per invoice with findings").isEqualTo(2 * withFindings);
    }

    @Test
    void theHarnessSeesConsoleErrorsExceptionsAndRequests() throws Exception {
        Path bad = Files.writeString(OUT.resolve("harness-bad.html"), "<!DOCTYPE html><html><head><title>t</title>"
                + "</head><body><img alt=\"x\" src=\"http://127.0.0.1:9/x.png\"><script>console.error('boom');"
                + " undefinedFunction();</script></body></html>");
        HeadlessChromium.Loaded loaded = browser.load(bad, 800, "1");
        assertThat(loaded.problems()).anyMatch(p -> p.startsWith("console error"))
                .anyMatch(p -> p.startsWith("exception"))
                .anyMatch(p -> p.startsWith("request: http://127.0.0.1:9/x.png"));
    }
}
