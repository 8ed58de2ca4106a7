package dev.legalbilling.cli.invoice;

import static dev.legalbilling.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.matter.DraftRequest;
import dev.legalbilling.matter.DraftResult;
import dev.legalbilling.matter.InvoiceDrafts;
import dev.legalbilling.money.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceCommandTest {
    private static final String ACME_MATTER = sample("data/matters/acme-v-globex.yaml");
    private static final String ACME_WORK = sample("data/work/acme-v-globex-2026-03.csv");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    /** The invoice drafted from the sample files through the library, to compare the command's output with. */
    private static DraftResult acmeDraft() {
        MatterFile matter = MatterFile.read(Path.of(ACME_MATTER));
        WorkFile work = WorkFile.read(Path.of(ACME_WORK), matter);
        return InvoiceDrafts.draft(DraftRequest.builder(matter.matter(), InvoiceNumber.of("2025-0419-202603"),
                        MARCH_1, MARCH_31)
                .invoiceDate(LocalDate.of(2026, 4, 1))
                .time(work.time()).expenses(work.expenses()).recoveries(work.recoveries())
                .timekeepers(matter.timekeepers()).lawFirmId(matter.lawFirmId())
                .description("Legal services for March 2026").build());
    }

    private static Cli.Result acme(String... options) {
        String[] args = new String[6 + options.length];
        System.arraycopy(new String[] {"invoice", "--matter", ACME_MATTER, "--work", ACME_WORK}, 0, args, 0, 5);
        args[5] = "--period=2026-03";
        System.arraycopy(options, 0, args, 6, options.length);
        return Cli.run(args);
    }

    @Test
    void ledes98bOutputReadsBackUnderTheSpecDialectWithTheInvoiceTotal() {
        Cli.Result run = acme("--format", "ledes98b");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).startsWith("LEDES1998B[]\r\n");
        LedesFileResult read = LedesReader.builder().dialect(LedesDialect.spec()).build()
                .readAll(run.out(), "acme.ledes");
        assertThat(read.allIssues()).isEmpty();
        Invoice expected = acmeDraft().invoice();
        Invoice back = read.builtInvoices().get(0).invoice();
        assertThat(back.total()).isEqualTo(expected.total()).isEqualTo(Money.of("89206.80", "USD"));
        assertThat(back.lines()).hasSize(expected.lines().size());
        assertThat(back.number().value()).isEqualTo("2025-0419-202603");
        assertThat(back.clientMatterId()).contains("CLM-2025-118734");
        assertThat(back.lawFirmId()).isEqualTo("13-4567890");
    }

    @Test
    void ledes98biOutputCarriesCurrencyMatterNameAndAddresses() {
        Cli.Result run = acme("--format", "LEDES98BI");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        LedesFileResult read = LedesReader.create().readAll(run.out(), "acme.txt");
        assertThat(read.hasErrors()).isFalse();
        LedesInvoice back = read.builtInvoices().get(0);
        assertThat(back.invoice().currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(back.invoice().total()).isEqualTo(acmeDraft().invoice().total());
        assertThat(back.header().matterName()).startsWith("Acme Insurance Co. a/s/o Harbor Foods");
        assertThat(back.header().lawFirm().name()).isEqualTo("Hale & Whitmore LLP");
        assertThat(back.header().client().name()).isEqualTo("Acme Insurance Company");
        assertThat(back.header().client().city()).isEqualTo("Hartford");
    }

    @Test
    void jsonOutputReadsBackAsTheDraftedInvoice() throws Exception {
        Cli.Result run = acme("--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        Invoice back = BillingJson.mapper().readValue(run.out(), Invoice.class);
        assertThat(back).isEqualTo(acmeDraft().invoice());
    }

    @Test
    void textShowsTheRealTotals() {
        Cli.Result run = acme();
        Invoice invoice = acmeDraft().invoice();
        Money fees = sum(invoice, LineType.FEE);
        Money expenses = sum(invoice, LineType.EXPENSE);
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out())
                .containsPattern("Total fees +258\\.70 +" + TextInvoice.money(fees).replace(".", "\\.") + "\n")
                .containsPattern("Total expenses +" + TextInvoice.money(expenses).replace(".", "\\.") + "\n")
                .containsPattern("TOTAL DUE by 2026-05-01 +USD 89,206\\.80\n")
                .contains("INVOICE 2025-0419-202603", "Invoice date    2026-04-01",
                        "Billing period  2026-03-01 to 2026-03-31",
                        "Bill to   Acme Insurance Company (client ACME-INS)",
                        "Your reference CLM-2025-118734", "Budget USD 250,000.00");
        assertThat(fees.plus(expenses)).isEqualTo(invoice.total());
    }

    @Test
    void textGroupsFeeLinesByDateAndShowsTheMidMonthRate() {
        String text = acme().out();
        assertThat(text).containsOnlyOnce("2026-03-17  ");
        assertThat(text).containsPattern("2026-03-13  Okafor, Daniel \\(Associate\\) +2\\.20 +275\\.00 +605\\.00");
        assertThat(text).containsPattern("2026-03-16  Okafor, Daniel \\(Associate\\) +3\\.60 +290\\.00 +1,044\\.00");
        assertThat(text).contains("Round-trip travel between New York and Hartford for meeting with");
        assertThat(text).contains("(non-working travel)");
    }

    @Test
    void explainRatesSaysWhichRateAppliedAndWhy() {
        String text = acme("--explain-rates").out();
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Rate USD 290.00/h: client-negotiated rate for classification ASSOC, effective 2026-03-16")
                .contains("Rate USD 375.00/h: matter rate for timekeeper TK-103, effective 2025-11-01");
        assertThat(acme().out()).doesNotContain("client-negotiated rate");
    }

    @Test
    void reportsWorkOutsideThePeriodOnStandardErrorWithoutNarratives() {
        Cli.Result run = acme("--format", "ledes98b");
        assertThat(run.errLines()).containsExactly("billing: not billed: 1 time entry dated before the billing period"
                + " 2026-03-01..2026-03-31 (2026-02-27): earlier work not yet billed, bill it on a catch-up invoice");
        assertThat(run.out()).doesNotContain("20260227").doesNotContain("February production volume");
    }

    @Test
    void takesInvoiceNumberAndDateFromTheOptions() {
        Cli.Result run = acme("--format", "ledes98b", "--invoice-number", "HW-26-0311", "--invoice-date", "2026-04-07");
        assertThat(run.out().lines().skip(2)).allSatisfy(row -> assertThat(row).startsWith("20260407|HW-26-0311|"));
    }

    @Test
    void writesToTheOutFileAndSaysWhatItWrote(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("acme.ledes");
        Cli.Result run = acme("--format", "ledes98b", "--out", out.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).isEqualTo("Invoice 2025-0419-202603 for matter 2025-0419, 2026-03-01 to 2026-03-31:"
                + " 130 lines, total USD 89,206.80; written to " + out + " (ledes98b)\n");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(acme("--format", "ledes98b").out());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                    .as("a new output file is the owner's only (README, Output files)").isEqualTo("rw-------");
        }
    }

    @Test
    void rendersTheContingencySampleWithItsClosingStatement() {
        Cli.Result run = Cli.run("invoice", "--matter", sample("data/matters/ramos-v-brightline.yaml"),
                "--work", sample("data/work/ramos-v-brightline-2026-05.yaml"), "--period", "2026-05");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .containsPattern("Net recovery, on which the fee is computed +177,587\\.50")
                .containsPattern("25% of 152,587\\.50 \\(above 25,000\\.00\\) +38,146\\.88")
                .containsPattern("Less the contingent fee +-47,146\\.88")
                .containsPattern("NET TO CLIENT +USD 130,440\\.62")
                .containsPattern("CONTINGENT FEE, OUT OF THE RECOVERY +USD 47,146\\.88")
                .contains("Nothing is due from the client", "Payment         out of the recovery",
                        "No payment is due on this statement.")
                .doesNotContain("TOTAL DUE", "with your payment", "Due date");
    }

    private static Money sum(Invoice invoice, LineType type) {
        Money sum = Money.zero(invoice.currency());
        for (var line : invoice.lines()) {
            if (line.type() == type) {
                sum = sum.plus(line.total());
            }
        }
        return sum;
    }
}
