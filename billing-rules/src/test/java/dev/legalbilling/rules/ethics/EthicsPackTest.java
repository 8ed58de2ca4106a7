package dev.legalbilling.rules.ethics;

import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_MATTER_NAME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.ACME_NAME;
import static dev.legalbilling.rules.ethics.EthicsFixtures.MONDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.NARRATIVE;
import static dev.legalbilling.rules.ethics.EthicsFixtures.PARTNER;
import static dev.legalbilling.rules.ethics.EthicsFixtures.TUESDAY;
import static dev.legalbilling.rules.ethics.EthicsFixtures.betaInvoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.invoice;
import static dev.legalbilling.rules.ethics.EthicsFixtures.matter;
import static dev.legalbilling.rules.ethics.EthicsFixtures.minutes;
import static dev.legalbilling.rules.ethics.EthicsFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.legalbilling.agreement.ContingencyTerms;
import dev.legalbilling.agreement.FeeAgreement;
import dev.legalbilling.contingency.Basis;
import dev.legalbilling.contingency.Recovery;
import dev.legalbilling.contingency.Stage;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Fraction;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSecurityPolicy;
import dev.legalbilling.rules.RuleSetInfo;
import dev.legalbilling.rules.RuleSetSource;
import dev.legalbilling.rules.internal.security.DrlSecurityCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ethics pack as a whole: build-time model, security policy, DRL fallback, and use next to another pack. */
class EthicsPackTest {
    private static final String FOLDER = "dev/legalbilling/rules/packs/ethics/";
    private static final Path SOURCES = Path.of("src/main/resources/" + FOLDER);

    private static RuleSetInfo ethics() {
        return EthicsFixtures.engine().ruleSets().get(0);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EthicsPackTest.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void loadsFromItsBuildTimeModel() {
        RuleSetInfo info = ethics();
        assertThat(info.id()).isEqualTo("ethics");
        assertThat(info.version()).isEqualTo("1.0.0");
        assertThat(info.precompiled()).as("compiled by BundledPackCompiler at build time").isTrue();
        assertThat(info.rules()).hasSize(22);
    }

    @Test
    void documentsEveryRuleWithADescriptionAndCitation() {
        for (RuleDefinition rule : ethics().rules()) {
            assertThat(rule.id()).startsWith("ETH-");
            assertThat(rule.description()).as(rule.id()).isNotBlank();
            assertThat(rule.citation()).as(rule.id()).isNotBlank();
            rule.parameters().forEach(p -> assertThat(p.description()).as(rule.id() + "." + p.name()).isNotBlank());
        }
    }

    @Test
    void everyFileHoldsOneConcernAndPassesTheDefaultSecurityPolicy() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
        assertThat(files).hasSize(20);
        DrlSecurityCheck check = new DrlSecurityCheck(RuleSecurityPolicy.defaults(),
                EthicsPackTest.class.getClassLoader());
        Pattern ruleName = Pattern.compile("(?m)^rule \"([A-Z-]+)\"");
        for (String file : files) {
            String text = resource(file);
            assertThat(check.check(text).problems()).as(file).isEmpty();
            assertThat(text).as(file).startsWith("package dev.legalbilling.rules.packs.ethics;");
            Matcher m = ruleName.matcher(text);
            assertThat(m.find()).as(file + " defines a rule").isTrue();
        }
        assertThat(resource("ruleset.yaml")).contains(files.stream().map(f -> f).toList().toArray(String[]::new));
    }

    @Test
    void compilesFromDrlUnderTheDefaultPolicyAndAgreesWithTheBuildTimeModel() {
        Invoice bill = invoice("INV-Z1").feeWithActualTime(PARTNER, MONDAY, "0.4", minutes(10, 0))
                .fee(PARTNER, MONDAY, "20").build();
        Invoice other = betaInvoice("INV-Z2").fee(PARTNER, MONDAY, "5", "Negotiate").build();
        CheckRequest request = CheckRequest.of(bill, null, null)
                .withEthics(EthicsContext.builder().otherInvoices(List.of(other)).build());
        try (RuleEngine fromDrl = RuleEngine.builder().add(RuleSetSource.directory(SOURCES)).build()) {
            RuleSetInfo info = fromDrl.ruleSets().get(0);
            assertThat(info.precompiled()).isFalse();
            assertThat(info.sha256()).as("same content as the bundled pack").isEqualTo(ethics().sha256());
            List<Finding> drl = fromDrl.check(request).findings();
            assertThat(drl).extracting(Finding::ruleId).containsExactly("ETH-ROUNDING-UP", "ETH-DOUBLE-BILLING");
            assertThat(drl).isEqualTo(EthicsFixtures.engine().check(request).findings());
        }
    }

    @Test
    void runsTogetherWithTheDemoPackOnOneInvoice() {
        Invoice bill = invoice("INV-Z3").feeWithActualTime(PARTNER, MONDAY, "0.3", minutes(7, 0))
                .fee(PARTNER, MONDAY, "11").build();
        try (RuleEngine both = RuleEngine.builder().addBundled("demo").addBundled("ethics").build()) {
            assertThat(both.ruleSets()).extracting(RuleSetInfo::id, RuleSetInfo::precompiled)
                    .containsExactly(tuple("demo", true), tuple("ethics", true));
            ComplianceReport report = both.check(CheckRequest.of(bill, null, null)
                    .withEthics(EthicsContext.empty()));
            assertThat(report.findings()).extracting(Finding::ruleSetId, Finding::ruleId, Finding::lineItemNumber)
                    .containsExactly(
                            tuple("ethics", "ETH-ROUNDING-UP", "1"),
                            tuple("demo", "DEMO-DAILY-HOURS", "2"),
                            tuple("demo", "DEMO-SINGLE-ENTRY", "2"));
            Invoice adjusted = report.applyTo(bill);
            // rounding: 0.3 -> 0.2 hours (-45.00); daily cap 10: line 2 from 11 to 9.7 hours (-585.00)
            assertThat(adjusted.lines()).hasSize(4);
            assertThat(adjusted.lines().subList(2, 4)).extracting(InvoiceLine::type, InvoiceLine::total)
                    .containsExactly(tuple(LineType.FEE_ADJUSTMENT, usd("-45.00")),
                            tuple(LineType.FEE_ADJUSTMENT, usd("-585.00")));
        }
    }

    @Test
    void findingsNameNoClientMatterNameOrNarrative() {
        ContingencyTerms noAppeal = new ContingencyTerms(Map.of(Stage.PRE_SUIT, Fraction.of(2, 5), Stage.TRIAL,
                Fraction.of(2, 5)), Basis.NET, null, null);
        FeeAgreement oral = FeeAgreement.builder().contingency(noAppeal)
                .outcome(new Recovery(MONDAY, usd("2000000"), Stage.TRIAL, usd("0"))).build();
        Matter criminalNj = matter("US-NJ", MatterType.CRIMINAL_DEFENSE, oral);
        Matter tortNj = matter("US-NJ", MatterType.OTHER_TORT, oral);
        Invoice bill = invoice("INV-Z4").contingentFee(MONDAY, "800000").fee(PARTNER, TUESDAY, "14")
                .feeWithActualTime(PARTNER, TUESDAY, "0.5", minutes(3, 0)).build();
        Invoice other = betaInvoice("INV-Z5").fee(PARTNER, TUESDAY, "14", NARRATIVE).build();
        EthicsContext ethics = EthicsContext.builder().otherInvoices(List.of(other)).build();
        for (Matter m : List.of(criminalNj, tortNj)) {
            ComplianceReport report = EthicsFixtures.engine().check(CheckRequest.of(bill, m, null).withEthics(ethics));
            assertThat(report.findings()).hasSizeGreaterThanOrEqualTo(6);
            for (Finding f : report.findings()) {
                assertThat(f.message()).as(f.ruleId()).doesNotContain(ACME_NAME).doesNotContain(ACME_MATTER_NAME)
                        .doesNotContainIgnoringCase("zebulon").doesNotContainIgnoringCase(NARRATIVE);
                assertThat(f.toString()).doesNotContainIgnoringCase("zebulon");
            }
        }
    }
}
