package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.codes;
import static dev.legalbilling.ledes.LedesFixtures.discount;
import static dev.legalbilling.ledes.LedesFixtures.expense;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.utbms.UtbmsCodeSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LedesValidationTest {

    private static LedesIssue only(LedesFileResult result) {
        assertThat(result.allIssues()).hasSize(1);
        return result.allIssues().get(0);
    }

    @Test
    void validHandMadeInvoiceHasNoIssues() {
        LedesFileResult result = read(file(fee("1"), expense("2"), discount("3")));

        assertThat(result.allIssues()).isEmpty();
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().total().amount())
                .isEqualByComparingTo("485.00");
    }

    @Test
    void wrongLineTotalIsLineArithmeticWithTheFormula() {
        LedesIssue issue = only(read(file(fee("1").set("LINE_ITEM_TOTAL", "526.00"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(issue.line()).isEqualTo(3);
        assertThat(issue.field()).isEqualTo("LINE_ITEM_TOTAL");
        assertThat(issue.message()).isEqualTo("LINE_ITEM_TOTAL '526.00' is not units x unit cost + adjustment"
                + " = 1.5 x 350 + 0 = 525.00");
    }

    @Test
    void lineWithWrongArithmeticIsStillBuiltWithItsStatedTotal() {
        LedesReadResult result = read(file(fee("1").set("LINE_ITEM_TOTAL", "526.00"))).invoices().get(0);

        assertThat(result.invoice().orElseThrow().invoice().lines().get(0).total().amount())
                .isEqualByComparingTo("526.00");
        assertThat(result.isAccepted()).isFalse();
    }

    @Test
    void adjustmentCountsInTheLineArithmetic() {
        assertThat(read(file(fee("1").set("LINE_ITEM_ADJUSTMENT_AMOUNT", "-25")
                .set("LINE_ITEM_TOTAL", "500"))).allIssues()).isEmpty();
    }

    @Test
    void invoiceAdjustmentWithoutUnitCostMustTotalItsAdjustment() {
        LedesIssue issue = only(read(file(fee("1"), discount("2").set("LINE_ITEM_TOTAL", "-40.00"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(issue.message()).contains("the adjustment of an IF line without unit cost = -50.00");
    }

    @Test
    void unitsTimesCostIsRoundedOnceWithTheDialectsRounding() {
        String file = file(expense("1").set("LINE_ITEM_NUMBER_OF_UNITS", "1.25").set("LINE_ITEM_TOTAL", "0.12"));
        LedesDialect halfEven = LedesDialect.spec().derive("half-even").rounding(RoundingMode.HALF_EVEN).build();

        assertThat(codes(read(file))).containsExactly(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(read(file, halfEven).allIssues()).isEmpty();
    }

    @Test
    void toleranceAcceptsSmallDifferences() {
        String file = file(fee("1").set("LINE_ITEM_TOTAL", "525.01"));
        LedesDialect lenient = LedesDialect.spec().derive("cent").tolerance(new BigDecimal("0.01")).build();

        assertThat(read(file, lenient).allIssues()).isEmpty();
    }

    @Test
    void invoiceTotalThatIsNotTheSumOfItsLines() {
        LedesIssue issue = only(read(file(fee("1").set("INVOICE_TOTAL", "600"), fee("2")
                .set("INVOICE_TOTAL", "600"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.INVOICE_TOTAL_MISMATCH);
        assertThat(issue.message()).isEqualTo("INVOICE_TOTAL '600' is not the sum of the 2 LINE_ITEM_TOTALs,"
                + " 1050.00");
    }

    @Test
    void invoiceTotalMustBeTheSameOnEveryRow() {
        LedesIssue issue = only(read(file(fee("1").set("INVOICE_TOTAL", "1050.00"), fee("2")
                .set("INVOICE_TOTAL", "1050.01"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.INVOICE_TOTAL_INCONSISTENT);
        assertThat(issue.line()).isEqualTo(4);
    }

    @Test
    void invoiceTotalWrittenDifferentlyButEqualIsTheSame() {
        assertThat(read(file(fee("1").set("INVOICE_TOTAL", "1050"), fee("2").set("INVOICE_TOTAL", "1050.00")))
                .allIssues()).isEmpty();
    }

    @Test
    void lineDateOutsideTheBillingPeriod() {
        LedesIssue issue = only(read(file(fee("1").set("LINE_ITEM_DATE", "20240201"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.LINE_DATE_OUTSIDE_PERIOD);
        assertThat(issue.message()).contains("20240101..20240131");
    }

    @Test
    void reversedBillingPeriodPreventsTheInvoice() {
        LedesFileResult result = read(file(fee("1").set("BILLING_START_DATE", "20240201")
                .set("INVOICE_DATE", "20240301")));

        assertThat(codes(result)).contains(LedesErrorCode.BILLING_PERIOD_REVERSED);
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void invoiceDateBeforeThePeriodIsAWarningUnderSpec() {
        LedesIssue issue = only(read(file(fee("1").set("INVOICE_DATE", "20231231"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.INVOICE_DATE_BEFORE_PERIOD);
        assertThat(issue.isError()).isFalse();
    }

    @Test
    void duplicateLineNumbersPreventTheInvoice() {
        LedesFileResult result = read(file(fee("1"), expense("1")));

        LedesIssue issue = only(result);
        assertThat(issue.code()).isEqualTo(LedesErrorCode.DUPLICATE_LINE_NUMBER);
        assertThat(issue.line()).isEqualTo(4);
        assertThat(issue.message()).contains("line 3");
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void unknownUtbmsCodesAreReported() {
        LedesFileResult result = read(file(fee("1").set("LINE_ITEM_TASK_CODE", "L999")
                .set("LINE_ITEM_ACTIVITY_CODE", "A199"), expense("2").set("LINE_ITEM_EXPENSE_CODE", "E999")));

        assertThat(codes(result)).containsExactly(LedesErrorCode.INVALID_TASK_CODE,
                LedesErrorCode.INVALID_ACTIVITY_CODE, LedesErrorCode.INVALID_EXPENSE_CODE);
    }

    @Test
    void taskCodesAreCheckedAgainstTheConfiguredCodeSets() {
        String bankruptcy = file(fee("1").set("LINE_ITEM_TASK_CODE", "B110"));
        LedesDialect litigationOnly = LedesDialect.spec().derive("litigation")
                .taskCodeSets(List.of(UtbmsCodeSet.LITIGATION)).build();

        assertThat(read(bankruptcy).allIssues()).isEmpty();
        assertThat(codes(read(bankruptcy, litigationOnly))).containsExactly(LedesErrorCode.INVALID_TASK_CODE);
    }

    @Test
    void codeOfTheWrongKindForTheLineIsAWarning() {
        LedesIssue issue = only(read(file(expense("1").set("LINE_ITEM_TASK_CODE", "L110"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.CODE_NOT_FOR_LINE_TYPE);
        assertThat(issue.isError()).isFalse();
    }

    @Test
    void identifierLongerThanChar20() {
        LedesFileResult result = read(file(fee("1").set("INVOICE_NUMBER", "X".repeat(21))));

        assertThat(only(result).code()).isEqualTo(LedesErrorCode.FIELD_TOO_LONG);
        assertThat(only(result).message()).contains("21 characters").contains("allows 20");
    }

    @Test
    void timekeeperNameLongerThan30() {
        assertThat(codes(read(file(fee("1").set("TIMEKEEPER_NAME", "Featherstonehaugh-Smythe, Bartholomew")))))
                .containsExactly(LedesErrorCode.FIELD_TOO_LONG);
    }

    @Test
    void unitsWithMoreDigitsThan10Point4() {
        assertThat(codes(read(file(expense("1").set("LINE_ITEM_NUMBER_OF_UNITS", "1000000")
                .set("LINE_ITEM_UNIT_COST", "0").set("LINE_ITEM_TOTAL", "0")))))
                .containsExactly(LedesErrorCode.NUMBER_EXCEEDS_FORMAT);
        assertThat(codes(read(file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", "1.50000")))))
                .as("trailing zeros are not counted").isEmpty();
    }

    @Test
    void amountWithMoreDecimalsThanTheCurrencyCannotBeAnInvoice() {
        LedesFileResult result = read(file(expense("1").set("LINE_ITEM_UNIT_COST", "0.10555")
                .set("LINE_ITEM_TOTAL", "10.555")));

        assertThat(codes(result)).containsExactly(LedesErrorCode.AMOUNT_TOO_PRECISE,
                LedesErrorCode.AMOUNT_TOO_PRECISE, LedesErrorCode.AMOUNT_TOO_PRECISE);
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void negativeUnitsAndUnitCostsAreRefused() {
        LedesFileResult result = read(file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", "-1.5")
                .set("LINE_ITEM_TOTAL", "-525.00"), fee("2").set("LINE_ITEM_UNIT_COST", "-350")
                .set("LINE_ITEM_TOTAL", "-525.00")));

        assertThat(codes(result)).containsExactly(LedesErrorCode.NEGATIVE_UNITS, LedesErrorCode.NEGATIVE_UNIT_COST);
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void timekeeperWithoutClassificationIsIncomplete() {
        LedesFileResult result = read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "")));

        assertThat(only(result).code()).isEqualTo(LedesErrorCode.TIMEKEEPER_INCOMPLETE);
        assertThat(only(result).message()).contains("TK1");
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void timekeeperWithoutNameIsIncomplete() {
        assertThat(codes(read(file(fee("1").set("TIMEKEEPER_NAME", ", Jane")))))
                .containsExactly(LedesErrorCode.TIMEKEEPER_INCOMPLETE);
    }

    @Test
    void unknownClassificationIsAnError() {
        assertThat(codes(read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "WIZARD")))))
                .containsExactly(LedesErrorCode.INVALID_TIMEKEEPER_CLASSIFICATION);
    }

    @Test
    void paddedValuesAreWarnedAboutAndStripped() {
        LedesFileResult result = read(file(fee("1").set("CLIENT_ID", " ACME ")));

        assertThat(only(result).code()).isEqualTo(LedesErrorCode.PADDED_VALUE);
        assertThat(only(result).value()).isEqualTo(" ACME ");
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().client().value()).isEqualTo("ACME");
    }

    @Test
    void unknownLineTypeIsAnError() {
        LedesFileResult result = read(file(fee("1").set("EXP/FEE/INV_ADJ_TYPE", "X")));

        assertThat(codes(result)).containsExactly(LedesErrorCode.INVALID_LINE_TYPE);
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,250.00", "$5", "+5", "1e3", "5 ", "1.2.3", "-", "."})
    void numbersMayHoldOnlyDigitsOneDotAndALeadingMinus(String units) {
        List<LedesErrorCode> codes = codes(read(file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", units))));

        assertThat(codes).contains(units.equals("5 ") ? LedesErrorCode.PADDED_VALUE : LedesErrorCode.INVALID_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.50", "1.5000", "01.5"})
    void numbersMayBeWrittenInSeveralWays(String units) {
        assertThat(read(file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", units))).allIssues()).isEmpty();
    }

    @Test
    void trailingDotAndLeadingDotAreNumbers() {
        assertThat(read(file(fee("1").set("LINE_ITEM_NUMBER_OF_UNITS", ".5").set("LINE_ITEM_TOTAL", "175.")))
                .allIssues()).isEmpty();
    }

    @Test
    void oneInvoiceCannotSpanTwoMatters() {
        LedesIssue issue = only(read(file(fee("1"), fee("2").set("LAW_FIRM_MATTER_ID", "M-200"))));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        assertThat(issue.isError()).isTrue();
        assertThat(issue.message()).contains("'M-100' on line 3");
    }

    @Test
    void laterInvoiceDateOnAnotherRowIsAWarningAndTheFirstCounts() {
        LedesFileResult result = read(file(fee("1"), fee("2").set("INVOICE_DATE", "20240206")));

        assertThat(only(result).code()).isEqualTo(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        assertThat(only(result).isError()).isFalse();
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().invoiceDate())
                .hasToString("2024-02-05");
    }

    @Test
    void anotherClientForTheSameMatterLaterInTheFileIsAWarning() {
        LedesFileResult result = read(file(fee("1"), fee("1").set("INVOICE_NUMBER", "INV-2")
                .set("CLIENT_ID", "GLOBEX")));

        LedesIssue issue = only(result);
        assertThat(issue.code()).isEqualTo(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        assertThat(issue.line()).isEqualTo(4);
        assertThat(issue.message()).contains("'ACME' given for LAW_FIRM_MATTER_ID 'M-100' on line 3");
        assertThat(issue.isError()).isFalse();
    }

    @Test
    void taxIsPartOfTheLineTotalIn98bi() {
        LedesFixtures.Row row = fee("1").set("LINE_ITEM_TAX_TOTAL", "105.00");

        LedesIssue issue = only(read(file(LedesFormat.BI_V2, row)));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.LINE_ARITHMETIC);
        assertThat(issue.message()).contains("+ tax 105.00 = 630.00");
    }

    @Test
    void netTotalMustBeTotalLessTax() {
        LedesFixtures.Row row = fee("1").set("LINE_ITEM_TAX_TOTAL", "105.00").set("LINE_ITEM_TOTAL", "630.00")
                .set("INVOICE_TOTAL", "630.00").set("INVOICE_TAX_TOTAL", "105.00").set("INVOICE_NET_TOTAL", "530.00");

        LedesIssue issue = only(read(file(LedesFormat.BI_V2, row)));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.TAX_ARITHMETIC);
        assertThat(issue.field()).isEqualTo("INVOICE_NET_TOTAL");
    }

    @Test
    void invoiceTaxMustBeTheSumOfLineTaxes() {
        LedesFixtures.Row row = fee("1").set("LINE_ITEM_TAX_TOTAL", "105.00").set("LINE_ITEM_TOTAL", "630.00")
                .set("INVOICE_TOTAL", "630.00").set("INVOICE_TAX_TOTAL", "100.00").set("INVOICE_NET_TOTAL", "530.00");

        LedesIssue issue = only(read(file(LedesFormat.BI_V2, row)));

        assertThat(issue.code()).isEqualTo(LedesErrorCode.TAX_ARITHMETIC);
        assertThat(issue.field()).isEqualTo("INVOICE_TAX_TOTAL");
    }

    @Test
    void timekeeperNameDisagreeingWithLastAndFirstNameIsAWarning() {
        LedesFixtures.Row row = fee("1").set("TIMEKEEPER_NAME", ", Jane").set("TIMEKEEPER_LAST_NAME", "Doe")
                .set("TIMEKEEPER_FIRST_NAME", "Jane");

        LedesFileResult result = read(file(LedesFormat.BI_V2, row));

        assertThat(only(result).code()).isEqualTo(LedesErrorCode.TIMEKEEPER_NAME_MISMATCH);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines().get(0).timekeeper()
                .ledesName()).isEqualTo("Doe, Jane");
    }

    @Test
    void unknownCurrencyIn98biIsAnError() {
        LedesFileResult result = read(file(LedesFormat.BI_V2, fee("1").set("INVOICE_CURRENCY", "XYZ")));

        assertThat(codes(result)).containsExactly(LedesErrorCode.INVALID_CURRENCY);
        assertThat(result.invoices().get(0).invoice()).isEmpty();
    }

    @Test
    void japaneseYenHasNoDecimals() {
        LedesFixtures.Row row = fee("1").set("INVOICE_CURRENCY", "JPY").set("LINE_ITEM_UNIT_COST", "35000")
                .set("LINE_ITEM_TOTAL", "52500");

        LedesFileResult ok = read(file(LedesFormat.BI_V2, row));
        LedesFileResult tooPrecise = read(file(LedesFormat.BI_V2, row.set("LINE_ITEM_TOTAL", "52500.5")));

        assertThat(ok.allIssues()).isEmpty();
        assertThat(codes(tooPrecise)).contains(LedesErrorCode.AMOUNT_TOO_PRECISE);
    }

    @Test
    void privilegedValuesAreNeverRepeatedInIssues() {
        String secret = "Discussed settlement strategy with CEO ".repeat(30);
        LedesFileResult result = read(file(fee("1").set("LINE_ITEM_DESCRIPTION", secret)), LedesDialect.brightflag());

        LedesIssue issue = only(result);
        assertThat(issue.code()).isEqualTo(LedesErrorCode.FIELD_TOO_LONG);
        assertThat(issue.value()).isEqualTo("[1170 characters withheld]");
        assertThat(issue.toString()).doesNotContain("settlement");
    }

    @Test
    void longOrdinaryValuesAreShortenedInIssues() {
        LedesIssue issue = only(read(file(fee("1").set("CLIENT_MATTER_ID", "Z".repeat(200)))));

        assertThat(issue.value()).startsWith("ZZZ").endsWith("... (200 characters)").hasSizeLessThan(90);
    }
}
