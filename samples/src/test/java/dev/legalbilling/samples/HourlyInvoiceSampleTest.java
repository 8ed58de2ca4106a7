package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyInvoiceSampleTest {

    @Test
    void draftsTheInvoiceAtPanelRatesAndPrintsTheDemoFindings() throws Exception {
        List<String> lines = SampleRun.lines(HourlyInvoiceSample::main);

        // Panel rates, hours rounded up to the tenth: Hale 6.5 + 4.5 h at 425; Okafor 9.0 + 1.3 (1.25 recorded)
        // + 0.8 h at 275 = 2,762.50 + 1,912.50 + 2,475.00 + 357.50 + 220.00.
        assertThat(lines).containsExactly(
                "Invoice 2026-0042-03: USD 7727.50, 2 findings",
                "WARNING DEMO-DAILY-HOURS line 1: Timekeeper TK-101 billed 11.0 hours on 2026-03-02 across 2 entries,"
                        + " above the daily cap of 10 hours by 1.0 hours.",
                "WARNING DEMO-SINGLE-ENTRY line 3: Line 3 bills 9.0 hours in a single entry on 2026-03-03, above the"
                        + " per-entry cap of 8 hours.");
    }
}
