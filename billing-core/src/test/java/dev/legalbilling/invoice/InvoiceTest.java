package dev.legalbilling.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.money.CurrencyMismatchException;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {
    private static final Timekeeper ARNSLEY = Timekeeper.of("22547", "Arnsley", "Robert",
            TimekeeperClassification.PARTNR, UnitPrice.of("350", "USD"));
    private static final LocalDate JAN_15 = LocalDate.of(1999, 1, 15);

    private static InvoiceLine fee(String number, String hours, String adjustment) {
        return InvoiceLine.builder(number, LineType.FEE, JAN_15).timekeeper(ARNSLEY).units(hours)
                .unitCost(UnitPrice.of("350", "USD")).adjustment(Money.of(adjustment, "USD")).codes("L510", "A102")
                .narrative("Research").price(RoundingMode.HALF_UP);
    }

    private static Invoice.Builder draft() {
        return Invoice.builder(InvoiceNumber.of("96542"), ClientId.of("00711"), MatterId.of("0528"))
                .invoiceDate(LocalDate.of(1999, 2, 25)).period(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31))
                .currency(Currency.getInstance("USD"));
    }

    @Test
    void computesLineTotalAsUnitsTimesRatePlusAdjustment() {
        assertThat(fee("1", "2.00", "-70").total()).isEqualTo(Money.of("630", "USD"));
    }

    @Test
    void totalsAdjustmentOnlyLinesAtTheirAdjustment() {
        InvoiceLine retainer = InvoiceLine.builder("6", LineType.FEE_ADJUSTMENT, LocalDate.of(1999, 1, 31))
                .units("1").adjustment(Money.of("1250", "USD")).narrative("Monthly Retainer Fee")
                .price(RoundingMode.HALF_UP);
        assertThat(retainer.total()).isEqualTo(Money.of("1250", "USD"));
        assertThat(retainer.computedTotal(RoundingMode.HALF_UP)).isEqualTo(retainer.total());
    }

    @Test
    void invoiceTotalIsTheSumOfLines() {
        Invoice invoice = draft().line(fee("1", "2.00", "-70")).line(fee("2", "2.00", "0")).build();
        assertThat(invoice.total()).isEqualTo(Money.of("1330", "USD"));
        assertThat(invoice.feeTotal()).isEqualTo(invoice.total());
        assertThat(invoice.expenseTotal().isZero()).isTrue();
    }

    @Test
    void finalInvoiceOnlyGrowsByCorrections() {
        Invoice sent = draft().line(fee("1", "2.00", "0")).build().finalise();
        assertThatThrownBy(() -> sent.withLine(fee("2", "1", "0"))).isInstanceOf(InvoiceStateException.class)
                .hasMessageContaining("96542").hasMessageContaining("final");
        InvoiceLine writeDown = InvoiceLine.builder("2", LineType.FEE_ADJUSTMENT, LocalDate.of(1999, 2, 28))
                .adjustment(Money.of("-100", "USD")).narrative("Courtesy write-down").price(RoundingMode.HALF_UP);
        Invoice corrected = sent.withCorrection(writeDown);
        assertThat(corrected.total()).isEqualTo(Money.of("600", "USD"));
        assertThat(corrected.lines().get(0)).isEqualTo(sent.lines().get(0));
        assertThat(sent.lines()).hasSize(1);
    }

    @Test
    void aDraftRebuildsIntoADraftWithTheSameHeaderAndLines() {
        Invoice draft = draft().description("January").line(fee("1", "2.00", "0")).build();
        Invoice rebuilt = draft.toBuilder().line(fee("2", "1.00", "0")).build();
        assertThat(rebuilt.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(rebuilt.lines()).hasSize(2).startsWith(draft.lines().get(0));
        assertThat(rebuilt.description()).isEqualTo("January");
        assertThat(draft.toBuilder().build()).isEqualTo(draft);
    }

    @Test
    void aFinalInvoiceGivesNoBuilderSoNoIssuedLineCanBeEdited() {
        Invoice sent = draft().line(fee("1", "2.00", "0")).build().finalise();
        assertThatThrownBy(sent::toBuilder).isInstanceOf(InvoiceStateException.class)
                .hasMessage("invoice 96542: is final and cannot be rebuilt; append a correction line (write-down,"
                        + " discount or credit) with withCorrection, or issue a new invoice under a new number")
                .satisfies(e -> assertThat(((InvoiceStateException) e).code()).isEqualTo("INVOICE_STATE"));
        Invoice corrected = sent.withCorrection(InvoiceLine.builder("2", LineType.FEE_ADJUSTMENT, JAN_15)
                .adjustment(Money.of("-100", "USD")).narrative("Courtesy write-down").price(RoundingMode.HALF_UP));
        assertThatThrownBy(corrected::toBuilder).isInstanceOf(InvoiceStateException.class);
    }

    @Test
    void correctionsAppendInOrderToAFinalInvoiceOnly() {
        Invoice sent = draft().line(fee("1", "2.00", "0")).build().finalise();
        InvoiceLine writeDown = InvoiceLine.builder("2", LineType.FEE_ADJUSTMENT, JAN_15)
                .adjustment(Money.of("-100", "USD")).narrative("Write-down").price(RoundingMode.HALF_UP);
        InvoiceLine credit = InvoiceLine.builder("3", LineType.EXPENSE_ADJUSTMENT, JAN_15)
                .adjustment(Money.of("-25", "USD")).narrative("Credit").price(RoundingMode.HALF_UP);

        Invoice corrected = sent.withCorrections(List.of(writeDown, credit));

        assertThat(corrected.status()).isEqualTo(InvoiceStatus.FINAL);
        assertThat(corrected.lines()).containsExactly(sent.lines().get(0), writeDown, credit);
        assertThat(corrected.total()).isEqualTo(Money.of("575", "USD"));
        assertThat(sent.withCorrections(List.of())).isSameAs(sent);
        assertThatThrownBy(() -> sent.withCorrections(List.of(writeDown, fee("4", "1", "0"))))
                .isInstanceOf(InvoiceStateException.class).hasMessageContaining("line 4 is F");
        assertThatThrownBy(() -> draft().build().withCorrections(List.of(writeDown)))
                .isInstanceOf(InvoiceStateException.class).hasMessageContaining("is a draft");
    }

    @Test
    void refusesMultiCurrencyInvoices() {
        InvoiceLine euro = InvoiceLine.builder("2", LineType.EXPENSE, JAN_15).units("1")
                .unitCost(UnitPrice.of("10", "EUR")).expenseCode("E111").price(RoundingMode.HALF_UP);
        assertThatThrownBy(() -> draft().line(fee("1", "1", "0")).line(euro).build())
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR");
    }

    @Test
    void refusesDuplicateLineNumbers() {
        assertThatThrownBy(() -> draft().line(fee("1", "1", "0")).line(fee("1", "2", "0")).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("lineNumber")
                .hasMessageContaining("96542");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> draft().period(LocalDate.of(1999, 2, 1), LocalDate.of(1999, 1, 1)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("billingEndDate");
    }
}
