package dev.legalbilling.rules.guideline;

import static dev.legalbilling.rules.guideline.Guideline.ASSOCIATE;
import static dev.legalbilling.rules.guideline.Guideline.MARCH_2;
import static dev.legalbilling.rules.guideline.Guideline.fee;
import static dev.legalbilling.rules.guideline.Guideline.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterType;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.internal.Manifest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The parameter types and bounds the pack's manifest relies on, and the way the engine carries them. */
class PackParametersTest {
    private static final Path MANIFEST = Path.of("src/main/resources/dev/legalbilling/rules/packs/guideline"
            + "/ruleset.yaml");

    @Test
    void theBuildTimeIndexCarriesTheManifestExactly() throws Exception {
        Manifest parsed = Manifest.parse(Files.readString(MANIFEST));
        Properties index = new Properties();
        parsed.toProperties(index);
        assertThat(Manifest.fromProperties(index)).isEqualTo(parsed);
        List<RuleDefinition> loaded = Guideline.engine().ruleSets().get(0).rules();
        assertThat(loaded).containsExactlyInAnyOrderElementsOf(parsed.rules().values());
        RuleDefinition caps = parsed.rules().get("OCG-EXPENSE-CAP");
        assertThat(caps.parameter("unitCaps").orElseThrow().defaultValue().entries())
                .isEqualTo(Map.of("E101", new BigDecimal("0.10")));
        assertThat(parsed.rules().get("OCG-INCREMENT").parameter("increment").orElseThrow().min())
                .isEqualByComparingTo("0.01");
        assertThat(parsed.rules().get("OCG-INTERNAL-CONFERENCE").parameter("allowed").orElseThrow().defaultValue())
                .isEqualTo(ParameterValue.bool(false));
    }

    @Test
    void booleanAndMapValuesParseAndValidate() {
        assertThat(ParameterValue.parse(ParameterType.BOOLEAN, "TRUE").isTrue()).isTrue();
        assertThat(ParameterValue.parse(ParameterType.BOOLEAN, "0")).isEqualTo(ParameterValue.bool(false));
        assertThatThrownBy(() -> ParameterValue.parse(ParameterType.BOOLEAN, "maybe"))
                .isInstanceOf(InvalidValueException.class);
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        expected.put("E101", new BigDecimal("0.10"));
        expected.put("E111", new BigDecimal("50"));
        ParameterValue map = ParameterValue.parse(ParameterType.DECIMAL_MAP, "E101=0.10, E111=50");
        assertThat(map.entries()).isEqualTo(expected);
        assertThat(map.asText()).isEqualTo("E101=0.10, E111=50");
        assertThatThrownBy(() -> ParameterValue.parse(ParameterType.DECIMAL_MAP, "E101")).hasMessageContaining(
                "key=number");
        assertThatThrownBy(() -> new ParameterValue(ParameterType.BOOLEAN, new BigDecimal("2"), null, null))
                .hasMessageContaining("true or false");
        assertThatThrownBy(() -> new ParameterValue(ParameterType.DECIMAL, BigDecimal.ONE, null,
                Map.of("x", BigDecimal.ONE))).hasMessageContaining("is a map");
    }

    @Test
    void aDefinitionKeepsItsDefaultWithinItsBounds() {
        assertThatThrownBy(() -> new ParameterDefinition("pct", ParameterType.DECIMAL, ParameterValue.decimal("150"),
                "", BigDecimal.ZERO, new BigDecimal("100"))).hasMessageContaining("must be at most 100");
        ParameterDefinition caps = new ParameterDefinition("caps", ParameterType.DECIMAL_MAP,
                ParameterValue.decimalMap(Map.of()), "", BigDecimal.ZERO, null);
        assertThat(caps.outOfBounds(ParameterValue.decimalMap(Map.of("E101", new BigDecimal("-1")))))
                .contains("entry E101=-1 must be at least 0");
    }

    @Test
    void theEngineRefusesAProfileValueOutsideTheBoundsNamingProfileRuleAndParameter() {
        var invoice = invoice().add(fee(ASSOCIATE, MARCH_2, "1.0")).build();
        assertThatThrownBy(() -> Guideline.check(invoice, Guideline.profile("OCG-BLOCK-BILLING", "reductionPercent",
                ParameterValue.decimal("150")))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("profile test-profile parameter OCG-BLOCK-BILLING.reductionPercent")
                .hasMessageContaining("must be at most 100");
        assertThatThrownBy(() -> Guideline.check(invoice, Guideline.profile("OCG-INTERNAL-CONFERENCE", "allowed",
                ParameterValue.decimal("1")))).hasMessageContaining("does not fit the documented type BOOLEAN");
    }

    @Test
    void factsOnlyANotPatternReadsAreStillInserted() {
        String drl = "package com.firm.rules;\nimport dev.legalbilling.rules.fact.*;\n"
                + "rule \"NO-FEE-CONTEXT\" when\n  $i : InvoiceFact()\n  not LineContext(line.type == \"F\")\n"
                + "then\n  insert(Violation.onInvoice($i, \"No fee lines.\"));\nend\n";
        try (RuleEngine engine = RuleEngine.builder().addString("firm", "1", drl).build()) {
            ComplianceReport withFees = engine.check(invoice().add(fee(ASSOCIATE, MARCH_2, "1.0")).build(), null,
                    null);
            assertThat(withFees.findings()).isEmpty();
            ComplianceReport withoutFees = engine.check(invoice().add(Guideline.expense(MARCH_2, "E101", "10",
                    "0.10")).build(), null, null);
            assertThat(withoutFees.findings()).extracting(Finding::ruleId).containsExactly("NO-FEE-CONTEXT");
        }
    }
}
