package dev.legalbilling.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loads and checks with narratives and client names that findings quote, capturing everything SLF4J prints
 * (slf4j-simple writes to the current {@code System.err}), and checks that no line carries them. Runs in the pom's
 * {@code confidential-logging} surefire execution, whose JVM has DEBUG on for our packages (slf4j-simple fixes a
 * logger's level when it is made, and the other tests log at WARN); elsewhere, as when {@code -Dtest} picks it in
 * the default execution, it is skipped.
 */
class ConfidentialLoggingTest {
    private static final String CLIENT_NAME = "Zebulon Quartz Holdings";
    private static final String DRL = """
            package com.firm.rules;
            import dev.legalbilling.rules.fact.*;
            rule "FIRM-QUOTE-NARRATIVE"
            when
                $l : LineFact(type == "F")
            then
                insert(Violation.onLine($l, "Line " + $l.lineNumber() + " says: " + $l.narrative()));
            end
            """;

    @Test
    void neverLogsNarrativesOrClientNames() {
        assumeTrue("debug".equals(System.getProperty("org.slf4j.simpleLogger.log.dev.legalbilling")),
                "runs in the confidential-logging execution, with DEBUG on");
        Matter matter = Matter.builder(MatterId.of("M-100"), new Client(ClientId.of("ACME"), CLIENT_NAME))
                .name("Secret acquisition of " + CLIENT_NAME).arrangement(new HourlyFee()).build();
        Invoice invoice = Fixtures.invoice("LOG-1")
                .fee(Fixtures.PARTNER, Fixtures.MONDAY, "11", null, Fixtures.SECRET_NARRATIVE).build();
        String log = captureStandardError(() -> {
            try (RuleEngine engine = RuleEngine.builder().addBundled("demo").addString("quote", "1", DRL).build()) {
                ComplianceReport report = engine.check(invoice, matter, null);
                assertThat(report.findings()).extracting(Finding::message)
                        .anySatisfy(m -> assertThat(m).contains(Fixtures.SECRET_NARRATIVE));
                assertThat(report.toString()).doesNotContain(Fixtures.SECRET_NARRATIVE);
                assertThat(report.findings().get(0).toString()).doesNotContain(Fixtures.SECRET_NARRATIVE);
            }
            assertThatThrownBy(() -> RuleEngine.builder()
                    .addString("broken", "1", DRL.replace("type == \"F\"", "nosuchfield == \"" + CLIENT_NAME + "\""))
                    .build()).isInstanceOf(RuleSetLoadException.class);
        });
        assertThat(log).as("the capture works").contains("Loaded rule set demo 1.0.0", "Checked invoice LOG-1");
        List<String> lines = log.lines().toList();
        assertThat(lines).noneMatch(l -> l.contains(Fixtures.SECRET_NARRATIVE));
        assertThat(lines).noneMatch(l -> l.contains(CLIENT_NAME));
        assertThat(lines).noneMatch(l -> l.contains("Zebulon"));
    }

    private static String captureStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
