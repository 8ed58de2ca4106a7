package dev.legalbilling.receivables.metrics;

import static dev.legalbilling.receivables.SampleFirm.ALVAREZ;
import static dev.legalbilling.receivables.SampleFirm.BROOKS;
import static dev.legalbilling.receivables.SampleFirm.CHEN;
import static dev.legalbilling.receivables.SampleFirm.date;
import static dev.legalbilling.receivables.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
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
import dev.legalbilling.receivables.AdjustmentReason;
import dev.legalbilling.receivables.CreditNote;
import dev.legalbilling.receivables.CreditNoteNumber;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.PaymentId;
import dev.legalbilling.receivables.PaymentTerms;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.SampleFirm;
import dev.legalbilling.receivables.WriteOff;
import dev.legalbilling.work.TimeEntry;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One January bill for matter M1: Alvarez 2.0 h at a negotiated 600 (standard 650), Brooks 1.0 h at 395 and a 100.00
 * expense. Recorded: Alvarez 2.0 h and Brooks 1.5 h on the billed days, Chen 1.0 h on 12 January never billed, and
 * Brooks 3.0 h in February (after the billing period: work in progress).
 */
class RealizationAndLeakageTest {
    private static final MatterId M1 = MatterId.of("M1");
    private static final ClientId C1 = ClientId.of("C1");
    private static final InvoiceNumber BILL = InvoiceNumber.of("B-1");
    private static final LocalDate ASOF = date("2026-04-30");

    private static final Invoice JANUARY_BILL = Invoice.builder(BILL, C1, M1).invoiceDate(date("2026-02-01"))
            .period(date("2026-01-01"), date("2026-01-31"))
            .line(fee("1", "2026-01-10", ALVAREZ, "2.0", "600"))
            .line(fee("2", "2026-01-11", BROOKS, "1.0", "395"))
            .line(InvoiceLine.builder("3", LineType.EXPENSE, date("2026-01-12")).units("1")
                    .unitCost(UnitPrice.of("100", "USD")).expenseCode("E101").price(RoundingMode.HALF_UP))
            .buildFinal();

    private static final List<TimeEntry> RECORDED = List.of(
            entry(ALVAREZ, "2026-01-10", "2.0"), entry(BROOKS, "2026-01-11", "1.5"),
            entry(CHEN, "2026-01-12", "1.0"), entry(BROOKS, "2026-02-05", "3.0"));

    private static final ReceivablesLedger LEDGER = ReceivablesLedger.fromInvoices(List.of(JANUARY_BILL),
            PaymentTerms.standard()).postAll(List.of(
                    Payment.toInvoice(PaymentId.of("P1"), C1, date("2026-03-01"), usd("1000.00"), BILL),
                    new WriteOff(BILL, date("2026-04-01"), usd("200.00"), AdjustmentReason.UNCOLLECTIBLE),
                    new CreditNote(CreditNoteNumber.of("CN-1"), BILL, date("2026-04-02"), usd("95.00"),
                            AdjustmentReason.COURTESY_DISCOUNT)));

    private static InvoiceLine fee(String n, String day, Timekeeper tk, String hours, String rate) {
        return InvoiceLine.builder(n, LineType.FEE, date(day)).timekeeper(tk).units(hours)
                .unitCost(UnitPrice.of(rate, "USD")).codes("L120", "A104").price(RoundingMode.HALF_UP);
    }

    private static TimeEntry entry(Timekeeper tk, String day, String hours) {
        return TimeEntry.builder(M1, tk.id(), date(day), hours).narrative("work").codes("L120", "A104").build();
    }

    @Test
    void billingRealizationComparesBilledFeesWithRecordedTimeAtStandard() {
        Realization r = Realization.of(List.of(JANUARY_BILL), RECORDED, SampleFirm.timekeepers(), LEDGER, ASOF);
        // 2.0 x 650 + 1.5 x 395 + 1.0 x 180; February time is work in progress
        assertThat(r.workedAtStandard()).isEqualTo(usd("2072.50"));
        assertThat(r.billedFees()).isEqualTo(usd("1595.00"));
        assertThat(r.invoiced()).isEqualTo(usd("1695.00"));
        assertThat(r.collected()).isEqualTo(usd("1000.00"));
        // 1,595.00 / 2,072.50 = 76.960...; 1,000.00 / 1,695.00 = 58.997...
        assertThat(r.billingRealization()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("76.96"));
        assertThat(r.collectionRealization()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("59.00"));
        assertThat(r.billingRealization().orElseThrow().scale()).isEqualTo(2);
    }

    @Test
    void collectionsCountOnlyUpToTheDate() {
        Realization early = Realization.of(List.of(JANUARY_BILL), RECORDED, SampleFirm.timekeepers(), LEDGER,
                date("2026-02-15"));
        assertThat(early.collected().isZero()).isTrue();
        assertThat(early.collectionRealization()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("0"));
    }

    @Test
    void leakageSplitsIntoUnbilledTimeWriteDownAndReductionsByReason() {
        Leakage l = Leakage.of(List.of(JANUARY_BILL), RECORDED, SampleFirm.timekeepers(), LEDGER, ASOF);
        // 0.5 h Brooks at 395 + 1.0 h Chen at 180
        assertThat(l.unbilledTime()).isEqualTo(usd("377.50"));
        assertThat(l.unbilledHours()).isEqualByComparingTo("1.5");
        // 2.0 h Alvarez billed at 600 instead of 650
        assertThat(l.billingWriteDown()).isEqualTo(usd("100.00"));
        assertThat(l.writeOffs()).isEqualTo(Map.of(AdjustmentReason.UNCOLLECTIBLE, usd("200.00")));
        assertThat(l.creditNotes()).isEqualTo(Map.of(AdjustmentReason.COURTESY_DISCOUNT, usd("95.00")));
        assertThat(l.total()).isEqualTo(usd("772.50"));
        Realization r = Realization.of(List.of(JANUARY_BILL), RECORDED, SampleFirm.timekeepers(), LEDGER, ASOF);
        assertThat(r.workedAtStandard().minus(r.billedFees()))
                .isEqualTo(l.unbilledTime().plus(l.billingWriteDown()));
    }

    @Test
    void sampleFirmLeakageShowsItsCreditNoteAndWriteOff() {
        Leakage l = Leakage.of(SampleFirm.invoices(), SampleFirm.timeEntries(), SampleFirm.timekeepers(),
                SampleFirm.ledger(), SampleFirm.AS_OF);
        assertThat(l.reductionsAfterBilling()).isEqualTo(Map.of(AdjustmentReason.BILLING_ERROR, usd("250.00"),
                AdjustmentReason.SMALL_BALANCE, usd("80.00")));
        // unbilled: 1.5 h Brooks at 395 + 2.0 h Chen at 180; the April Alvarez time is work in progress
        assertThat(l.unbilledTime()).isEqualTo(usd("952.50"));
        // Acme's partner rate 600 against standard 650 on 6.5 + 3.0 + 5.5 + 2.0 = 17.0 h
        assertThat(l.billingWriteDown()).isEqualTo(usd("850.00"));
    }

    @Test
    void requiresAStandardRateForRecordedTime() {
        Timekeeper noRate = Timekeeper.of(ALVAREZ.id().value(), "Alvarez", "Maria",
                TimekeeperClassification.PARTNR, null);
        assertThatThrownBy(() -> Realization.of(List.of(JANUARY_BILL), RECORDED, List.of(noRate, BROOKS, CHEN),
                LEDGER, ASOF)).isInstanceOf(InvalidValueException.class).hasMessageContaining("P-ALVAREZ");
    }

    @Test
    void percentagesAreEmptyWithoutADenominator() {
        Money zero = usd("0.00");
        Realization nothing = new Realization(zero, zero, zero, zero);
        assertThat(nothing.billingRealization()).isEmpty();
        assertThat(nothing.collectionRealization()).isEmpty();
    }
}
