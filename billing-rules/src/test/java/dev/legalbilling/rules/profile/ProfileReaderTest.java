package dev.legalbilling.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.ParameterDefinition;
import dev.legalbilling.rules.ParameterValue;
import dev.legalbilling.rules.RuleDefinition;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.RuleSettings;
import dev.legalbilling.rules.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {
    static final Path PROFILES = Path.of("src/test/resources/profiles");
    private static RuleEngine engine;
    private static ProfileReader reader;

    @BeforeAll
    static void loadThePack() {
        engine = RuleEngine.builder().addBundled("guideline").build();
        reader = ProfileReader.forEngine(engine);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static JsonInputException error(String yaml) {
        try {
            reader.read("test.yaml", yaml);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("the profile was accepted");
    }

    private static BigDecimal decimal(GuidelineProfile p, String rule, String parameter) {
        return p.settings(rule).parameters().get(parameter).decimal();
    }

    @Test
    void readsTheInsuranceDefenseExample() {
        ScopedProfile scoped = reader.read(PROFILES.resolve("insurance-defense.yaml"));
        GuidelineProfile p = scoped.profile();
        assertThat(p.id()).isEqualTo("harbor-mutual-defense-2026");
        assertThat(p.client()).isEqualTo(ClientId.of("HARBOR-MUTUAL"));
        assertThat(p.effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(scoped.scope().practiceAreas()).containsExactly(PracticeArea.LITIGATION);
        assertThat(scoped.scope().matterTypes()).isEmpty();
        assertThat(decimal(p, "OCG-INCREMENT", "increment")).isEqualByComparingTo("0.1");
        assertThat(p.settings("OCG-INCREMENT").action()).isEqualTo(Action.ADJUST);
        assertThat(p.settings("OCG-INCREMENT").citation()).isEqualTo("Panel Counsel Litigation Guidelines (2026) § 4.1");
        RuleSettings daily = p.settings("OCG-DAILY-HOURS");
        assertThat(daily.severity()).isEqualTo(Severity.ERROR);
        assertThat(daily.parameters().get("maxHours").decimal()).isEqualByComparingTo("8");
        assertThat(p.settings("OCG-INTERNAL-CONFERENCE").parameters().get("allowed")).isEqualTo(ParameterValue.bool(false));
        assertThat(decimal(p, "OCG-RESEARCH-LIMIT", "maxHours")).isEqualByComparingTo("3");
        assertThat(p.settings("OCG-UNAPPROVED-TIMEKEEPER").parameters().get("approvedTimekeepers").strings())
                .containsExactly("TK-P1", "TK-P2", "TK-A1", "TK-A2", "TK-L1");
        assertThat(p.settings("OCG-RATE-ABOVE-APPROVED").parameters().get("approvedRates").entries())
                .containsEntry("TK-P1", new BigDecimal("275.00")).hasSize(5);
        assertThat(p.settings("OCG-RATE-ABOVE-APPROVED").parameters().get("approvedClassRates").entries())
                .containsOnlyKeys("PARTNR", "ASSOC", "PARALG");
        // inherited from the bundled ocg-defaults: the pack's own values, restated
        assertThat(decimal(p, "OCG-LATE-ENTRY", "maxAgeDays")).isEqualByComparingTo("90");
        assertThat(p.settings("OCG-CLERICAL").parameters().get("clericalPhrases").strings())
                .contains("docket review").doesNotContain("scheduling");
    }

    @Test
    void theSampleProfileIsTheTestedOne() throws Exception {
        assertThat(Files.readString(Path.of("../samples/data/profiles/insurance-defense.yaml")))
                .isEqualTo(Files.readString(PROFILES.resolve("insurance-defense.yaml")));
    }

    @Test
    void absentKeysKeepTheirDefaults() {
        ScopedProfile scoped = reader.read("minimal.yaml", "id: minimal\n");
        GuidelineProfile p = scoped.profile();
        assertThat(p.clientIfSet()).isEmpty();
        assertThat(p.effectiveDate()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(p.rules()).isEmpty();
        assertThat(scoped.scope()).isEqualTo(ProfileScope.any());
        assertThat(scoped.description()).isEmpty();
        assertThat(p.settings("OCG-DAILY-HOURS")).isEqualTo(RuleSettings.inherit());
    }

    @Test
    void theBundledDefaultsProfileRestatesThePacksManifestExactly() {
        GuidelineProfile p = reader.bundled("ocg-defaults").profile();
        List<RuleDefinition> rules = engine.ruleSets().get(0).rules();
        assertThat(p.rules().keySet()).containsExactlyInAnyOrderElementsOf(rules.stream().map(RuleDefinition::id)
                .toList());
        for (RuleDefinition def : rules) {
            RuleSettings s = p.settings(def.id());
            assertThat(s.severity()).as(def.id()).isEqualTo(def.severity());
            assertThat(s.action()).as(def.id()).isEqualTo(def.action());
            assertThat(s.citation()).as(def.id()).isEqualTo(def.citation());
            assertThat(s.parameters().keySet()).as(def.id())
                    .isEqualTo(def.parameters().stream().map(ParameterDefinition::name).collect(
                            java.util.stream.Collectors.toSet()));
            for (ParameterDefinition pd : def.parameters()) {
                ParameterValue given = s.parameters().get(pd.name());
                ParameterValue dflt = pd.defaultValue();
                assertThat(given.type()).as(def.id() + "." + pd.name()).isEqualTo(dflt.type());
                assertThat(given.decimal()).as(def.id() + "." + pd.name()).isEqualByComparingTo(dflt.decimal());
                assertThat(given.strings()).as(def.id() + "." + pd.name()).isEqualTo(dflt.strings());
                assertThat(given.entries().keySet()).isEqualTo(dflt.entries().keySet());
                given.entries().forEach((k, v) -> assertThat(v).isEqualByComparingTo(dflt.entries().get(k)));
            }
        }
    }

    @Test
    void anExtendingProfileOverridesSomeSettingsAndInheritsTheRest() {
        ScopedProfile scoped = reader.read(PROFILES.resolve("harbor-mutual-employment.yaml"));
        GuidelineProfile p = scoped.profile();
        assertThat(p.id()).isEqualTo("harbor-mutual-employment-2026");
        assertThat(p.client()).as("inherited").isEqualTo(ClientId.of("HARBOR-MUTUAL"));
        assertThat(scoped.scope().matterTypes()).containsExactly(dev.legalbilling.party.MatterType.EMPLOYMENT);
        RuleSettings research = p.settings("OCG-RESEARCH-LIMIT");
        assertThat(research.parameters().get("maxHours").decimal()).isEqualByComparingTo("6");
        assertThat(research.severity()).as("inherited next to an overridden parameter").isEqualTo(Severity.ERROR);
        assertThat(research.citation()).as("the parent's guidelines title with the child's clause")
                .isEqualTo("Panel Counsel Litigation Guidelines (2026) EPL Addendum § 2");
        assertThat(p.settings("OCG-INTERNAL-CONFERENCE").parameters().get("allowed").isTrue()).isTrue();
        assertThat(p.settings("OCG-INTERNAL-CONFERENCE").action()).isEqualTo(Action.REJECT);
        assertThat(p.settings("OCG-UNAPPROVED-TIMEKEEPER").parameters().get("approvedTimekeepers").strings())
                .as("the child's roster replaces the parent's").containsExactly("TK-P1", "TK-A1", "TK-E1");
        assertThat(decimal(p, "OCG-DAILY-HOURS", "maxHours")).as("from the parent").isEqualByComparingTo("8");
        assertThat(decimal(p, "OCG-CHIPPING", "smallEntryHours")).as("from the grandparent, bundled")
                .isEqualByComparingTo("0.2");
    }

    @Test
    void readsJsonProfilesToo() {
        GuidelineProfile p = reader.read(PROFILES.resolve("acme-transactional.json")).profile();
        assertThat(p.settings("OCG-MISSING-CODE").enabled()).isFalse();
        assertThat(decimal(p, "OCG-DAILY-HOURS", "maxHours")).isEqualByComparingTo("12");
    }

    @Test
    void refusesAnExtendsCycleAMissingParentAndAnUnknownBundledProfile() {
        assertThatThrownBy(() -> reader.read(PROFILES.resolve("cycle-a.yaml"))).isInstanceOf(JsonInputException.class)
                .hasMessageContaining("cycle-b.yaml:2:1: extends: extends ")
                .hasMessageContaining("which extends it back");
        assertThat(error("id: x\nextends: missing/parent.yaml\n").getMessage())
                .startsWith("test.yaml:2:1: extends: file ").endsWith("parent.yaml not found");
        assertThat(error("id: x\nextends: ocg-strict\n").getMessage())
                .isEqualTo("test.yaml:2:1: extends: no bundled profile 'ocg-strict' (bundled: [ocg-defaults]; a file needs"
                        + " a .yaml, .yml or .json name)");
    }

    @Test
    void anUnknownKeyIsRefusedWithItsPathAndLine() {
        JsonInputException top = error("id: x\nclientID: ACME\n");
        assertThat(top.path()).isEqualTo("clientID");
        assertThat(top.line()).isEqualTo(2);
        assertThat(top.getMessage()).startsWith("test.yaml:2:")
                .endsWith(": clientID: unknown key; did you mean clientId?");
        JsonInputException nested = error("id: x\nrules:\n  OCG-DAILY-HOURS:\n    severty: ERROR\n");
        assertThat(nested.path()).isEqualTo("rules.OCG-DAILY-HOURS.severty");
        assertThat(nested.line()).isEqualTo(4);
        assertThat(error("id: x\ntimekeepers:\n  - {id: TK-1, name: Ada}\n").path()).isEqualTo("timekeepers[0].name");
    }

    @Test
    void anUnknownRuleOrParameterIsRefusedWithItsPath() {
        JsonInputException rule = error("id: x\nrules:\n  OCG-DAILY-HOUR: {parameters: {maxHours: 8}}\n");
        assertThat(rule.path()).isEqualTo("rules.OCG-DAILY-HOUR");
        assertThat(rule.problem()).isEqualTo("no loaded rule set defines rule OCG-DAILY-HOUR; did you mean"
                + " OCG-DAILY-HOURS?");
        JsonInputException parameter = error("id: x\nrules:\n  OCG-DAILY-HOURS: {parameters: {maxHoursPerDay: 8}}\n");
        assertThat(parameter.path()).isEqualTo("rules.OCG-DAILY-HOURS.parameters.maxHoursPerDay");
        assertThat(parameter.problem()).isEqualTo("rule OCG-DAILY-HOURS has no parameter maxHoursPerDay; its"
                + " parameters: [maxHours]");
        assertThat(parameter.line()).isEqualTo(3);
    }

    @Test
    void badValuesAreRefusedWithThePathAndWhatIsWrong() {
        assertThat(error("id: x\nrules:\n  OCG-DAILY-HOURS:\n    parameters:\n      maxHours: ten\n").getMessage())
                .isEqualTo("test.yaml:5:17: rules.OCG-DAILY-HOURS.parameters.maxHours: 'ten' is not a number");
        assertThat(error("id: x\nrules: {OCG-VAGUE-DESCRIPTION: {parameters: {minWords: 4.5}}}\n").problem())
                .isEqualTo("4.5 must be a whole number");
        assertThat(error("id: x\nrules: {OCG-INTERNAL-CONFERENCE: {parameters: {allowed: no way}}}\n").problem())
                .isEqualTo("must be true or false, was 'no way'");
        assertThat(error("id: x\nrules: {OCG-VAGUE-DESCRIPTION: {parameters: {vaguePhrases: review file}}}\n")
                .problem()).startsWith("must be a list");
        assertThat(error("id: x\nrules: {OCG-BLOCK-BILLING: {parameters: {reductionPercent: 150}}}\n").problem())
                .isEqualTo("150 must be at most 100");
        assertThat(error("id: x\nrules: {OCG-INCREMENT: {parameters: {increment: 0}}}\n").problem())
                .isEqualTo("0 must be at least 0.01");
        assertThat(error("id: x\nrules: {OCG-EXPENSE-CAP: {parameters: {unitCaps: {E101: -1}}}}\n").problem())
                .isEqualTo("E101=-1 entry E101=-1 must be at least 0");
        JsonInputException severity = error("id: x\nrules:\n  OCG-DAILY-HOURS: {severity: LOUD}\n");
        assertThat(severity.path()).isEqualTo("rules.OCG-DAILY-HOURS.severity");
        assertThat(severity.problem()).contains("LOUD");
        assertThat(error("id: x\neffectiveDate: 2026-13-01\n").path()).isEqualTo("effectiveDate");
        assertThat(error("id: x\ntimekeepers: [{id: TK-1, classification: BOSS}]\n").getMessage())
                .isEqualTo("test.yaml:2:26: timekeepers[0].classification: 'BOSS' is not a LEDES timekeeper classification"
                        + " (e.g. PARTNR, ASSOC, PARALG)");
        assertThat(error("id: x\nclassRates: {PARTNER: 400}\n").path()).isEqualTo("classRates.PARTNER");
        assertThat(error("id: x\nrules: {OCG-BUDGET: {citation: OCG 8, clause: '8.1'}}\n").path())
                .isEqualTo("rules.OCG-BUDGET.clause");
        assertThat(error("clientId: ACME\n").getMessage()).isEqualTo("test.yaml: id: is required: every profile"
                + " needs an id");
        assertThat(error("id: x\nrules:\n  OCG-BUDGET: {}\n  OCG-BUDGET: {}\n").getMessage()).contains("OCG-BUDGET");
    }

    @Test
    void theRosterAndExplicitRosterParametersCannotBothBeSet() {
        JsonInputException e = error("id: x\ntimekeepers: [{id: TK-1}]\nrules:\n  OCG-UNAPPROVED-TIMEKEEPER:\n"
                + "    parameters: {approvedTimekeepers: [TK-2]}\n");
        assertThat(e.path()).isEqualTo("rules.OCG-UNAPPROVED-TIMEKEEPER.parameters.approvedTimekeepers");
        assertThat(e.problem()).isEqualTo("is also set by timekeepers; set one or the other");
    }

    @Test
    void aReaderForOtherRulesRefusesGuidelineSettings() {
        ProfileReader demoOnly;
        try (RuleEngine demo = RuleEngine.builder().addBundled("demo").build()) {
            demoOnly = ProfileReader.forEngine(demo);
        }
        assertThatThrownBy(() -> demoOnly.read("t.yaml", "id: x\ntimekeepers: [{id: TK-1}]\n"))
                .hasMessage("t.yaml:2:1: timekeepers: no loaded rule set has rule OCG-UNAPPROVED-TIMEKEEPER with parameter"
                        + " approvedTimekeepers, which timekeepers sets (load the guideline pack)");
        GuidelineProfile p = demoOnly.read("t.yaml", "id: x\nrules: {DEMO-DAILY-HOURS: {parameters: {maxHoursPerDay:"
                + " 9}}}\n").profile();
        assertThat(p.settings("DEMO-DAILY-HOURS").parameters()).isEqualTo(Map.of("maxHoursPerDay",
                ParameterValue.decimal(new BigDecimal("9"))));
    }
}
