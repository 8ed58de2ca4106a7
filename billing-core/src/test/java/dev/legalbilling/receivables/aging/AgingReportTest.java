package dev.legalbilling.receivables.aging;

import static dev.legalbilling.receivables.Fixtures.CLIENT_A;
import static dev.legalbilling.receivables.Fixtures.CLIENT_B;
import static dev.legalbilling.receivables.Fixtures.JAN_1;
import static dev.legalbilling.receivables.Fixtures.inv;
import static dev.legalbilling.receivables.Fixtures.pay;
import static dev.legalbilling.receivables.Fixtures.receivable;
import static dev.legalbilling.receivables.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.money.Money;
import dev.legalbilling.receivables.Payment;
import dev.legalbilling.receivables.ReceivableStatus;
import dev.legalbilling.receivables.ReceivablesLedger;
import dev.legalbilling.receivables.SampleFirm;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingReportTest {
    private static final Currency USD = Currency.getInstance("USD");
    /** Due 2026-01-31. */
    private static final ReceivablesLedger ONE_INVOICE = ReceivablesLedger.of(List.of(
            receivable("INV-1", CLIENT_A, JAN_1, "1000.00")));
    private static final LocalDate DUE = LocalDate.of(2026, 1, 31);

    private static AgingBucket bucketOn(LocalDate asOf) {
        AgingReport report = AgingReport.of(ONE_INVOICE, asOf, USD);
        assertThat(report.lines()).hasSize(1);
        return report.lines().get(0).bucket();
    }

    @Test
    void dueDateItselfIsCurrent() {
        assertThat(bucketOn(DUE)).isEqualTo(AgingBucket.CURRENT);
        assertThat(bucketOn(JAN_1)).isEqualTo(AgingBucket.CURRENT);
    }

    @Test
    void day30PastDueIsIn1To30AndDay31In31To60() {
        assertThat(bucketOn(DUE.plusDays(1))).isEqualTo(AgingBucket.DAYS_1_TO_30);
        assertThat(bucketOn(DUE.plusDays(30))).isEqualTo(AgingBucket.DAYS_1_TO_30);
        assertThat(bucketOn(DUE.plusDays(31))).isEqualTo(AgingBucket.DAYS_31_TO_60);
    }

    @Test
    void day60And61And90And91PastDueFallOnEitherSideOfTheirBoundaries() {
        assertThat(bucketOn(DUE.plusDays(60))).isEqualTo(AgingBucket.DAYS_31_TO_60);
        assertThat(bucketOn(DUE.plusDays(61))).isEqualTo(AgingBucket.DAYS_61_TO_90);
        assertThat(bucketOn(DUE.plusDays(90))).isEqualTo(AgingBucket.DAYS_61_TO_90);
        assertThat(bucketOn(DUE.plusDays(91))).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void countsOnlyEntriesDatedUpToTheReportDate() {
        ReceivablesLedger paidInMarch = ONE_INVOICE.post(
                Payment.toInvoice(pay("P1"), CLIENT_A, LocalDate.of(2026, 3, 15), usd("1000.00"), inv("INV-1")));
        assertThat(AgingReport.of(paidInMarch, LocalDate.of(2026, 2, 28), USD).openBalance())
                .isEqualTo(usd("1000.00"));
        assertThat(AgingReport.of(paidInMarch, LocalDate.of(2026, 3, 31), USD).lines()).isEmpty();
    }

    @Test
    void leavesOutInvoicesIssuedAfterTheReportDate() {
        ReceivablesLedger l = ONE_INVOICE.withReceivable(
                receivable("INV-2", CLIENT_B, LocalDate.of(2026, 2, 10), "50.00"));
        assertThat(AgingReport.of(l, LocalDate.of(2026, 2, 9), USD).lines())
                .extracting(AgingLine::invoice).containsExactly(inv("INV-1"));
    }

    @Test
    void reportsEachCurrencySeparately() {
        ReceivablesLedger l = ONE_INVOICE.withReceivable(
                receivable("INV-E", CLIENT_B, JAN_1, 30, Money.of("70.00", "EUR")));
        List<AgingReport> reports = AgingReport.allCurrencies(l, DUE);
        assertThat(reports).extracting(r -> r.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        assertThat(reports.get(0).openBalance()).isEqualTo(Money.of("70.00", "EUR"));
        assertThat(reports.get(1).openBalance()).isEqualTo(usd("1000.00"));
    }

    @Test
    void sampleFirmTotalsAddUpPerClientMatterAndFirm() {
        AgingReport report = AgingReport.of(SampleFirm.ledger(), SampleFirm.AS_OF, USD);
        Money byLines = Money.sum(report.lines().stream().map(AgingLine::balance).toList(), USD);
        assertThat(report.firm().total()).isEqualTo(byLines).isEqualTo(report.openBalance());
        assertThat(Money.sum(report.byClient().values().stream().map(BucketTotals::total).toList(), USD))
                .isEqualTo(byLines);
        assertThat(Money.sum(report.byMatter().values().stream().map(BucketTotals::total).toList(), USD))
                .isEqualTo(byLines);
        for (AgingBucket b : AgingBucket.values()) {
            Money inBand = Money.sum(report.lines().stream().filter(l -> l.bucket() == b)
                    .map(AgingLine::balance).toList(), USD);
            assertThat(report.firm().amount(b)).as("band %s", b).isEqualTo(inBand);
        }
    }

    @Test
    void sampleFirmAgingShowsEachSituation() {
        AgingReport report = AgingReport.of(SampleFirm.ledger(), SampleFirm.AS_OF, USD);
        assertThat(report.lines()).extracting(AgingLine::invoice).containsExactly(
                SampleFirm.INV_0101, SampleFirm.INV_0303, SampleFirm.INV_0201, SampleFirm.INV_0402,
                SampleFirm.INV_0403, SampleFirm.INV_0103, SampleFirm.INV_0302, SampleFirm.INV_0401);
        AgingLine disputed = report.lines().stream().filter(l -> l.invoice().equals(SampleFirm.INV_0103))
                .findFirst().orElseThrow();
        assertThat(disputed.status()).isEqualTo(ReceivableStatus.DISPUTED);
        assertThat(disputed.bucket()).isEqualTo(AgingBucket.OVER_90);
        AgingLine dueToday = report.lines().stream().filter(l -> l.invoice().equals(SampleFirm.INV_0303))
                .findFirst().orElseThrow();
        assertThat(dueToday.daysPastDue()).isZero();
        assertThat(dueToday.bucket()).isEqualTo(AgingBucket.CURRENT);
        assertThat(report.unappliedCredits()).containsEntry(SampleFirm.BRIGHT, usd("140.00"));
    }

    @Test
    void textShowsRowsTotalsAndCreditButNoClientNames() {
        String text = AgingReport.of(SampleFirm.ledger(), SampleFirm.AS_OF, USD).toText();
        assertThat(text).startsWith("Accounts receivable aging as of 2026-04-30 (USD)\n");
        assertThat(text).containsPattern("CORVUS +CORVUS-001 +2026-0103 +2025-12-22 +2026-01-21 +99 +disputed +"
                + "15,087.50 +15,087.50\n");
        assertThat(text).containsPattern("ACME +ACME-001 +2026-0303 +2026-03-31 +2026-04-30 +0 +open +8,526.20 "
                + "+8,526.20\n");
        assertThat(text).contains("Totals by client", "Totals by matter", "Unapplied client credit");
        assertThat(text).containsPattern("\nFirm +8 invoices");
        assertThat(text).doesNotContain("Acme Manufacturing", "Corvus Media", "Brightwater", "Delta Logistics");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    @Test
    void emptyReportSaysSo() {
        String text = AgingReport.of(ReceivablesLedger.empty(), JAN_1, USD).toText();
        assertThat(text).contains("No open receivables.");
    }
}
