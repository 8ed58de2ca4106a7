package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.SAMPLE;
import static dev.legalbilling.ledes.LedesFixtures.SAMPLE_BYTES;
import static dev.legalbilling.ledes.LedesFixtures.codes;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.TimekeeperClassification;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedesReaderTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static LedesFileResult sample() {
        return LedesReader.create().readAll(new ByteArrayInputStream(SAMPLE_BYTES), "sample.txt");
    }

    @Test
    void readsTheOfficialSampleIntoTwoInvoices() {
        LedesFileResult result = sample();

        assertThat(result.format()).isEqualTo(LedesFormat.B1998);
        assertThat(result.invoices()).extracting(LedesReadResult::invoiceNumber).containsExactly("96542", "96543");
        Invoice first = result.invoices().get(0).invoice().orElseThrow().invoice();
        assertThat(first.lines()).hasSize(5);
        assertThat(first.total()).isEqualTo(Money.of("1684.45", "USD"));
        assertThat(first.currency()).isEqualTo(USD);
        assertThat(first.client().value()).isEqualTo("00711");
        assertThat(first.matter().value()).isEqualTo("0528");
        assertThat(first.clientMatterId()).contains("423-987");
        assertThat(first.lawFirmId()).isEqualTo("24-6437381");
        assertThat(first.invoiceDate()).isEqualTo(LocalDate.of(1999, 2, 25));
        assertThat(first.periodStart()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(first.periodEnd()).isEqualTo(LocalDate.of(1999, 1, 31));
        assertThat(first.description()).isEqualTo("For services rendered");
    }

    @Test
    void officialSampleHasNoErrorsUnderSpecOnlyTheNonAsciiWarning() {
        LedesFileResult result = sample();

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.allIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.ENCODING_NOT_ACCEPTED);
            assertThat(i.severity()).isEqualTo(LedesIssue.Severity.WARNING);
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.field()).isEqualTo("LINE_ITEM_DESCRIPTION");
        });
        assertThat(result.invoices()).allMatch(LedesReadResult::isAccepted);
    }

    @Test
    void keepsStatedLineTotalsAndTheirArithmeticHolds() {
        Invoice first = sample().invoices().get(0).invoice().orElseThrow().invoice();

        InvoiceLine discounted = first.lines().get(0);
        assertThat(discounted.units()).isEqualByComparingTo("2.00");
        assertThat(discounted.unitCost().amount()).isEqualByComparingTo("350");
        assertThat(discounted.adjustment()).isEqualTo(Money.of("-70", "USD"));
        assertThat(discounted.total()).isEqualTo(Money.of("630", "USD"));
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.computedTotal(java.math.RoundingMode.HALF_UP))
                .isEqualTo(l.total()));
        InvoiceLine call = first.lines().get(2);
        assertThat(call.units()).isEqualTo(new BigDecimal("0.200"));
        assertThat(call.total()).isEqualTo(Money.of("40", "USD"));
    }

    @Test
    void buildsTimekeepersFromIdNameAndClassification() {
        Invoice first = sample().invoices().get(0).invoice().orElseThrow().invoice();

        assertThat(first.lines().get(0).timekeeper()).satisfies(tk -> {
            assertThat(tk.id().value()).isEqualTo("22547");
            assertThat(tk.lastName()).isEqualTo("Arnsley");
            assertThat(tk.firstName()).isEqualTo("Robert");
            assertThat(tk.classification()).isEqualTo(TimekeeperClassification.PARTNR);
        });
        assertThat(first.lines().get(2).timekeeper().classification()).isEqualTo(TimekeeperClassification.ASSOC);
        assertThat(first.lines().get(3).timekeeper()).isNull();
        assertThat(first.lines().get(3).expenseCode()).isEqualTo("E111");
    }

    @Test
    void remembersTheSourceLineOfEveryLine() {
        LedesFileResult result = sample();

        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines())
                .extracting(InvoiceLine::sourceLine).containsExactly(3, 4, 5, 6, 7);
        assertThat(result.invoices().get(1).invoice().orElseThrow().invoice().lines())
                .extracting(InvoiceLine::sourceLine).containsExactly(8);
        assertThat(result.invoices().get(1).firstLine()).isEqualTo(8);
    }

    @Test
    void decodesTheCurlyApostropheAsUtf8() {
        LedesFileResult result = sample();

        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).narrative())
                .isEqualTo("Research Attorney\u2019s fees, Set off claim");
    }

    @Test
    void readsTheRetainerAsAnIfLineWhoseTotalIsItsAdjustment() {
        LedesReadResult retainer = sample().invoices().get(1);

        InvoiceLine line = retainer.invoice().orElseThrow().invoice().lines().get(0);
        assertThat(line.type()).isEqualTo(LineType.FEE_ADJUSTMENT);
        assertThat(line.units()).isEqualByComparingTo("1");
        assertThat(line.unitCost()).isNull();
        assertThat(line.adjustment()).isEqualTo(Money.of("1250", "USD"));
        assertThat(line.total()).isEqualTo(Money.of("1250", "USD"));
        assertThat(retainer.issues()).isEmpty();
    }

    @Test
    void acceptsCrlfLineEndsAndTrailingBlankLines() {
        String crlf = SAMPLE.replace("\n", "\r\n") + "\r\n\r\n";

        LedesFileResult result = read(crlf);

        assertThat(result.invoices()).hasSize(2);
        assertThat(result.hasErrors()).isFalse();
        assertThat(codes(result)).containsExactly(LedesErrorCode.ENCODING_NOT_ACCEPTED);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(4).narrative())
                .isEqualTo("Out-of_town travel");
    }

    @Test
    void readsWindows1252FilesAndSaysSo() {
        byte[] ansi = SAMPLE.getBytes(Charset.forName("windows-1252"));

        LedesFileResult result = LedesReader.create().readAll(new ByteArrayInputStream(ansi), "ansi.txt");

        assertThat(result.charset().name()).isEqualTo("windows-1252");
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).narrative())
                .contains("Attorney\u2019s");
    }

    @Test
    void plainAsciiFileIsReportedAsAscii() {
        LedesFileResult result = read(SAMPLE.replace('\u2019', '\''));

        assertThat(result.charset()).isEqualTo(StandardCharsets.US_ASCII);
        assertThat(result.allIssues()).isEmpty();
    }

    @Test
    void warnsWhenUtf8AndWindows1252LinesAreMixed() {
        byte[] utf8Part = SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] ansiRow = "\n".concat(fee("9").set("INVOICE_NUMBER", "96543").set("LINE_ITEM_DESCRIPTION", "caf\u00e9").line())
                .getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[utf8Part.length + ansiRow.length];
        System.arraycopy(utf8Part, 0, mixed, 0, utf8Part.length);
        System.arraycopy(ansiRow, 0, mixed, utf8Part.length, ansiRow.length);

        LedesFileResult result = LedesReader.create().readAll(new ByteArrayInputStream(mixed), "mixed.txt");

        assertThat(result.fileIssues()).extracting(LedesIssue::code).contains(LedesErrorCode.MIXED_ENCODING);
        assertThat(result.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void toleratesAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = new byte[bom.length + SAMPLE_BYTES.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(SAMPLE_BYTES, 0, content, 3, SAMPLE_BYTES.length);

        LedesFileResult result = LedesReader.create().readAll(new ByteArrayInputStream(content), "bom.txt");

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.invoices()).hasSize(2);
    }

    @Test
    void readsLegacyTwoLetterClassificationsWithAWarning() {
        LedesFileResult result = read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "PT")));

        assertThat(result.hasErrors()).isFalse();
        assertThat(codes(result)).containsExactly(LedesErrorCode.LEGACY_TIMEKEEPER_CLASSIFICATION);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).timekeeper()
                .classification()).isEqualTo(TimekeeperClassification.PARTNR);
    }

    @Test
    void usesTheConfiguredDefaultCurrencyFor1998B() {
        Currency eur = Currency.getInstance("EUR");
        LedesFileResult result = LedesReader.builder().defaultCurrency(eur).build().readAll(file(fee("1")), "f.txt");

        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().total())
                .isEqualTo(Money.of("525.00", "EUR"));
    }

    @Test
    void readsAnInvoiceNameWithoutCommaAsTheLastName() {
        LedesFileResult result = read(file(fee("1").set("TIMEKEEPER_NAME", "Cher")));

        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).timekeeper().lastName())
                .isEqualTo("Cher");
    }

    @Test
    void streamsInvoicesOneAtATime() {
        try (LedesInvoices invoices = LedesReader.create().open(new ByteArrayInputStream(SAMPLE_BYTES), "s.txt")) {
            assertThat(invoices.hasNext()).isTrue();
            LedesReadResult first = invoices.next();
            assertThat(first.invoiceNumber()).isEqualTo("96542");
            assertThat(invoices.format()).contains(LedesFormat.B1998);
            List<LedesReadResult> rest = invoices.stream().toList();
            assertThat(rest).extracting(LedesReadResult::invoiceNumber).containsExactly("96543");
            assertThat(invoices.hasNext()).isFalse();
            assertThatThrownBy(invoices::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    /** A LEDES file of {@code count} one-line invoices, produced as it is read; counts the bytes handed out. */
    private static final class GeneratedFile extends java.io.InputStream {
        private final int count;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int pos;
        private long consumed;

        GeneratedFile(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            if (pos == chunk.length && !refill()) {
                return -1;
            }
            consumed++;
            return chunk[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos == chunk.length && !refill()) {
                return -1;
            }
            int n = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, n);
            pos += n;
            consumed += n;
            return n;
        }

        private boolean refill() {
            if (next >= count) {
                return false;
            }
            String text = next < 0 ? "LEDES1998B[]\n" + String.join("|", LedesFormat.B1998.fieldNames()) + "[]\n"
                    : fee("1").set("INVOICE_NUMBER", "N" + next).set("INVOICE_TOTAL", "525.00").line() + "\n";
            next++;
            chunk = text.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            return true;
        }
    }

    @Test
    void yieldsTheFirstInvoiceBeforeReadingTheRestOfTheFile() {
        GeneratedFile big = new GeneratedFile(20_000);

        try (LedesInvoices invoices = LedesReader.create().open(big, "big.txt")) {
            assertThat(invoices.next().invoiceNumber()).isEqualTo("N0");
            assertThat(big.consumed).isLessThan(200_000);
            assertThat(1 + invoices.stream().filter(LedesReadResult::isAccepted).count()).isEqualTo(20_000);
            assertThat(big.consumed).isGreaterThan(20_000L * 150);
        }
    }

    @Test
    void reappearingHugeInvoiceNumbersAreStillRecognised() {
        String huge = "X".repeat(5000);
        String content = file(fee("1").set("INVOICE_NUMBER", huge).set("INVOICE_TOTAL", "525.00"),
                fee("1").set("INVOICE_TOTAL", "525.00"), fee("2").set("INVOICE_NUMBER", huge)
                        .set("INVOICE_TOTAL", "525.00"));

        LedesFileResult result = read(content);

        assertThat(result.invoices().get(2).issues()).extracting(LedesIssue::code)
                .contains(LedesErrorCode.DUPLICATE_INVOICE_NUMBER);
    }

    @Test
    void readsFromAPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sample.txt");
        Files.write(f, SAMPLE_BYTES);

        LedesFileResult result = LedesReader.create().readAll(f);

        assertThat(result.file()).isEqualTo(f.toString());
        assertThat(result.invoices()).hasSize(2);
    }

    @Test
    void missingFileIsATypedIoError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> LedesReader.create().readAll(missing))
                .isInstanceOfSatisfying(LedesFormatException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(LedesErrorCode.IO_ERROR);
                    assertThat(e.code()).isEqualTo("LEDES_IO_ERROR");
                    assertThat(e.file()).isEqualTo(missing.toString());
                });
    }

    @Test
    void readsA98biInvoiceWithTaxAndAddresses() {
        LedesFixtures.Row row = fee("1").set("LINE_ITEM_TAX_RATE", "0.20").set("LINE_ITEM_TAX_TOTAL", "105.00")
                .set("LINE_ITEM_TOTAL", "630.00").set("INVOICE_CURRENCY", "GBP").set("PO_NUMBER", "PO-9")
                .set("LINE_ITEM_TAX_TYPE", "VAT").set("LAW_FIRM_NAME", "Smith LLP").set("LAW_FIRM_CITY", "London")
                .set("CLIENT_NAME", "Acme Ltd").set("TIMEKEEPER_LAST_NAME", "Doe")
                .set("TIMEKEEPER_FIRST_NAME", "Jane").set("INVOICE_TAX_CURRENCY", "GBP")
                .set("INVOICE_REPORTED_TAX_TOTAL", "105.00");

        LedesFileResult result = read(file(LedesFormat.BI_V2, row));

        assertThat(result.format()).isEqualTo(LedesFormat.BI_V2);
        assertThat(result.allIssues()).isEmpty();
        LedesInvoice li = result.invoices().get(0).invoice().orElseThrow();
        assertThat(li.invoice().currency()).isEqualTo(Currency.getInstance("GBP"));
        assertThat(li.invoice().total()).isEqualTo(Money.of("630.00", "GBP"));
        assertThat(li.header().taxTotal()).isEqualByComparingTo("105.00");
        assertThat(li.header().netTotal()).isEqualByComparingTo("525.00");
        assertThat(li.header().poNumber()).isEqualTo("PO-9");
        assertThat(li.header().lawFirm().name()).isEqualTo("Smith LLP");
        assertThat(li.header().client().name()).isEqualTo("Acme Ltd");
        assertThat(li.header().toString()).doesNotContain("Acme");
        assertThat(li.lineDetails().get(0).taxRate()).isEqualTo(new BigDecimal("0.20"));
        assertThat(li.lineDetails().get(0).taxType()).isEqualTo("VAT");
    }
}
