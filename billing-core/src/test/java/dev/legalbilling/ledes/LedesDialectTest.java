package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.SAMPLE;
import static dev.legalbilling.ledes.LedesFixtures.codes;
import static dev.legalbilling.ledes.LedesFixtures.discount;
import static dev.legalbilling.ledes.LedesFixtures.errorCodes;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.LineType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedesDialectTest {
    private static final LedesDialect SPEC = LedesDialect.spec();
    private static final LedesDialect LEGAL_TRACKER = LedesDialect.legalTracker();
    private static final LedesDialect BRIGHTFLAG = LedesDialect.brightflag();
    private static final LedesDialect COLLABORATI = LedesDialect.collaborati();

    private static boolean accepts(LedesDialect dialect, String content) {
        return read(content, dialect).isAccepted();
    }

    private static LedesFileResult readAnsi(String content, LedesDialect dialect) {
        byte[] bytes = content.getBytes(Charset.forName("windows-1252"));
        return LedesReader.builder().dialect(dialect).build().readAll(new ByteArrayInputStream(bytes), "ansi.txt");
    }

    @Test
    void builtInDialectsAreLoadedFromData() {
        assertThat(LedesDialect.builtIns()).extracting(LedesDialect::name)
                .containsExactly("spec", "legal-tracker", "brightflag", "collaborati", "clio", "practicepanther",
                        "mycase");
        assertThat(LedesDialect.builtIn("Brightflag")).containsSame(BRIGHTFLAG);
        assertThat(LedesDialect.builtIn("nope")).isEmpty();
        assertThat(SPEC.maxLength("INVOICE_NUMBER")).hasValue(20);
        assertThat(SPEC.digits("INVOICE_TOTAL")).contains(new LedesDialect.Digits(12, 4));
        assertThat(COLLABORATI.digits("INVOICE_TOTAL")).contains(new LedesDialect.Digits(14, 2));
        assertThat(BRIGHTFLAG.maxLength("LINE_ITEM_DESCRIPTION")).hasValue(1023);
        assertThat(BRIGHTFLAG.description()).contains("Brightflag");
    }

    @Nested
    class PracticeManagementExports {
        private final String firstLast = file(fee("1").set("TIMEKEEPER_NAME", "Jane Q Doe"));

        @Test
        void mycaseReadsFirstLastNamesAsLastFirstWithAWarning() {
            LedesFileResult r = read(firstLast, LedesDialect.builtIn("mycase").orElseThrow());

            assertThat(r.isAccepted()).isTrue();
            assertThat(r.allIssues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(LedesErrorCode.TIMEKEEPER_NAME_ORDER);
                assertThat(i.isError()).isFalse();
                assertThat(i.message()).contains("read as 'Doe, Jane Q'");
            });
            assertThat(r.builtInvoices().get(0).invoice().lines().get(0).timekeeper()).satisfies(tk -> {
                assertThat(tk.lastName()).isEqualTo("Doe");
                assertThat(tk.firstName()).isEqualTo("Jane Q");
            });
        }

        @Test
        void otherDialectsLeaveTheNameAsWrittenAndSayNothing() {
            for (String name : new String[] {"spec", "clio", "practicepanther"}) {
                LedesFileResult r = read(firstLast, LedesDialect.builtIn(name).orElseThrow());

                assertThat(codes(r)).as(name).doesNotContain(LedesErrorCode.TIMEKEEPER_NAME_ORDER);
                assertThat(r.builtInvoices().get(0).invoice().lines().get(0).timekeeper().lastName()).as(name)
                        .isEqualTo("Jane Q Doe");
            }
        }

        @Test
        void mycaseLeavesLastCommaFirstNamesAlone() {
            LedesFileResult r = read(file(fee("1").set("TIMEKEEPER_NAME", "Doe, Jane")),
                    LedesDialect.builtIn("mycase").orElseThrow());

            assertThat(r.allIssues()).isEmpty();
        }

        @Test
        void nameOrderIsADialectProperty() {
            Properties p = new Properties();
            p.setProperty("name", "firm-export");
            p.setProperty("extends", "spec");
            p.setProperty("timekeeperNameOrder", "first-last");

            assertThat(LedesDialect.fromProperties(p, "firm.properties").timekeeperNameOrder())
                    .isEqualTo(LedesDialect.NameOrder.FIRST_LAST);
            p.setProperty("timekeeperNameOrder", "surname-first");
            assertThatThrownBy(() -> LedesDialect.fromProperties(p, "firm.properties"))
                    .hasMessageContaining("timekeeperNameOrder: 'surname-first' is not one of [last_first, first_last]");
        }
    }

    @Nested
    class Spec {
        @Test
        void acceptsThePositiveRetainerLineBrightflagRejects() {
            assertThat(accepts(SPEC, SAMPLE)).isTrue();
            assertThat(accepts(BRIGHTFLAG, SAMPLE)).isFalse();
            assertThat(errorCodes(read(SAMPLE, BRIGHTFLAG))).containsExactly(LedesErrorCode.INVOICE_ADJUSTMENT_SIGN);
        }

        @Test
        void acceptsAFeeLineWithoutTimekeeperLegalTrackerRejects() {
            String noTimekeeper = file(fee("1").set("TIMEKEEPER_ID", "").set("TIMEKEEPER_NAME", "")
                    .set("TIMEKEEPER_CLASSIFICATION", ""));

            assertThat(accepts(SPEC, noTimekeeper)).isTrue();
            assertThat(read(noTimekeeper, LEGAL_TRACKER).allIssues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(LedesErrorCode.REQUIRED_FIELD_BLANK);
                assertThat(i.field()).isEqualTo("TIMEKEEPER_ID");
                assertThat(i.message()).contains("on F lines").contains("legal-tracker");
            });
        }

        @Test
        void warnsOnlyOnNonAsciiWhichCollaboratiRejects() {
            assertThat(read(SAMPLE, SPEC).allIssues()).allMatch(i -> !i.isError());
            assertThat(errorCodes(read(SAMPLE, COLLABORATI))).containsExactly(LedesErrorCode.ENCODING_NOT_ACCEPTED);
        }
    }

    @Nested
    class LegalTracker {
        @Test
        void acceptsTheOfficialSampleWithoutAnyWarning() {
            assertThat(read(SAMPLE, LEGAL_TRACKER).allIssues()).isEmpty();
        }

        @Test
        void acceptsAUtf8FileCollaboratiRejects() {
            String utf8 = file(fee("1").set("LINE_ITEM_DESCRIPTION", "Reviewed counsel\u2019s draft"));

            assertThat(accepts(LEGAL_TRACKER, utf8)).isTrue();
            assertThat(accepts(COLLABORATI, utf8)).isFalse();
        }

        @Test
        void rejectsBlankUnitsOnFeeLinesButExemptsInvoiceAdjustments() {
            String blankUnits = file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", "")
                    .set("LINE_ITEM_TOTAL", "0.00"), discount("2"));

            assertThat(errorCodes(read(blankUnits, LEGAL_TRACKER))).containsExactly(
                    LedesErrorCode.REQUIRED_FIELD_BLANK);
            assertThat(accepts(SPEC, blankUnits)).isTrue();
            assertThat(LEGAL_TRACKER.isRequired("LINE_ITEM_NUMBER_OF_UNITS", LineType.FEE_ADJUSTMENT)).isFalse();
        }

        @Test
        void rejectsSpacesInNumbersWhichSpecOnlyWarnsAbout() {
            String padded = file(fee("1").set("LINE_ITEM_UNIT_COST", " 350"));

            assertThat(accepts(SPEC, padded)).isTrue();
            assertThat(codes(read(padded, SPEC))).containsExactly(LedesErrorCode.PADDED_VALUE);
            assertThat(errorCodes(read(padded, LEGAL_TRACKER))).containsExactly(LedesErrorCode.PADDED_VALUE);
        }
    }

    @Nested
    class Brightflag {
        @Test
        void acceptsANegativeInvoiceDiscount() {
            assertThat(accepts(BRIGHTFLAG, file(fee("1"), discount("2")))).isTrue();
        }

        @Test
        void acceptsAUtf8FileCollaboratiRejects() {
            String utf8 = file(fee("1").set("LINE_ITEM_DESCRIPTION", "Caf\u00e9 meeting"));

            assertThat(accepts(BRIGHTFLAG, utf8)).isTrue();
            assertThat(accepts(COLLABORATI, utf8)).isFalse();
        }

        @Test
        void requiresClientMatterIdWhichSpecDoesNot() {
            String blank = file(fee("1").set("CLIENT_MATTER_ID", ""));

            assertThat(accepts(SPEC, blank)).isTrue();
            assertThat(errorCodes(read(blank, BRIGHTFLAG))).containsExactly(LedesErrorCode.REQUIRED_FIELD_BLANK);
        }

        @Test
        void limitsDescriptionsToUnder1024Characters() {
            String at1023 = file(fee("1").set("LINE_ITEM_DESCRIPTION", "d".repeat(1023)));
            String at1024 = file(fee("1").set("LINE_ITEM_DESCRIPTION", "d".repeat(1024)));

            assertThat(accepts(BRIGHTFLAG, at1023)).isTrue();
            assertThat(accepts(BRIGHTFLAG, at1024)).isFalse();
            assertThat(accepts(SPEC, at1024)).isTrue();
        }

        @Test
        void wantsTheSameInvoiceDescriptionOnEveryRow() {
            String varying = file(fee("1"), fee("2").set("INVOICE_DESCRIPTION", "February services"));

            assertThat(accepts(SPEC, varying)).isTrue();
            assertThat(read(varying, BRIGHTFLAG).allIssues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
                assertThat(i.isError()).isTrue();
                assertThat(i.value()).isEqualTo("[17 characters withheld]");
            });
        }

        @Test
        void negativeUnitsAreRejectedByEveryDialect() {
            String negative = file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", "-1.5").set("LINE_ITEM_TOTAL", "-525"));

            for (LedesDialect d : LedesDialect.builtIns()) {
                assertThat(errorCodes(read(negative, d))).as(d.name()).contains(LedesErrorCode.NEGATIVE_UNITS);
            }
        }
    }

    @Nested
    class Collaborati {
        @Test
        void acceptsAnInvoiceTotalOver99MillionThatSpecRejects() {
            LedesFixtures.Row[] rows = new LedesFixtures.Row[101];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = fee(String.valueOf(i + 1)).set("LINE_ITEM_NUMBER_OF_UNITS", "1")
                        .set("LINE_ITEM_UNIT_COST", "999999").set("LINE_ITEM_TOTAL", "999999.00");
            }
            String big = file(rows);

            assertThat(accepts(COLLABORATI, big)).isTrue();
            assertThat(accepts(SPEC, big)).isFalse();
            assertThat(read(big, SPEC).allIssues()).allSatisfy(i -> {
                assertThat(i.code()).isEqualTo(LedesErrorCode.NUMBER_EXCEEDS_FORMAT);
                assertThat(i.field()).isEqualTo("INVOICE_TOTAL");
                assertThat(i.message()).contains("12.4");
            });
        }

        @Test
        void acceptsBlankMatterAndBillingDatesThatSpecRejects() {
            String blank = file(fee("1").set("LAW_FIRM_MATTER_ID", "").set("BILLING_START_DATE", "")
                    .set("BILLING_END_DATE", ""), fee("2").set("LAW_FIRM_MATTER_ID", "").set("BILLING_START_DATE", "")
                    .set("BILLING_END_DATE", "").set("LINE_ITEM_DATE", "20240120"));

            LedesFileResult collaborati = read(blank, COLLABORATI);

            assertThat(collaborati.allIssues()).isEmpty();
            LedesInvoice li = collaborati.invoices().get(0).invoice().orElseThrow();
            Invoice invoice = li.invoice();
            assertThat(invoice.matter().value()).isEqualTo("CM-7");
            assertThat(invoice.periodStart()).hasToString("2024-01-15");
            assertThat(invoice.periodEnd()).hasToString("2024-01-20");
            assertThat(li.header().blankFields()).containsExactlyInAnyOrder("LAW_FIRM_MATTER_ID",
                    "BILLING_START_DATE", "BILLING_END_DATE");
            assertThat(errorCodes(read(blank, SPEC))).containsOnly(LedesErrorCode.REQUIRED_FIELD_BLANK).hasSize(6);
        }

        @Test
        void acceptsLegacyClassificationsWithoutWarning() {
            String legacy = file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "AS"));

            assertThat(read(legacy, COLLABORATI).allIssues()).isEmpty();
            assertThat(codes(read(legacy, SPEC))).containsExactly(LedesErrorCode.LEGACY_TIMEKEEPER_CLASSIFICATION);
        }

        @Test
        void acceptsAnsiFilesButNotUtf8() {
            String accented = file(fee("1").set("LINE_ITEM_DESCRIPTION", "Caf\u00e9 meeting"));

            assertThat(readAnsi(accented, COLLABORATI).isAccepted()).isTrue();
            assertThat(readAnsi(accented, COLLABORATI).charset().name()).isEqualTo("windows-1252");
            assertThat(read(accented, COLLABORATI).isAccepted()).isFalse();
        }

        @Test
        void limitsTheInvoiceDescriptionTo2000Characters() {
            String long2001 = file(fee("1").set("INVOICE_DESCRIPTION", "i".repeat(2001)));

            assertThat(accepts(SPEC, long2001)).isTrue();
            assertThat(errorCodes(read(long2001, COLLABORATI))).containsExactly(LedesErrorCode.FIELD_TOO_LONG);
        }

        @Test
        void rejectsAnInvoiceDatedBeforeItsPeriodWhichSpecOnlyWarnsAbout() {
            String early = file(fee("1").set("INVOICE_DATE", "20231230"));

            assertThat(accepts(SPEC, early)).isTrue();
            assertThat(errorCodes(read(early, COLLABORATI))).containsExactly(LedesErrorCode.INVOICE_DATE_BEFORE_PERIOD);
        }
    }

    @Nested
    class UserDialects {
        private LedesDialect lawtrac() throws IOException {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("lawtrac.properties")) {
                p.load(in);
            }
            return LedesDialect.fromProperties(p, "lawtrac.properties");
        }

        @Test
        void lawtracDialectFromAFileRejectsPositiveAdjustmentsSpecAccepts() throws IOException {
            String premium = file(fee("1").set("LINE_ITEM_ADJUSTMENT_AMOUNT", "25").set("LINE_ITEM_TOTAL", "550"));
            String discount = file(fee("1").set("LINE_ITEM_ADJUSTMENT_AMOUNT", "-25").set("LINE_ITEM_TOTAL", "500"));
            LedesDialect lawtrac = lawtrac();

            assertThat(lawtrac.name()).isEqualTo("lawtrac");
            assertThat(accepts(SPEC, premium)).isTrue();
            assertThat(read(premium, lawtrac).allIssues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(LedesErrorCode.ADJUSTMENT_SIGN);
                assertThat(i.message()).contains("zero or negative in dialect lawtrac");
            });
            assertThat(accepts(lawtrac, discount)).isTrue();
        }

        @Test
        void loadsADialectFromAPath(@TempDir Path dir) throws IOException {
            Path f = dir.resolve("strict.properties");
            Files.writeString(f, "name = strict-firm\nextends = spec\nseverity.V208 = error\n");

            LedesDialect strict = LedesDialect.load(f);

            assertThat(errorCodes(read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "PT")), strict)))
                    .containsExactly(LedesErrorCode.LEGACY_TIMEKEEPER_CLASSIFICATION);
        }

        @Test
        void derivesADialectInCodeThatTakesIfTotalsAsStated() {
            String totalOnly = file(fee("1"), discount("2").set("LINE_ITEM_ADJUSTMENT_AMOUNT", ""));
            LedesDialect statedTotals = SPEC.derive("stated-totals")
                    .adjustmentLineTotal(LedesDialect.AdjustmentLineTotal.STATED).build();

            assertThat(errorCodes(read(totalOnly, SPEC))).containsExactly(LedesErrorCode.LINE_ARITHMETIC);
            assertThat(accepts(statedTotals, totalOnly)).isTrue();
            assertThat(SPEC.adjustmentLineTotal()).isEqualTo(LedesDialect.AdjustmentLineTotal.ADJUSTMENT);
        }

        @Test
        void derivedDialectCanSwitchAWarningOffOrMakeFieldsOptional() {
            LedesDialect quiet = SPEC.derive("quiet").off(LedesErrorCode.ENCODING_NOT_ACCEPTED)
                    .optional("CLIENT_ID").build();

            assertThat(read(SAMPLE, quiet).allIssues()).isEmpty();
            assertThat(accepts(quiet, file(fee("1").set("CLIENT_ID", "")))).isFalse();
            assertThat(codes(read(file(fee("1").set("CLIENT_ID", "")), quiet)))
                    .containsExactly(LedesErrorCode.INVOICE_NOT_REPRESENTABLE);
        }

        @Test
        void invalidDialectFileReportsEveryProblemAtOnce() throws IOException {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("bad-dialect.properties")) {
                p.load(in);
            }

            assertThatThrownBy(() -> LedesDialect.fromProperties(p, "bad-dialect.properties"))
                    .isInstanceOfSatisfying(LedesDialectException.class, e -> {
                        assertThat(e.code()).isEqualTo("LEDES_BAD_DIALECT");
                        assertThat(e.problems()).hasSize(7).allMatch(s -> s.startsWith("bad-dialect.properties: "));
                        assertThat(String.join("\n", e.problems())).contains("colour: unknown key")
                                .contains("digits.LINE_ITEM_TOTAL: 'ten'").contains("adjustmentSign: 'sideways'")
                                .contains("severity.Z999: unknown error code").contains("NO_SUCH_FIELD");
                    });
        }

        @Test
        void builderReportsMisusedFieldsAndFixedCodesTogether() {
            LedesDialect.Builder b = SPEC.derive("bad").maxLength("LINE_ITEM_TOTAL", 5)
                    .digits("CLIENT_ID", 10, 2).off(LedesErrorCode.WRONG_FIELD_COUNT).sameOnEveryRow("LINE_ITEM_DATE");

            assertThatThrownBy(b::build).isInstanceOfSatisfying(LedesDialectException.class,
                    e -> assertThat(e.problems()).hasSize(4));
        }

        @Test
        void unknownParentIsReported() {
            Properties p = new Properties();
            p.setProperty("name", "orphan");
            p.setProperty("extends", "ebillinghub");

            assertThatThrownBy(() -> LedesDialect.fromProperties(p, "orphan.properties"))
                    .isInstanceOf(LedesDialectException.class).hasMessageContaining("unknown dialect 'ebillinghub'");
        }

        @Test
        void missingDialectFileIsATypedIoError(@TempDir Path dir) {
            assertThatThrownBy(() -> LedesDialect.load(dir.resolve("none.properties")))
                    .isInstanceOfSatisfying(LedesFormatException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(LedesErrorCode.IO_ERROR));
        }

        @Test
        void charsetsOutsideTheDetectedOnesAreRefused() {
            assertThatThrownBy(() -> SPEC.derive("latin").charsets(java.util.List.of(StandardCharsets.UTF_16))
                    .build()).isInstanceOf(LedesDialectException.class).hasMessageContaining("UTF-16");
        }
    }
}
