package dev.legalbilling.cli.check;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Named invoice files for the check command's tests. */
final class CheckFixtures {
    /** The LEDES 1998B specification's sample file: invoices 96542 (5 lines) and 96543 (a retainer line). */
    static final Path OFFICIAL_SAMPLE = Cli.resource(CheckFixtures.class, "ledes98b-official-sample.txt");
    /** The official sample with the task code of invoice 96542's line 2 (file line 4) left blank. */
    static final Path BLANK_TASK_CODE = Cli.resource(CheckFixtures.class, "blank-task-code.txt");
    /** A dialect extending spec that reports lines outside the billing period as warnings. */
    static final Path LENIENT_PERIOD_DIALECT = Cli.resource(CheckFixtures.class, "out-of-period-warning.properties");
    /** A profile capping the demo pack's daily hours at 3, as an error. */
    static final Path STRICT_PROFILE = Cli.resource(CheckFixtures.class, "strict-daily-hours.yaml");
    /** A profile with an unknown severity. */
    static final Path BROKEN_PROFILE = Cli.resource(CheckFixtures.class, "broken-profile.yaml");
    /** A rule file whose pattern misses its closing parenthesis (line 8), so 'then' on line 9 is unexpected. */
    static final Path BROKEN_RULE = Cli.resource(CheckFixtures.class, "broken-rule.drl");

    private CheckFixtures() {
    }

    /**
     * Generated litigation invoices in which every line carries one seeded guideline violation, each kind in turn:
     * among them a fee line without a task code (an ERROR of the demo pack) and a line dated after the billing
     * period (a LEDES error under the spec dialect).
     *
     * @param seed the seed
     * @param count how many invoices
     * @param lines lines per invoice
     * @return the invoices with what was seeded where
     */
    static List<InvoiceGenerator.Generated> seededInvoices(long seed, int count, int lines) {
        InvoiceGenerator generator = InvoiceGenerator.builder(seed).violationsPerThousand(1000).build();
        List<InvoiceGenerator.Generated> invoices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            invoices.add(generator.next(lines));
        }
        return invoices;
    }

    /**
     * @param dir a directory
     * @param invoice an invoice
     * @return the LEDES 1998B file written there, named after the invoice
     */
    static Path writeLedes(Path dir, Invoice invoice) {
        Path file = dir.resolve(invoice.number().value() + ".ledes");
        LedesWriter.of(LedesFormat.B1998).write(List.of(dev.legalbilling.ledes.LedesInvoice.of(invoice)), file);
        return file;
    }
}
