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
import org.junit.jupiter.api.Test;

/**
 * The pack's two ways of loading agree: the build-time executable model (what applications get) and the DRL
 * compiled at run time (what happens when the files no longer match the model, and what a firm gets when it copies
 * the pack as a starting point for its own).
 */
class DrlCompilationTest {
    private static final Path SOURCES = Path.of("src/main/resources/dev/legalbilling/rules/packs/guideline");

    @Test
    void theBundledPackLoadsFromItsBuildTimeModel() {
        RuleSetInfo info = Guideline.engine().ruleSets().get(0);
        assertThat(info.id()).isEqualTo("guideline");
        assertThat(info.precompiled()).isTrue();
        assertThat(info.rules()).hasSize(25);
    }

    @Test
    void compiledFromDrlTheFilesFindExactlyWhatTheModelFinds() {
        Generated g = InvoiceGenerator.builder(7L).violationsPerThousand(120).build().next(600);
        try (RuleEngine fromDrl = RuleEngine.builder().addDirectory(SOURCES).build()) {
            assertThat(fromDrl.ruleSets().get(0).precompiled()).isFalse();
            assertThat(fromDrl.ruleSets().get(0).sha256()).isEqualTo(Guideline.engine().ruleSets().get(0).sha256());
            ComplianceReport compiled = fromDrl.check(g.invoice(), null, GeneratedInvoiceTest.rosterProfile(g));
            ComplianceReport model = Guideline.engine().check(g.invoice(), null,
                    GeneratedInvoiceTest.rosterProfile(g));
            assertThat(compiled.findings()).hasSizeGreaterThan(50);
            assertThat(compiled.findings()).isEqualTo(model.findings());
            assertThat(kinds(compiled)).hasSizeGreaterThanOrEqualTo(19);
        }
    }

    private static List<String> kinds(ComplianceReport report) {
        return report.findings().stream().map(Finding::ruleId).distinct().toList();
    }
}
