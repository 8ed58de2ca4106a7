package dev.legalbilling.rules.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.rules.RuleEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedesInvoiceSourceTest {
    /** The first invoice of the LEDES 1998B specification's sample file, as published. */
    private static final String INVOICE_96542 = "harness/ledes/invoice-96542.txt";
    /** The specification's whole sample: invoices 96542 and 96543. */
    private static final String OFFICIAL_SAMPLE = "harness/ledes/ledes98b-official-sample.txt";

    private static RuleEngine engine;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        engine = RuleEngine.builder().addBundled("demo").build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Path resource(String path) {
        try {
            return Path.of(LedesInvoiceSourceTest.class.getClassLoader().getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheOfficialSampleInvoiceWithItsFileLines() {
        Invoice invoice = new LedesInvoiceSource().read(resource(INVOICE_96542));

        assertThat(invoice.number().value()).isEqualTo("96542");
        assertThat(invoice.total().amount()).isEqualByComparingTo("1684.45");
        assertThat(invoice.lines()).extracting(InvoiceLine::lineNumber).containsExactly("1", "2", "3", "4", "5");
        assertThat(invoice.lines()).extracting(InvoiceLine::sourceLine).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void runnerReadsLedesTestCasesByExtension() {
        RuleTestSummary summary = RuleTestRunner.of(engine).runAll(resource("harness/ledes/cases"));

        assertThat(summary.results()).hasSize(2);
        assertThat(summary.report()).endsWith("2 passed, 0 failed\n");
    }

    @Test
    void findingsOnLedesInvoicesPointAtTheLineInTheFile() {
        Invoice invoice = new LedesInvoiceSource().read(resource("harness/ledes/blank-task-code.txt"));

        assertThat(engine.check(invoice, null, null).findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("DEMO-BLANK-TASK-CODE");
            assertThat(f.lineItemNumber()).isEqualTo("2");
            assertThat(f.sourceLine()).isEqualTo(4);
        });
    }

    @Test
    void refusesAFileWithSeveralInvoices() {
        Path file = resource(OFFICIAL_SAMPLE);

        assertThatThrownBy(() -> new LedesInvoiceSource().read(file))
                .isInstanceOf(HarnessException.class)
                .hasMessage(file + ": a test case needs a file with exactly one invoice, this one holds 2");
    }

    @Test
    void refusesAFileWithErrorsNamingLineAndCode() throws IOException {
        String text = Files.readString(resource(INVOICE_96542), StandardCharsets.UTF_8)
                .replace("|2.00|-70|630|", "|2.00|-70|631|");
        Path file = Files.writeString(temp.resolve("wrong-total.txt"), text, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new LedesInvoiceSource().read(file))
                .isInstanceOf(HarnessException.class)
                .hasMessageStartingWith(file + ": not a valid LEDES invoice under dialect spec (2 errors): ")
                .hasMessageContaining(file + ":3: LINE_ITEM_TOTAL '631' is not units x unit cost + adjustment")
                .hasMessageContaining("[A301]")
                .hasMessageContaining("[A302]");
    }

    @Test
    void theReaderDecidesTheDialect() {
        Path file = resource(INVOICE_96542);
        LedesInvoiceSource collaborati = new LedesInvoiceSource(
                LedesReader.builder().dialect(LedesDialect.collaborati()).build());

        // The sample's first narrative holds a typographic apostrophe: a warning under spec, an error for
        // Collaborati, which wants ANSI files.
        assertThat(new LedesInvoiceSource().read(file).lines()).hasSize(5);
        assertThatThrownBy(() -> collaborati.read(file))
                .isInstanceOf(HarnessException.class)
                .hasMessageContaining("under dialect collaborati")
                .hasMessageContaining("[F111]");
    }

    @Test
    void aMissingFileFailsTheCaseWithTheReason() throws IOException {
        Path caseFile = Files.writeString(temp.resolve("missing.test.yaml"),
                "invoice: nowhere.ledes\nexpect: []\n", StandardCharsets.UTF_8);

        RuleTestResult result = RuleTestRunner.of(engine).runAll(caseFile).results().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.error()).contains("nowhere.ledes").contains("[X701]");
    }
}
