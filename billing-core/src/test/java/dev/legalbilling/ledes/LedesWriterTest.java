package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.SAMPLE;
import static dev.legalbilling.ledes.LedesFixtures.SAMPLE_BYTES;
import static dev.legalbilling.ledes.LedesFixtures.discount;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedesWriterTest {
    private static final Timekeeper JANE_DOE_PARTNER = Timekeeper.of("TK1", "Doe", "Jane",
            TimekeeperClassification.PARTNR, null);
    private static final String NAMES_1998B = String.join("|", LedesFormat.B1998.fieldNames()) + "[]";

    private static Invoice.Builder januaryInvoice() {
        return Invoice.builder(InvoiceNumber.of("INV-7"), ClientId.of("ACME"), MatterId.of("M-100"))
                .clientMatterId("CM-7").lawFirmId("12-3456789").invoiceDate(LocalDate.of(2024, 2, 5))
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).description("January services");
    }

    private static InvoiceLine reviewLine(String narrative) {
        return InvoiceLine.builder("1", LineType.FEE, LocalDate.of(2024, 1, 15)).timekeeper(JANE_DOE_PARTNER)
                .units("1.5").unitCost(UnitPrice.of("350", "USD")).codes("L110", "A104").narrative(narrative)
                .price(RoundingMode.HALF_UP);
    }

    private static InvoiceLine discountLine() {
        return InvoiceLine.builder("2", LineType.FEE_ADJUSTMENT, LocalDate.of(2024, 1, 31))
                .adjustment(Money.of("-50.00", "USD")).narrative("Discount").price(RoundingMode.HALF_UP);
    }

    private static final Invoice JANUARY = januaryInvoice().line(reviewLine("Reviewed the complaint"))
            .line(discountLine()).buildFinal();

    @Test
    void writesADomainInvoiceExactlyPerTheSpecification() {
        String text = LedesWriter.of(LedesFormat.B1998).toText(JANUARY);

        assertThat(text).isEqualTo("LEDES1998B[]\r\n" + NAMES_1998B + "\r\n"
                + "20240205|INV-7|ACME|M-100|475.00|20240101|20240131|January services|1|F|1.5|0.00|525.00|20240115|"
                + "L110||A104|TK1|Reviewed the complaint|12-3456789|350.00|Doe, Jane|PARTNR|CM-7[]\r\n"
                + "20240205|INV-7|ACME|M-100|475.00|20240101|20240131|January services|2|IF|0|-50.00|-50.00|20240131|"
                + "||||Discount|12-3456789||||CM-7[]\r\n");
    }

    @Test
    void whatItWritesReadsBackWithoutIssues() {
        String text = LedesWriter.of(LedesFormat.B1998).toText(JANUARY);

        LedesFileResult result = read(text);

        assertThat(result.allIssues()).isEmpty();
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines())
                .extracting(InvoiceLine::total).containsExactly(Money.of("525.00", "USD"), Money.of("-50.00", "USD"));
    }

    @Test
    void canEndLinesWithLf() {
        String text = LedesWriter.builder().lineEnding(LedesWriter.LineEnding.LF).build().toText(JANUARY);

        assertThat(text).doesNotContain("\r").startsWith("LEDES1998B[]\n").endsWith("CM-7[]\n");
    }

    @Test
    void writes98biWithCurrencyAndTimekeeperNames() {
        String text = LedesWriter.of(LedesFormat.BI_V2).toText(JANUARY);

        String[] row = text.split("\r\n")[2].replace("[]", "").split("\\|", -1);
        assertThat(text).startsWith("LEDES98BI V2[]\r\n");
        assertThat(row).hasSize(52);
        assertThat(row[29]).isEqualTo("USD");
        assertThat(row[30]).isEqualTo("Doe");
        assertThat(row[31]).isEqualTo("Jane");
        assertThat(read(text).allIssues()).isEmpty();
    }

    @Test
    void refusesAPipeNamingInvoiceLineAndField() {
        Invoice piped = januaryInvoice().line(reviewLine("Call re A|B")).buildFinal();

        assertThatThrownBy(() -> LedesWriter.of(LedesFormat.B1998).toText(piped))
                .isInstanceOfSatisfying(LedesFormatException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(LedesErrorCode.UNWRITABLE_VALUE);
                    assertThat(e.code()).isEqualTo("LEDES_UNWRITABLE_VALUE");
                    assertThat(e.invoiceNumber()).isEqualTo("INV-7");
                    assertThat(e.lineNumber()).isEqualTo("1");
                    assertThat(e.field()).isEqualTo("LINE_ITEM_DESCRIPTION");
                    assertThat(e.getMessage()).isEqualTo("invoice INV-7 line 1 LINE_ITEM_DESCRIPTION contains a pipe"
                            + " '|', which separates LEDES fields and cannot be escaped at position 10 [W601]");
                });
    }

    @Test
    void refusesLineBreaksUnlessToldToReplaceThem() {
        Invoice broken = januaryInvoice().line(reviewLine("Drafted motion;\r\nfiled it")).buildFinal();
        LedesWriter replacing = LedesWriter.builder().lineBreaks(LedesWriter.LineBreaks.REPLACE_WITH_SPACE).build();

        assertThatThrownBy(() -> LedesWriter.of(LedesFormat.B1998).toText(broken))
                .isInstanceOf(LedesFormatException.class).hasMessageContaining("line break");
        String text = replacing.toText(broken);
        assertThat(read(text).invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).narrative())
                .isEqualTo("Drafted motion; filed it");
    }

    @Test
    void refusesCharactersTheCharsetCannotEncode() {
        Invoice accented = januaryInvoice().line(reviewLine("Caf\u00e9 meeting \u2192 notes")).buildFinal();

        assertThatThrownBy(() -> LedesWriter.builder().charset(StandardCharsets.US_ASCII).build().toText(accented))
                .isInstanceOf(LedesFormatException.class).hasMessageContaining("US-ASCII cannot encode");
        assertThatThrownBy(() -> LedesWriter.builder().charset(Charset.forName("windows-1252")).build()
                .toText(accented)).isInstanceOf(LedesFormatException.class);
    }

    @Test
    void writesWindows1252ForReceiversThatWantAnsi() {
        Invoice accented = januaryInvoice().line(reviewLine("Caf\u00e9 meeting")).buildFinal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LedesWriter.builder().charset(Charset.forName("windows-1252")).build()
                .write(List.of(LedesInvoice.of(accented)), out);

        LedesFileResult result = LedesReader.builder().dialect(LedesDialect.collaborati()).build()
                .readAll(new ByteArrayInputStream(out.toByteArray()), "ansi.txt");
        assertThat(result.charset().name()).isEqualTo("windows-1252");
        assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void refusesInvoicesWithoutLinesAndDuplicateNumbers() {
        Invoice empty = januaryInvoice().buildFinal();
        LedesWriter writer = LedesWriter.of(LedesFormat.B1998);

        assertThatThrownBy(() -> writer.toText(empty)).isInstanceOfSatisfying(LedesFormatException.class,
                e -> assertThat(e.errorCode()).isEqualTo(LedesErrorCode.NO_LINE_ITEMS));
        assertThatThrownBy(() -> writer.toText(List.of(LedesInvoice.of(JANUARY), LedesInvoice.of(JANUARY))))
                .isInstanceOfSatisfying(LedesFormatException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(LedesErrorCode.DUPLICATE_INVOICE_NUMBER));
    }

    @Test
    void refusesDatesCcyymmddCannotHold() {
        Invoice future = januaryInvoice().period(LocalDate.of(2024, 1, 1), LocalDate.of(10000, 1, 1))
                .line(reviewLine("x")).buildFinal();

        assertThatThrownBy(() -> LedesWriter.of(LedesFormat.B1998).toText(future))
                .isInstanceOfSatisfying(LedesFormatException.class,
                        e -> assertThat(e.field()).isEqualTo("BILLING_END_DATE"));
    }

    @Test
    void writesAFileAtomicallyAndLeavesNothingOnRefusal(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.txt");
        LedesWriter writer = LedesWriter.of(LedesFormat.B1998);
        Invoice piped = januaryInvoice().line(reviewLine("A|B")).buildFinal();

        writer.write(List.of(LedesInvoice.of(JANUARY)), target);
        assertThatThrownBy(() -> writer.write(List.of(LedesInvoice.of(piped)), target))
                .isInstanceOf(LedesFormatException.class);

        assertThat(Files.readString(target)).isEqualTo(writer.toText(JANUARY));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void writesTheOfficialSampleBackWithTheSameValuesFieldByField() {
        LedesFileResult read = LedesReader.create().readAll(new ByteArrayInputStream(SAMPLE_BYTES), "sample.txt");
        LedesWriter writer = LedesWriter.builder().lineEnding(LedesWriter.LineEnding.LF).build();

        String written = writer.toText(read.builtInvoices());

        String[] original = SAMPLE.split("\n");
        String[] again = written.split("\n");
        assertThat(again).hasSameSizeAs(original);
        assertThat(again[0]).isEqualTo(original[0]);
        assertThat(again[1]).isEqualTo(original[1]);
        for (int line = 2; line < original.length; line++) {
            String[] a = original[line].replace("[]", "").split("\\|", -1);
            String[] b = again[line].replace("[]", "").split("\\|", -1);
            assertThat(b).hasSize(24);
            for (int f = 0; f < 24; f++) {
                assertThat(normalised(b[f])).as("line %d field %s", line + 1, LedesFormat.B1998.fieldNames().get(f))
                        .isEqualTo(normalised(a[f]));
            }
        }
    }

    @Test
    void rereadingTheWrittenSampleGivesEqualInvoices() {
        LedesFileResult first = LedesReader.create().readAll(new ByteArrayInputStream(SAMPLE_BYTES), "sample.txt");
        String written = LedesWriter.builder().lineEnding(LedesWriter.LineEnding.LF).build()
                .toText(first.builtInvoices());

        LedesFileResult second = read(written);

        assertThat(second.builtInvoices()).isEqualTo(first.builtInvoices());
    }

    @Test
    void keepsLegacyCodesAndBlankUnitsAsWritten() {
        String original = file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "PT").set("TIMEKEEPER_NAME", "Doe,Jane"),
                discount("2"));
        LedesInvoice read = read(original).builtInvoices().get(0);

        String written = LedesWriter.of(LedesFormat.B1998).toText(List.of(read));

        assertThat(written).contains("|Doe,Jane|PT|").contains("|2|IF||-50.00|-50.00|");
        assertThat(read(written).builtInvoices()).containsExactly(read);
    }

    @Test
    void writesCanonicalValuesWhenTheDomainNoLongerMatchesWhatWasWritten() {
        LedesInvoice read = read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "PT"))).builtInvoices().get(0);
        Invoice invoice = read.invoice();
        InvoiceLine line = invoice.lines().get(0);
        Timekeeper promoted = Timekeeper.of("TK1", "Doe", "Jane", TimekeeperClassification.OFCOUN, null);
        InvoiceLine newLine = new InvoiceLine(line.lineNumber(), line.type(), line.date(), promoted, line.units(),
                line.unitCost(), line.adjustment(), line.total(), line.taskCode(), line.activityCode(),
                line.expenseCode(), line.narrative(), false, line.receipt(), null, null, 0);
        Invoice rebuilt = Invoice.builder(invoice.number(), invoice.client(), invoice.matter())
                .clientMatterId(invoice.clientMatterId().orElse(null)).lawFirmId(invoice.lawFirmId())
                .invoiceDate(invoice.invoiceDate()).period(invoice.periodStart(), invoice.periodEnd())
                .description(invoice.description()).currency(invoice.currency()).line(newLine).buildFinal();

        String written = LedesWriter.of(LedesFormat.B1998).toText(List.of(LedesInvoice.of(rebuilt, read.header(),
                read.lineDetails())));

        assertThat(written).contains("|Doe, Jane|OFCOUN|");
    }

    @Test
    void keepsBlankBillingDatesACollaboratiFileLeftBlank() {
        String blank = file(fee("1").set("LAW_FIRM_MATTER_ID", "").set("BILLING_START_DATE", "")
                .set("BILLING_END_DATE", ""));
        LedesInvoice read = read(blank, LedesDialect.collaborati()).builtInvoices().get(0);

        String written = LedesWriter.of(LedesFormat.B1998).toText(List.of(read));

        assertThat(written.split("\r\n")[2]).startsWith("20240205|INV-1|ACME||525.00|||January services|");
    }

    private static Object normalised(String value) {
        if (value.matches("-?\\d*\\.?\\d*") && value.matches(".*\\d.*")) {
            return new BigDecimal(value.endsWith(".") ? value + "0" : value).stripTrailingZeros();
        }
        return value;
    }
}
