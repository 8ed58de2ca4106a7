package dev.legalbilling.receivables;

import static dev.legalbilling.receivables.SampleFirm.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.receivables.aging.AgingReport;
import dev.legalbilling.receivables.reminder.Reminder;
import dev.legalbilling.receivables.reminder.ReminderLog;
import dev.legalbilling.receivables.reminder.ReminderRun;
import dev.legalbilling.receivables.reminder.ReminderSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleFirmTest {
    private static final ReceivablesLedger LEDGER = SampleFirm.ledger();

    @Test
    void eachInvoiceEndsTheMonthInTheExpectedSituation() {
        Map<InvoiceNumber, ReceivableStatus> statuses = new LinkedHashMap<>();
        LEDGER.states(SampleFirm.AS_OF).forEach(s -> statuses.put(s.invoice(), s.status()));
        assertThat(statuses).containsExactly(
                Map.entry(SampleFirm.INV_0101, ReceivableStatus.PARTIALLY_PAID),
                Map.entry(SampleFirm.INV_0102, ReceivableStatus.PAID),
                Map.entry(SampleFirm.INV_0103, ReceivableStatus.DISPUTED),
                Map.entry(SampleFirm.INV_0201, ReceivableStatus.OPEN),
                Map.entry(SampleFirm.INV_0202, ReceivableStatus.WRITTEN_OFF),
                Map.entry(SampleFirm.INV_0301, ReceivableStatus.PAID),
                Map.entry(SampleFirm.INV_0302, ReceivableStatus.PARTIALLY_PAID),
                Map.entry(SampleFirm.INV_0303, ReceivableStatus.OPEN),
                Map.entry(SampleFirm.INV_0401, ReceivableStatus.OPEN),
                Map.entry(SampleFirm.INV_0402, ReceivableStatus.OPEN),
                Map.entry(SampleFirm.INV_0403, ReceivableStatus.OPEN));
    }

    @Test
    void unnamedPaymentsWentToTheOldestUndisputedInvoice() {
        // Acme's 2,000.00 went to 2026-0101 (due first) after its named 5,000.00
        assertThat(LEDGER.state(SampleFirm.INV_0101, SampleFirm.AS_OF).paid()).isEqualTo(usd("7000.00"));
        // Corvus's 3,000.00 passed the disputed 2026-0103 by
        assertThat(LEDGER.state(SampleFirm.INV_0103, SampleFirm.AS_OF).paid().isZero()).isTrue();
        assertThat(LEDGER.state(SampleFirm.INV_0302, SampleFirm.AS_OF).paid()).isEqualTo(usd("3000.00"));
        assertThat(LEDGER.clientCredit(SampleFirm.BRIGHT, Currency.getInstance("USD"), SampleFirm.AS_OF))
                .isEqualTo(usd("140.00"));
    }

    @Test
    void agingReportRendersAsTheStoredText() throws IOException {
        String expected;
        try (InputStream in = SampleFirmTest.class.getResourceAsStream("sample-firm-aging-2026-04-30.txt")) {
            assertThat(in).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = AgingReport.of(LEDGER, SampleFirm.AS_OF, Currency.getInstance("USD")).toText();
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void monthEndReminderRunCatchesUpAndPausesTheDispute() {
        ReminderRun run = ReminderSchedule.standard().run(LEDGER, ReminderLog.empty(), SampleFirm.AS_OF);
        Map<InvoiceNumber, String> sent = new LinkedHashMap<>();
        for (Reminder r : run.reminders()) {
            sent.put(r.invoice(), r.step().id());
        }
        assertThat(sent).containsExactly(
                Map.entry(SampleFirm.INV_0101, "PAST-DUE-60"),
                Map.entry(SampleFirm.INV_0201, "PAST-DUE-30"),
                Map.entry(SampleFirm.INV_0302, "PAST-DUE-15"),
                Map.entry(SampleFirm.INV_0303, "ON-DUE"),
                Map.entry(SampleFirm.INV_0401, "ON-DUE"));
        assertThat(run.reminders().get(0).escalateTo()).contains(SampleFirm.ALVAREZ.id());
        assertThat(run.paused()).extracting(p -> p.state().invoice()).containsExactly(SampleFirm.INV_0103);
        assertThat(run.collectionActions()).allSatisfy(a -> assertThat(a.jurisdictionIfKnown()).isPresent());
    }
}
