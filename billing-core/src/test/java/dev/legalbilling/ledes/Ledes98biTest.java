package dev.legalbilling.ledes;

import static dev.legalbilling.ledes.LedesFixtures.codes;
import static dev.legalbilling.ledes.LedesFixtures.discount;
import static dev.legalbilling.ledes.LedesFixtures.fee;
import static dev.legalbilling.ledes.LedesFixtures.file;
import static dev.legalbilling.ledes.LedesFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LEDES 98BI V2: its own fields, line tax, the writer's totals and adjusted invoices. */
class Ledes98biTest {
    /** Fee line 1.5 h x 350 = 525.00 + 20 % VAT 105.00 = 630.00, with firm and client parties. */
    private static LedesFixtures.Row taxedFee(String lineNumber) {
        return fee(lineNumber).set("LINE_ITEM_TAX_RATE", "0.20").set("LINE_ITEM_TAX_TOTAL", "105.00")
                .set("LINE_ITEM_TAX_TYPE", "VAT").set("LINE_ITEM_TOTAL", "630.00").set("INVOICE_CURRENCY", "GBP")
                .set("ACCOUNT_TYPE", "O").set("LAW_FIRM_NAME", "Smith & Partners LLP")
                .set("LAW_FIRM_COUNTRY", "GB").set("CLIENT_NAME", "Acme Ltd").set("CLIENT_COUNTRY", "GBR")
                .set("CLIENT_TAX_ID", "GB123456789").set("PO_NUMBER", "PO-77").set("MATTER_NAME", "Acme v Globex");
    }

    private static LedesFileResult read98bi(LedesFixtures.Row... rows) {
        return read(file(LedesFormat.BI_V2, rows));
    }

    @Test
    void taxedInvoiceWithPartiesHasNoIssues() {
        LedesFileResult result = read98bi(taxedFee("1"));

        assertThat(result.allIssues()).isEmpty();
        LedesInvoice li = result.builtInvoices().get(0);
        assertThat(li.header().taxTotal()).isEqualByComparingTo("105.00");
        assertThat(li.header().netTotal()).isEqualByComparingTo("525.00");
    }

    @Test
    void lineTaxThatIsNotBaseTimesRateIsLineTaxArithmetic() {
        LedesFixtures.Row row = taxedFee("1").set("LINE_ITEM_TAX_TOTAL", "100.00").set("LINE_ITEM_TOTAL", "625.00");

        LedesFileResult result = read98bi(row);

        assertThat(codes(result)).containsExactly(LedesErrorCode.LINE_TAX_ARITHMETIC);
        assertThat(result.allIssues().get(0).message()).contains("= 525.00 x 0.20 = 105.00");
        assertThat(result.allIssues().get(0).field()).isEqualTo("LINE_ITEM_TAX_TOTAL");
    }

    @Test
    void lineTaxIsRoundedOnceToTheCurrency() {
        // 1.5 x 333.33 = 499.995 -> 500.00; x 0.175 = 87.5 -> 87.50
        LedesFixtures.Row row = taxedFee("1").set("LINE_ITEM_UNIT_COST", "333.33").set("LINE_ITEM_TAX_RATE", "0.175")
                .set("LINE_ITEM_TAX_TOTAL", "87.50").set("LINE_ITEM_TOTAL", "587.50");

        assertThat(read98bi(row).allIssues()).isEmpty();
    }

    @Test
    void lineTaxOnAnInvoiceAdjustmentLineIsTheAdjustmentTimesTheRate() {
        LedesFixtures.Row good = discount("2").set("LINE_ITEM_TAX_RATE", "0.20").set("LINE_ITEM_TAX_TOTAL", "-10.00")
                .set("LINE_ITEM_TOTAL", "-60.00");
        LedesFixtures.Row bad = discount("2").set("LINE_ITEM_TAX_RATE", "0.20").set("LINE_ITEM_TAX_TOTAL", "-12.00")
                .set("LINE_ITEM_TOTAL", "-62.00");

        assertThat(read98bi(fee("1"), good).allIssues()).isEmpty();
        assertThat(codes(read98bi(fee("1"), bad))).containsExactly(LedesErrorCode.LINE_TAX_ARITHMETIC);
    }

    @Test
    void lineTaxToleranceComesFromTheDialect() {
        LedesFixtures.Row row = taxedFee("1").set("LINE_ITEM_TAX_TOTAL", "105.01").set("LINE_ITEM_TOTAL", "630.01");
        LedesDialect tolerant = LedesDialect.spec().derive("tenth-of-a-cent").tolerance(new BigDecimal("0.01"))
                .build();

        assertThat(codes(read98bi(row))).containsExactly(LedesErrorCode.LINE_TAX_ARITHMETIC);
        assertThat(read(file(LedesFormat.BI_V2, row), tolerant).allIssues()).isEmpty();
    }

    @Test
    void taxAmountsObeyTheCurrencysDecimals() {
        LedesFixtures.Row row = taxedFee("1").set("LINE_ITEM_TAX_TOTAL", "105.001").set("LINE_ITEM_TOTAL", "630.001");

        assertThat(codes(read98bi(row))).contains(LedesErrorCode.AMOUNT_TOO_PRECISE);
    }

    @Test
    void reportedTaxObeysTheTaxCurrencysDecimals() {
        LedesFixtures.Row yen = taxedFee("1").set("INVOICE_REPORTED_TAX_TOTAL", "15000")
                .set("INVOICE_TAX_CURRENCY", "JPY");
        LedesFixtures.Row yenWithCents = taxedFee("1").set("INVOICE_REPORTED_TAX_TOTAL", "15000.50")
                .set("INVOICE_TAX_CURRENCY", "JPY");

        assertThat(read98bi(yen).allIssues()).isEmpty();
        assertThat(codes(read98bi(yenWithCents))).containsExactly(LedesErrorCode.AMOUNT_TOO_PRECISE);
    }

    @Test
    void blankNetTotalIsRequired() {
        LedesFixtures.Row row = taxedFee("1").set("INVOICE_TOTAL", "630.00").set("INVOICE_TAX_TOTAL", "105.00")
                .set("INVOICE_NET_TOTAL", "");

        assertThat(codes(read98bi(row))).containsExactly(LedesErrorCode.REQUIRED_FIELD_BLANK);
        assertThat(codes(read(file(fee("1"))))).as("1998B has no net total").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"O", "T"})
    void operatingAndTrustAccountTypesAreAccepted(String type) {
        assertThat(read98bi(taxedFee("1").set("ACCOUNT_TYPE", type)).allIssues()).isEmpty();
    }

    @Test
    void otherAccountTypeIsAnErrorUnlessTheDialectAllowsIt() {
        LedesFixtures.Row row = taxedFee("1").set("ACCOUNT_TYPE", "X");
        LedesDialect any = LedesDialect.spec().derive("any-account").accountTypes(List.of()).build();

        assertThat(codes(read98bi(row))).containsExactly(LedesErrorCode.INVALID_ACCOUNT_TYPE);
        assertThat(read(file(LedesFormat.BI_V2, row), any).allIssues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB", "GBR", "US", "USA", "DE"})
    void isoCountryCodesAreAccepted(String country) {
        assertThat(read98bi(taxedFee("1").set("LAW_FIRM_COUNTRY", country)).allIssues()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "England", "gb", "XX"})
    void otherCountriesAreInvalidCountryCodes(String country) {
        assertThat(codes(read98bi(taxedFee("1").set("CLIENT_COUNTRY", country))))
                .contains(LedesErrorCode.INVALID_COUNTRY_CODE);
    }

    @Test
    void aDialectMayAcceptOnlyAlpha3Countries() {
        LedesDialect alpha3 = LedesDialect.spec().derive("alpha3")
                .countryCodes(List.of(LedesDialect.CountryCode.ALPHA_3)).build();

        assertThat(codes(read(file(LedesFormat.BI_V2, taxedFee("1")), alpha3)))
                .containsExactly(LedesErrorCode.INVALID_COUNTRY_CODE);
        assertThat(read(file(LedesFormat.BI_V2, taxedFee("1").set("LAW_FIRM_COUNTRY", "GBR")), alpha3).allIssues())
                .isEmpty();
    }

    @Test
    void taxRateWrittenAsAPercentageIsAnInvalidTaxRate() {
        LedesFixtures.Row row = taxedFee("1").set("LINE_ITEM_TAX_RATE", "20");

        LedesFileResult result = read98bi(row);

        assertThat(codes(result)).containsExactly(LedesErrorCode.INVALID_TAX_RATE);
        assertThat(result.allIssues().get(0).message()).contains("is above 1");
        assertThat(result.builtInvoices().get(0).lineDetails().get(0).taxRate()).isEqualByComparingTo("20");
    }

    @Test
    void switchingTheTaxRateCheckOffLeavesTheLineTaxCheck() {
        LedesDialect noRateCheck = LedesDialect.spec().derive("no-rate-check").off(LedesErrorCode.INVALID_TAX_RATE)
                .build();

        LedesFileResult result = read(file(LedesFormat.BI_V2, taxedFee("1").set("LINE_ITEM_TAX_RATE", "20")),
                noRateCheck);

        assertThat(codes(result)).containsExactly(LedesErrorCode.LINE_TAX_ARITHMETIC);
    }

    @Test
    void negativeTaxRateIsAnInvalidTaxRate() {
        assertThat(codes(read98bi(taxedFee("1").set("LINE_ITEM_TAX_RATE", "-0.20"))))
                .containsExactly(LedesErrorCode.INVALID_TAX_RATE);
    }

    @Test
    void aDialectWithPercentRatesRaisesTheLimitByProperties() {
        Properties p = new Properties();
        p.setProperty("name", "percent-rates");
        p.setProperty("extends", "spec");
        p.setProperty("maxTaxRate", "none");
        p.setProperty("severity.A305", "off");
        LedesDialect percent = LedesDialect.fromProperties(p, "percent.properties");

        assertThat(read(file(LedesFormat.BI_V2, taxedFee("1").set("LINE_ITEM_TAX_RATE", "20")), percent)
                .allIssues()).isEmpty();
    }

    @Test
    void badDialectValuesForTheNewKeysAreAllReported() {
        Properties p = new Properties();
        p.setProperty("name", "bad");
        p.setProperty("extends", "spec");
        p.setProperty("maxTaxRate", "-1");
        p.setProperty("countryCodes", "alpha-4");

        assertThatThrownBy(() -> LedesDialect.fromProperties(p, "bad.properties"))
                .isInstanceOf(LedesDialectException.class)
                .hasMessageContaining("countryCodes: 'alpha-4'")
                .hasMessageContaining("maxTaxRate: must not be negative");
    }

    @Test
    void the98biTextFieldsHaveTheSpecificationsLengths() {
        LedesFixtures.Row longName = taxedFee("1").set("LAW_FIRM_NAME", "x".repeat(61));
        LedesFixtures.Row longPo = taxedFee("1").set("PO_NUMBER", "P".repeat(101));
        LedesFixtures.Row longestPo = taxedFee("1").set("PO_NUMBER", "P".repeat(100));

        assertThat(codes(read98bi(longName))).containsExactly(LedesErrorCode.FIELD_TOO_LONG);
        assertThat(codes(read98bi(longPo))).containsExactly(LedesErrorCode.FIELD_TOO_LONG);
        assertThat(read98bi(longestPo).allIssues()).isEmpty();
    }

    @Test
    void taxTotalsHaveTheSpecificationsFormat() {
        LedesFixtures.Row row = taxedFee("1").set("INVOICE_TOTAL", "630.00").set("INVOICE_TAX_TOTAL", "105.00")
                .set("INVOICE_NET_TOTAL", "525.00").set("INVOICE_REPORTED_TAX_TOTAL", "123456789.00");

        assertThat(codes(read98bi(row))).containsExactly(LedesErrorCode.NUMBER_EXCEEDS_FORMAT);
    }

    @Test
    void outOfPeriodLineIsAWarningUnderSpecAndAnErrorUnderCollaborati() {
        LedesFixtures.Row late = fee("1").set("LINE_ITEM_DATE", "20240201");

        LedesFileResult spec = read(file(late));
        LedesFileResult collaborati = read(file(late), LedesDialect.collaborati());

        assertThat(codes(spec)).containsExactly(LedesErrorCode.LINE_DATE_OUTSIDE_PERIOD);
        assertThat(spec.invoices().get(0).isAccepted()).isTrue();
        assertThat(LedesFixtures.errorCodes(collaborati)).containsExactly(LedesErrorCode.LINE_DATE_OUTSIDE_PERIOD);
    }

    @Test
    void writerFillsTaxAndNetTotalsWithZerosWhenThereIsNoTax() {
        Invoice invoice = read(file(fee("1"))).builtInvoices().get(0).invoice();

        String text = LedesWriter.of(LedesFormat.BI_V2).toText(invoice);

        String[] row = text.split("\r\n")[2].replace("[]", "").split("\\|", -1);
        List<String> names = LedesFormat.BI_V2.fieldNames();
        assertThat(row[names.indexOf("INVOICE_TAX_TOTAL")]).isEqualTo("0.00");
        assertThat(row[names.indexOf("INVOICE_NET_TOTAL")]).isEqualTo("525.00");
        assertThat(row[names.indexOf("LINE_ITEM_TAX_TOTAL")]).isEqualTo("0.00");
        assertThat(row[names.indexOf("INVOICE_CURRENCY")]).isEqualTo("USD");
        assertThat(read(text).allIssues()).isEmpty();
    }

    @Test
    void adjustedInvoiceKeepsTheSourceHeaderAndRecomputesEveryTotal() {
        LedesInvoice source = read98bi(taxedFee("1"), taxedFee("2")).builtInvoices().get(0);
        Invoice written = source.invoice().withCorrection(
                InvoiceLine.builder("3", LineType.FEE_ADJUSTMENT, source.invoice().lines().get(1).date())
                        .adjustment(Money.of(new BigDecimal("-630.00"), source.invoice().currency()))
                        .narrative("Adjustment of line 2").price(RoundingMode.UNNECESSARY));

        LedesInvoice adjusted = LedesInvoice.adjusted(source, written);
        String text = LedesWriter.of(LedesFormat.BI_V2).toText(List.of(adjusted));
        LedesFileResult back = read(text);

        assertThat(back.allIssues()).isEmpty();
        LedesInvoice again = back.builtInvoices().get(0);
        assertThat(again.header().statedTotal().amount()).isEqualByComparingTo("630.00");
        assertThat(again.header().taxTotal()).isEqualByComparingTo("210.00");
        assertThat(again.header().netTotal()).isEqualByComparingTo("420.00");
        assertThat(again.header().lawFirm()).isEqualTo(source.header().lawFirm());
        assertThat(again.header().client()).isEqualTo(source.header().client());
        assertThat(again.header().clientTaxId()).isEqualTo("GB123456789");
        assertThat(again.header().poNumber()).isEqualTo("PO-77");
        assertThat(again.lineDetails().get(0).taxRate()).isEqualByComparingTo("0.20");
        assertThat(again.lineDetails().get(2).taxTotal()).isEqualByComparingTo("0");
    }

    @Test
    void writingTheAdjustedInvoiceWithTheSourceHeaderAsIsWouldKeepTheOldStatedTotal() {
        LedesInvoice source = read98bi(taxedFee("1")).builtInvoices().get(0);
        Invoice written = source.invoice().withCorrection(
                InvoiceLine.builder("2", LineType.FEE_ADJUSTMENT, source.invoice().lines().get(0).date())
                        .adjustment(Money.of(new BigDecimal("-630.00"), source.invoice().currency()))
                        .narrative("Adjustment of line 1").price(RoundingMode.UNNECESSARY));
        List<LedesLineDetails> details = List.of(source.lineDetails().get(0), LedesLineDetails.none("2"));

        String naive = LedesWriter.of(LedesFormat.BI_V2).toText(List.of(LedesInvoice.of(written, source.header(),
                details)));

        assertThat(codes(read(naive))).contains(LedesErrorCode.INVOICE_TOTAL_MISMATCH);
    }

    @Test
    void adjustedRefusesAnotherInvoiceOrDroppedLines() {
        LedesInvoice source = read98bi(taxedFee("1"), taxedFee("2")).builtInvoices().get(0);
        Invoice fewer = read98bi(taxedFee("1")).builtInvoices().get(0).invoice();
        Invoice other = read98bi(taxedFee("1").set("INVOICE_NUMBER", "INV-2")).builtInvoices().get(0).invoice();

        assertThatThrownBy(() -> LedesInvoice.adjusted(source, fewer)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("invoices only grow");
        assertThatThrownBy(() -> LedesInvoice.adjusted(source, other)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("is not an adjusted version of invoice INV-1");
    }
}
