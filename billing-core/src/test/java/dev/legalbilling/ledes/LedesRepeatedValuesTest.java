package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.expense;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reader reads a value repeated from the previous row once (rows share the text and the parsed value): a
 * problem with such a value is still reported on every row that has it, and a change is still noticed.
 */
class LedesRepeatedValuesTest {
    @Test
    void reportsAnInvalidRepeatedDateOnEveryRow() {
        LedesFileResult result = read(file(fee("1").set("INVOICE_DATE", "20240230"),
                fee("2").set("INVOICE_DATE", "20240230"), expense("3").set("INVOICE_DATE", "20240230")));

        assertThat(result.allIssues()).extracting(LedesIssue::code).containsOnly(LedesErrorCode.INVALID_DATE);
        assertThat(result.allIssues()).extracting(LedesIssue::line).containsExactly(3, 4, 5);
    }

    @Test
    void reportsARepeatedPaddedValueOnEveryRow() {
        LedesFileResult result = read(file(fee("1").set("CLIENT_ID", " ACME"), fee("2").set("CLIENT_ID", " ACME")));

        assertThat(result.allIssues()).extracting(LedesIssue::code)
                .containsExactly(LedesErrorCode.PADDED_VALUE, LedesErrorCode.PADDED_VALUE);
        assertThat(result.allIssues()).extracting(LedesIssue::line).containsExactly(3, 4);
    }

    @Test
    void noticesAValueThatChangesAndChangesBack() {
        LedesFileResult result = read(file(fee("1"), fee("2").set("BILLING_END_DATE", "20240130"),
                fee("3"), fee("4")));

        assertThat(result.allIssues()).extracting(LedesIssue::code)
                .containsExactly(LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        assertThat(result.allIssues().get(0).line()).isEqualTo(4);
        assertThat(result.allIssues().get(0).message()).isEqualTo(
                "BILLING_END_DATE '20240130' differs from '20240131' on line 3; dialect spec wants it the same"
                        + " on every row");
    }

    @Test
    void aRepeatedValueAfterABadRowIsReadAgain() {
        LedesFileResult result = read(file(fee("1").set("INVOICE_DATE", "2024-02-05"), fee("2"), fee("3")));

        assertThat(result.allIssues()).extracting(LedesIssue::code).contains(LedesErrorCode.INVALID_DATE)
                .doesNotContain(LedesErrorCode.REQUIRED_FIELD_BLANK);
        assertThat(result.allIssues()).filteredOn(i -> i.code() == LedesErrorCode.INVALID_DATE)
                .extracting(LedesIssue::line).containsExactly(3);
    }

    @Test
    void buildsTheInvoiceFromRepeatedValues() {
        LedesInvoice invoice = read(file(fee("1"), fee("2"), expense("3"))).invoices().get(0).invoice()
                .orElseThrow();

        assertThat(invoice.invoice().invoiceDate()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(invoice.invoice().lines()).hasSize(3);
        assertThat(invoice.invoice().lines().get(1).timekeeper()).isEqualTo(invoice.invoice().lines().get(0)
                .timekeeper());
    }

    @Test
    void noticesAnInvoiceFieldThatOnlyGrowsOrShrinks() {
        LedesFileResult result = read(file(fee("1"), fee("2").set("INVOICE_DESCRIPTION", "January services etc"),
                fee("3"), fee("4").set("INVOICE_DESCRIPTION", "January"), fee("5")));

        assertThat(result.allIssues()).extracting(LedesIssue::code).containsOnly(
                LedesErrorCode.INCONSISTENT_INVOICE_FIELD);
        assertThat(result.allIssues()).extracting(LedesIssue::line).containsExactly(4, 6);
        assertThat(result.invoices().get(0).invoice().orElseThrow().invoice().lines()).hasSize(5);
    }

    @Test
    void countsTheFieldsOfARowThatRepeatsTheInvoiceFields() {
        LedesFileResult result = read(file(fee("1"), fee("2").set("LINE_ITEM_DESCRIPTION", "Reviewed|the complaint"),
                fee("3").set("LAW_FIRM_MATTER_ID", "M-100|X"), fee("4")));

        assertThat(result.allIssues()).extracting(LedesIssue::code).containsOnly(
                LedesErrorCode.WRONG_FIELD_COUNT);
        assertThat(result.allIssues()).extracting(LedesIssue::line).containsExactly(4, 5);
    }

    @Test
    void readsTheLineFieldsAfterRepeatedInvoiceFields() {
        LedesInvoice invoice = read(file(fee("1"), fee("2").set("LINE_ITEM_DATE", "20240116"),
                expense("3"))).invoices().get(0).invoice().orElseThrow();

        assertThat(invoice.invoice().lines()).extracting(l -> l.lineNumber()).containsExactly("1", "2", "3");
        assertThat(invoice.invoice().lines()).extracting(l -> l.date()).containsExactly(LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 1, 16), LocalDate.of(2024, 1, 15));
        assertThat(invoice.invoice().description()).isEqualTo("January services");
    }

    @Test
    void reportsARepeatedBadLineFieldOnEveryRow() {
        LedesFileResult result = read(file(fee("1").set("TIMEKEEPER_CLASSIFICATION", "PARTNR "),
                fee("2").set("TIMEKEEPER_CLASSIFICATION", "PARTNR "), fee("3").set("LINE_ITEM_UNIT_COST", "350.123456"),
                fee("4").set("LINE_ITEM_UNIT_COST", "350.123456"), fee("5").set("EXP/FEE/INV_ADJ_TYPE", "X"),
                fee("6").set("EXP/FEE/INV_ADJ_TYPE", "X")));

        assertThat(result.allIssues()).filteredOn(i -> i.code() == LedesErrorCode.PADDED_VALUE)
                .extracting(LedesIssue::line).containsExactly(3, 4);
        assertThat(result.allIssues()).filteredOn(i -> i.code() == LedesErrorCode.AMOUNT_TOO_PRECISE)
                .extracting(LedesIssue::line).containsExactly(5, 6);
        assertThat(result.allIssues()).filteredOn(i -> i.code() == LedesErrorCode.INVALID_LINE_TYPE)
                .extracting(LedesIssue::line).containsExactly(7, 8);
    }

    @Test
    void readsARepeatedLineFieldAsOnThePreviousRow() {
        LedesInvoice invoice = read(file(fee("1").set("LINE_ITEM_UNIT_COST", "300.50")
                        .set("LINE_ITEM_TOTAL", "450.75"), fee("2").set("LINE_ITEM_UNIT_COST", "300.50")
                        .set("LINE_ITEM_TOTAL", "450.75"), expense("3"), expense("4")))
                .invoices().get(0).invoice().orElseThrow();

        assertThat(invoice.invoice().lines()).extracting(l -> l.unitCost().amount().toPlainString())
                .containsExactly("300.50", "300.50", "0.10", "0.10");
        assertThat(invoice.invoice().lines()).extracting(l -> l.type().ledesCode())
                .containsExactly("F", "F", "E", "E");
        assertThat(invoice.invoice().lines()).extracting(l -> l.sourceLine()).containsExactly(3, 4, 5, 6);
    }
}
