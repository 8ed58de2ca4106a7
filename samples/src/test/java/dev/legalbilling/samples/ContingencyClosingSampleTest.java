package dev.legalbilling.samples;

import dev.legalbilling.contingency.Recovery;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;


class ContingencyClosingSampleTest {

    @Test
    void showsEveryTierOfTheFeeOnTheNetRecovery() throws Exception {
        List<String> lines = SampleRun.lines(ContingencyClosingSample::main);

        // Net basis: 250,000 - 12,500 = 237,500. Tiers: 50% of 1,000 = 500; 40% of 2,000 = 800; 35% of 22,000 =
        // 7,700; 25% of 237,500 - 25,000 = 212,500 is 53,125. Fee 62,125; client 250,000 - 12,500 - 62,125.
        assertThat(lines).containsExactly(
                "Closing statement, matter 2026-0107 (settled)",
                "Recovery on 2026-05-15 at the post-filing stage: USD 250000.00",
                "Costs: USD 12500.00, deducted before the fee is computed",
                "Fee base: USD 250000.00 - USD 12500.00 = USD 237500.00",
                "Fee: 50% of USD 1000.00 (band USD 0.00 to USD 1000.00) = USD 500.00",
                "Fee: 40% of USD 2000.00 (band USD 1000.00 to USD 3000.00) = USD 800.00",
                "Fee: 35% of USD 22000.00 (band USD 3000.00 to USD 25000.00) = USD 7700.00",
                "Fee: 25% of USD 212500.00 (band above USD 25000.00) = USD 53125.00",
                "Fee total: USD 62125.00",
                "Net to client: USD 250000.00 - USD 12500.00 - USD 62125.00 = USD 175375.00");
    }
}
