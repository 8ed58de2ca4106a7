package dev.legalbilling.rules.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.testkit.InvoiceGenerator;
import dev.legalbilling.testkit.InvoiceGenerator.Generated;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled packs, loaded as a firm's directory would be (their DRL through the text scan, the executable model and
 * the bytecode gate) give exactly the findings of their build-time models: the gate refuses nothing a legitimate
 * pack needs, and changes nothing about what it finds.
 */
class GatedPackEquivalenceTest {
    private static RuleEngine bundled;
    private static RuleEngine gated;

    @BeforeAll
    static void load() {
        bundled = RuleEngine.builder().addBundled("guideline").addBundled("demo").build();
        Path packs = Path.of("src/main/resources/dev/legalbilling/rules/packs");
        gated = RuleEngine.builder().addDirectory(packs.resolve("guideline")).addDirectory(packs.resolve("demo"))
                .build();
    }

    @AfterAll
    static void close() {
        bundled.close();
        gated.close();
    }

    @Test
    void theDirectoryCopyWentThroughTheGate() {
        assertThat(bundled.ruleSets()).allMatch(RuleSetInfo::precompiled);
        assertThat(gated.ruleSets()).noneMatch(RuleSetInfo::precompiled);
        assertThat(gated.ruleSets()).extracting(RuleSetInfo::sha256)
                .isEqualTo(bundled.ruleSets().stream().map(RuleSetInfo::sha256).toList());
    }

    @Test
    void givesTheSameFindingsOnGeneratedInvoices() {
        InvoiceGenerator generator = InvoiceGenerator.builder(20261206L).violationsPerThousand(80).build();
        int findings = 0;
        for (int i = 0; i < 6; i++) {
            Generated g = generator.next(300);
            ComplianceReport expected = bundled.check(g.invoice(), null, GeneratedInvoiceTest.rosterProfile(g));
            ComplianceReport actual = gated.check(g.invoice(), null, GeneratedInvoiceTest.rosterProfile(g));
            assertThat(describe(actual.findings())).isEqualTo(describe(expected.findings()));
            findings += expected.findings().size();
        }
        assertThat(findings).isGreaterThan(50);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleSetId() + " " + f.ruleId() + " " + f.lineItemNumber() + " "
                + f.severity() + " " + f.message() + " " + f.amountAtStake() + " " + f.adjustment()).toList();
    }
}
