package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.SAMPLE;
import static dev.legalbilling.ledes.LedesFixtures.codes;
import static dev.legalbilling.ledes.LedesFixtures.errorCodes;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedesBadInputTest {
    private static final String HEADER_AND_NAMES = SAMPLE.substring(0, SAMPLE.indexOf("19990225"));
    private static final int TEN_MB = 10 * 1024 * 1024;

    /** Produces {@code count} copies of one byte without holding them. */
    private static InputStream repeated(byte b, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(buf, off, off + n, b);
                left -= n;
                return n;
            }
        };
    }

    private static InputStream concat(InputStream... parts) {
        InputStream s = parts[0];
        for (int i = 1; i < parts.length; i++) {
            s = new SequenceInputStream(s, parts[i]);
        }
        return s;
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        LedesFileResult result = read("");

        assertThat(result.invoices()).isEmpty();
        assertThat(codes(result)).containsExactly(LedesErrorCode.EMPTY_FILE);
        assertThat(result.formatIfKnown()).isEmpty();
        assertThat(result.isAccepted()).isFalse();
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
        assertThat(codes(read("\n\r\n   \n"))).containsExactly(LedesErrorCode.EMPTY_FILE);
    }

    @Test
    void headerWithoutRowsHasNoLineItems() {
        assertThat(codes(read("LEDES1998B[]\n"))).containsExactly(LedesErrorCode.NO_LINE_ITEMS);
        LedesFileResult namesOnly = read(HEADER_AND_NAMES);
        assertThat(codes(namesOnly)).containsExactly(LedesErrorCode.NO_LINE_ITEMS);
        assertThat(namesOnly.allIssues().get(0).line()).isEqualTo(2);
    }

    @Test
    void wrongHeaderIsAnErrorButTheRowsAreStillRead() {
        LedesFileResult result = read(SAMPLE.replaceFirst("LEDES1998B", "LEDES2000"));

        assertThat(result.fileIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.BAD_HEADER);
            assertThat(i.line()).isEqualTo(1);
            assertThat(i.value()).isEqualTo("LEDES2000[]");
        });
        assertThat(result.invoices()).hasSize(2).allMatch(r -> r.invoice().isPresent());
    }

    @Test
    void missingHeaderIsAnErrorAndTheFieldNamesTellTheFormat() {
        LedesFileResult result = read(SAMPLE.substring(SAMPLE.indexOf('\n') + 1));

        assertThat(codes(result)).startsWith(LedesErrorCode.BAD_HEADER);
        assertThat(result.format()).isEqualTo(LedesFormat.B1998);
        assertThat(result.invoices()).hasSize(2);
    }

    @Test
    void missingFieldNameLineIsAnErrorAndTheRowIsRead() {
        String noNames = SAMPLE.replace(SAMPLE.substring(SAMPLE.indexOf('\n') + 1, SAMPLE.indexOf("19990225")), "");

        LedesFileResult result = read(noNames);

        assertThat(result.fileIssues()).extracting(LedesIssue::code).containsExactly(LedesErrorCode.BAD_FIELD_NAMES);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines()).hasSize(5);
    }

    @Test
    void misspeltFieldNameIsNamedByPosition() {
        LedesFileResult result = read(SAMPLE.replace("CLIENT_MATTER_ID[]", "CLIENT_MATTER[]"));

        assertThat(result.fileIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.BAD_FIELD_NAMES);
            assertThat(i.message()).contains("field 24").contains("CLIENT_MATTER_ID");
        });
    }

    @Test
    void garbageFirstLineStopsReadingWithATypedError() {
        LedesFileResult result = read("hello world\nthis is not LEDES\n");

        assertThat(codes(result)).containsExactly(LedesErrorCode.BAD_HEADER);
        assertThat(result.invoices()).isEmpty();
    }

    @Test
    void rowWith23FieldsIsRejectedWithItsLine() {
        String row = fee("1").line();
        String short23 = row.substring(0, row.lastIndexOf('|')) + "[]";

        LedesFileResult result = read(HEADER_AND_NAMES + short23 + "\n");

        assertThat(result.allIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.WRONG_FIELD_COUNT);
            assertThat(i.line()).isEqualTo(3);
            assertThat(i.value()).isEqualTo("23");
        });
        assertThat(result.invoices()).singleElement().satisfies(r -> {
            assertThat(r.invoiceNumber()).isEqualTo("INV-1");
            assertThat(r.invoice()).isEmpty();
        });
    }

    @Test
    void pipeInADescriptionGives25FieldsAndSaysWhy() {
        LedesFileResult result = read(file(fee("1").set("LINE_ITEM_DESCRIPTION", "Call re A|B")));

        assertThat(result.allIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.WRONG_FIELD_COUNT);
            assertThat(i.message()).contains("25 fields").contains("'|' inside a description");
        });
    }

    @Test
    void truncatedFileReportsTheCutRowAndKeepsTheCompleteInvoice() {
        LedesFileResult result = read(SAMPLE.substring(0, SAMPLE.length() - 40));

        assertThat(result.invoices().get(0).isAccepted()).isTrue();
        LedesReadResult cut = result.invoices().get(1);
        assertThat(cut.invoice()).isEmpty();
        assertThat(cut.issues()).extracting(LedesIssue::code)
                .containsExactlyInAnyOrder(LedesErrorCode.MISSING_LINE_END, LedesErrorCode.WRONG_FIELD_COUNT);
        assertThat(cut.issues()).allMatch(i -> i.line() == 8);
    }

    @Test
    void rowWithoutBracketsIsNotTurnedIntoAnInvoice() {
        LedesFileResult result = read(SAMPLE.substring(0, SAMPLE.length() - 2));

        assertThat(result.invoices().get(1).issues()).extracting(LedesIssue::code)
                .containsExactly(LedesErrorCode.MISSING_LINE_END);
        assertThat(result.invoices().get(1).invoice()).isEmpty();
    }

    @Test
    void lineHoldingOnlyBracketsIsAnEmptyRow() {
        String withEmptyRow = SAMPLE.replace("423-987[]\n19990225|96542|00711|0528|1684.45|19990101|19990131|"
                + "For services rendered|2|", "423-987[]\n[]\n19990225|96542|00711|0528|1684.45|19990101|19990131|"
                + "For services rendered|2|");

        LedesFileResult result = read(withEmptyRow);

        assertThat(result.allIssues()).filteredOn(LedesIssue::isError).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.EMPTY_ROW);
            assertThat(i.line()).isEqualTo(4);
        });
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void onlyBracketsAfterTheHeaderIsAnEmptyRowNotACrash() {
        LedesFileResult result = read(HEADER_AND_NAMES + "[]");

        assertThat(codes(result)).contains(LedesErrorCode.EMPTY_ROW);
        assertThat(result.invoices()).isEmpty();
    }

    @Test
    void blankLineBetweenRowsIsAWarning() {
        LedesFileResult result = read(SAMPLE.replaceFirst("423-987\\[]\n", "423-987[]\n\n"));

        assertThat(result.fileIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.BLANK_LINE);
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.isError()).isFalse();
        });
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(1).sourceLine())
                .isEqualTo(5);
    }

    @Test
    void binaryGarbageGivesTypedErrorsOnly() {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);

        LedesFileResult result = LedesReader.create().readAll(new ByteArrayInputStream(garbage), "garbage.bin");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.invoices()).isEmpty();
        assertThat(codes(result)).contains(LedesErrorCode.BAD_HEADER);
    }

    @Test
    void binaryGarbageAfterAValidHeaderIsReportedRowByRow() {
        byte[] garbage = new byte[50_000];
        new Random(7).nextBytes(garbage);
        InputStream in = concat(text(HEADER_AND_NAMES), new ByteArrayInputStream(garbage));

        LedesFileResult result = LedesReader.create().readAll(in, "garbage.txt");

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.allIssues()).allSatisfy(i -> assertThat(i.line()).isPositive());
        assertThat(result.builtInvoices()).isEmpty();
    }

    @Test
    void nulInADescriptionIsAControlCharacterError() {
        LedesFileResult result = read(file(fee("1").set("LINE_ITEM_DESCRIPTION", "abc\u0000def")));

        assertThat(result.allIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.CONTROL_CHARACTER);
            assertThat(i.field()).isEqualTo("LINE_ITEM_DESCRIPTION");
            assertThat(i.message()).contains("U+0000").contains("column");
        });
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void tenMegabyteSingleLineFileIsATypedErrorNotOutOfMemory() {
        LedesFileResult result = LedesReader.create().readAll(repeated((byte) 'x', TEN_MB), "huge.txt");

        assertThat(codes(result)).containsExactly(LedesErrorCode.LINE_TOO_LONG, LedesErrorCode.BAD_HEADER);
        assertThat(result.allIssues().get(0).message()).contains(String.valueOf(TEN_MB));
    }

    @Test
    void tenMegabyteRowIsSkippedAndTheRestOfTheFileIsRead() {
        String[] lines = SAMPLE.split("\n");
        String before = String.join("\n", java.util.Arrays.copyOfRange(lines, 0, 7)) + "\n";
        InputStream in = concat(text(before), repeated((byte) '9', TEN_MB), text("\n" + lines[7]));

        LedesFileResult result = LedesReader.create().readAll(in, "huge-row.txt");

        assertThat(result.allIssues()).filteredOn(LedesIssue::isError).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(LedesErrorCode.LINE_TOO_LONG);
            assertThat(i.line()).isEqualTo(8);
        });
        assertThat(result.invoices()).extracting(LedesReadResult::invoiceNumber).containsExactly("96542", "96543");
        assertThat(result.invoices().get(0).invoice()).isEmpty();
        assertThat(result.invoices().get(1).isAccepted()).isTrue();
        assertThat(result.invoices().get(1).firstLine()).isEqualTo(9);
    }

    @Test
    void lineLengthLimitIsConfigurable() {
        LedesReader strict = LedesReader.builder().maxLineLength(1000).build();
        String longRow = file(fee("1").set("LINE_ITEM_DESCRIPTION", "x".repeat(2000)));

        assertThat(codes(strict.readAll(longRow, "f.txt"))).containsExactly(LedesErrorCode.LINE_TOO_LONG);
        assertThat(codes(read(longRow))).isEmpty();
    }

    @Test
    void reportsEveryErrorOfAFileNotOnlyTheFirst() {
        String bad = file(fee("1").set("LINE_ITEM_DATE", "20240230"), fee("2").set("LINE_ITEM_UNIT_COST", "35O"),
                fee("3").set("CLIENT_ID", ""));

        LedesFileResult result = read(bad);

        assertThat(errorCodes(result)).containsExactly(LedesErrorCode.INVALID_DATE, LedesErrorCode.INVALID_NUMBER,
                LedesErrorCode.REQUIRED_FIELD_BLANK);
        assertThat(result.allIssues()).filteredOn(LedesIssue::isError).extracting(LedesIssue::line)
                .containsExactly(3, 4, 5);
        assertThat(result.allIssues()).filteredOn(i -> !i.isError()).extracting(LedesIssue::code)
                .containsExactly(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        LedesIssue date = result.allIssues().get(0);
        assertThat(date.file()).isEqualTo("test.txt");
        assertThat(date.field()).isEqualTo("LINE_ITEM_DATE");
        assertThat(date.value()).isEqualTo("20240230");
        assertThat(date.toString()).isEqualTo("test.txt:3: LINE_ITEM_DATE '20240230' is not a date written CCYYMMDD"
                + " [V202]");
    }

    @Test
    void stopAtFirstErrorEndsReadingAfterTheInvoiceWithTheError() {
        String bad = file(fee("1").set("LINE_ITEM_DATE", "2024-01-15"), fee("2").set("LINE_ITEM_TOTAL", "1"),
                fee("1").set("INVOICE_NUMBER", "INV-2").set("LINE_ITEM_UNIT_COST", "x"));
        LedesReader reader = LedesReader.builder().stopAtFirstError(true).build();

        LedesFileResult result = reader.readAll(bad, "f.txt");

        assertThat(result.invoices()).singleElement().satisfies(r ->
                assertThat(r.issues()).extracting(LedesIssue::code).containsExactly(LedesErrorCode.INVALID_DATE));
        assertThat(read(bad).invoices()).hasSize(2);
    }

    @Test
    void reappearingInvoiceNumberIsAnError() {
        String split = file(fee("1").set("INVOICE_TOTAL", "525.00"), fee("1").set("INVOICE_NUMBER", "INV-2"),
                fee("2").set("INVOICE_TOTAL", "525.00"));

        LedesFileResult result = read(split);

        assertThat(result.invoices()).extracting(LedesReadResult::invoiceNumber)
                .containsExactly("INV-1", "INV-2", "INV-1");
        assertThat(result.invoices().get(2).issues()).extracting(LedesIssue::code)
                .contains(LedesErrorCode.DUPLICATE_INVOICE_NUMBER);
        assertThat(result.invoices().get(2).issues().get(0).message()).contains("line 3");
        assertThat(result.invoices().get(0).hasErrors()).isFalse();
    }

    @Test
    void issuesBeyondTheLimitAreCountedInOneIssue() {
        LedesFixtures.Row[] rows = new LedesFixtures.Row[30];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = fee(String.valueOf(i + 1)).set("LINE_ITEM_DATE", "bad");
        }
        LedesReader reader = LedesReader.builder().maxIssuesPerInvoice(10).build();

        LedesReadResult result = reader.readAll(file(rows), "f.txt").invoices().get(0);

        assertThat(result.issues()).hasSize(11);
        assertThat(result.issues().get(10).code()).isEqualTo(LedesErrorCode.TOO_MANY_ISSUES);
        assertThat(result.issues().get(10).message()).startsWith("20 more issues (the first on line 13)");
        assertThat(result.issues().get(10).isError()).isTrue();
    }

    @Test
    void oldMacLineEndsGiveTypedErrors() {
        LedesFileResult result = read(SAMPLE.replace('\n', '\r'));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.invoices()).isEmpty();
    }
}
