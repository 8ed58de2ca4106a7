package dev.legalbilling.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyInvoiceSampleTest {

    @Test
    void draftsTheInvoiceAtPanelRatesAndPrintsTheGuidelineFindings() throws Exception {
        List<String> lines = SampleRun.lines(HourlyInvoiceSample::main);

        // Panel rates, hours rounded up to the tenth: Hale 6.5 + 4.5 h at 425; Okafor 9.0 + 1.3 (1.25 recorded)
        // + 0.8 h at 275 = 2,762.50 + 1,912.50 + 2,475.00 + 357.50 + 220.00.
        assertThat(lines).containsExactly(
                "Invoice 2026-0042-03: USD 7727.50, 2 findings",
                "WARNING OCG-DAILY-HOURS line 2: Timekeeper TK-101 billed 11.0 h on 2026-03-02, 1.0 h above the daily"
                        + " cap of 10.0 h; entry 2 (4.5 h) takes the day past the cap.",
                "WARNING OCG-LONG-ENTRY line 3: Entry 3 (9.0 h on 2026-03-03 by TK-104) bills 1.0 h more than the"
                        + " 8.0 h the guidelines allow in one entry.");
    }
}
