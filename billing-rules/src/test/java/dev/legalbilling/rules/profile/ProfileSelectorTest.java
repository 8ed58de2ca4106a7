package dev.legalbilling.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.fee.HourlyFee;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.invoice.LineType;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.Client;
import dev.legalbilling.party.ClientId;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.party.MatterType;
import dev.legalbilling.party.PracticeArea;
import dev.legalbilling.party.Timekeeper;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.RuleEngine;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSelectorTest {
    private static final Path CATALOG = ProfileReaderTest.PROFILES.resolve("catalog.yaml");
    private static RuleEngine engine;
    private static ProfileReader reader;
    private static ProfileSelector selector;

    @BeforeAll
    static void loadTheCatalogue() {
        engine = RuleEngine.builder().addBundled("guideline").build();
        reader = ProfileReader.forEngine(engine);
        selector = ProfileSelector.of(ProfileCatalog.load(CATALOG, reader));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    /** A one-line invoice as read from LEDES: client and matter ids, nothing about the kind of matter. */
    static Invoice invoice(String client, String matter, LocalDate periodStart) {
        Timekeeper tk = Timekeeper.of("TK-A1", "Lind", "Bo", TimekeeperClassification.ASSOC, UnitPrice.of("195",
                "USD"));
        return Invoice.builder(InvoiceNumber.of("INV-" + matter), ClientId.of(client), MatterId.of(matter))
                .invoiceDate(periodStart.plusMonths(1)).period(periodStart, periodStart.plusMonths(1).minusDays(1))
                .line(InvoiceLine.builder("1", LineType.FEE, periodStart).timekeeper(tk).units("1.0")
                        .unitCost(tk.standardRate()).codes("L310", "A103").narrative("Draft responses to"
                                + " interrogatories").price(RoundingMode.HALF_UP))
                .build();
    }

    private static final LocalDate MARCH_2026 = LocalDate.of(2026, 3, 1);

    @Test
    void picksTheClientsProfileForThePracticeAreaTheCatalogueGivesTheMatter() {
        ProfileSelection s = selector.select(invoice("HARBOR-MUTUAL", "HM-2026-0142", MARCH_2026));
        assertThat(s.profile().id()).isEqualTo("harbor-mutual-defense-2026");
        assertThat(s.reason()).isEqualTo("client HARBOR-MUTUAL, LITIGATION / any matter type, effective 2026-01-01,"
                + " for matter HM-2026-0142 of client HARBOR-MUTUAL (LITIGATION, PERSONAL_INJURY)");
    }

    @Test
    void prefersTheProfileScopedToTheMatterType() {
        assertThat(selector.select(invoice("HARBOR-MUTUAL", "HM-2026-0188", MARCH_2026)).profile().id())
                .isEqualTo("harbor-mutual-employment-2026");
    }

    @Test
    void theHostsMatterWinsOverTheCatalogue() {
        Invoice invoice = invoice("HARBOR-MUTUAL", "HM-2026-0142", MARCH_2026);
        Matter employment = Matter.builder(MatterId.of("HM-2026-0142"), new Client(ClientId.of("HARBOR-MUTUAL"),
                "Carrier")).name("Claim").practiceArea(PracticeArea.LITIGATION).matterType(MatterType.EMPLOYMENT)
                .arrangement(new HourlyFee()).build();
        assertThat(selector.select(invoice, employment).profile().id()).isEqualTo("harbor-mutual-employment-2026");
    }

    @Test
    void usesTheEditionInEffectOnTheFirstDayOfTheBillingPeriod() {
        assertThat(selector.select(invoice("HARBOR-MUTUAL", "HM-2026-0142", LocalDate.of(2025, 12, 1))).profile()
                .id()).isEqualTo("harbor-mutual-defense-2025");
    }

    @Test
    void aPinnedProfileWinsOutright() {
        ProfileSelection s = selector.select(invoice("HARBOR-MUTUAL", "HM-2026-0177", MARCH_2026));
        assertThat(s.profile().id()).isEqualTo("ocg-defaults");
        assertThat(s.reason()).isEqualTo("pinned by the catalogue to matter HM-2026-0177 of client HARBOR-MUTUAL");
    }

    @Test
    void anotherClientGetsItsOwnOrTheGenericProfile() {
        assertThat(selector.select(invoice("ACME", "AC-7", MARCH_2026)).profile().id())
                .isEqualTo("acme-transactional-2026");
        ProfileSelection unknownMatter = selector.select(invoice("ACME", "AC-9", MARCH_2026));
        assertThat(unknownMatter.profile().id()).as("the generic ocg-defaults applies to any matter")
                .isEqualTo("ocg-defaults");
        assertThat(unknownMatter.reason()).startsWith("generic profile, any matter, effective 1970-01-01");
    }

    @Test
    void anUnknownMatterOfAClientWithOnlyScopedProfilesFallsBackOrFails(@TempDir Path dir) throws IOException {
        copy(dir, "insurance-defense.yaml");
        Files.writeString(dir.resolve("strict.yaml"), "profiles: [insurance-defense.yaml]\n");
        ProfileSelector strict = ProfileSelector.of(ProfileCatalog.load(dir.resolve("strict.yaml"), reader));
        assertThatThrownBy(() -> strict.select(invoice("HARBOR-MUTUAL", "HM-2026-0999", MARCH_2026)))
                .isInstanceOf(ProfileSelectionException.class)
                .hasMessage("No guideline profile applies to invoice INV-HM-2026-0999 for matter HM-2026-0999 of"
                        + " client HARBOR-MUTUAL (practice area unknown, matter type unknown) on 2026-03-01, and the"
                        + " catalogue has no fallback");
        Files.writeString(dir.resolve("lenient.yaml"), "profiles: [insurance-defense.yaml, ocg-defaults]\n"
                + "fallback: ocg-defaults\nmatters: []\n");
        assertThat(ProfileSelector.of(ProfileCatalog.load(dir.resolve("lenient.yaml"), reader))
                .select(invoice("OTHER", "X-1", MARCH_2026)).profile().id()).isEqualTo("ocg-defaults");
    }

    @Test
    void twoEquallyCloseProfilesAreAnErrorNotACoinToss(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pi.yaml"), "id: pi\nclientId: HM\nscope: {matterTypes: [PERSONAL_INJURY]}\n");
        Files.writeString(dir.resolve("tort.yaml"), "id: tort\nclientId: HM\nscope: {matterTypes: [PERSONAL_INJURY,"
                + " OTHER_TORT]}\n");
        Files.writeString(dir.resolve("catalog.yaml"), "profiles: [pi.yaml, tort.yaml]\nmatters:\n  - {clientId: HM,"
                + " matterId: M-1, matterType: PERSONAL_INJURY}\n");
        ProfileSelector s = ProfileSelector.of(ProfileCatalog.load(dir.resolve("catalog.yaml"), reader));
        assertThatThrownBy(() -> s.select(invoice("HM", "M-1", MARCH_2026)))
                .isInstanceOf(ProfileSelectionException.class).hasMessageContaining("Profiles pi and tort apply"
                        + " equally to invoice INV-M-1");
    }

    @Test
    void aCatalogueThatDoesNotHoldTogetherIsRefusedWhenLoaded(@TempDir Path dir) throws IOException {
        copy(dir, "insurance-defense.yaml");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml, insurance-defense.yaml]\n").problem())
                .startsWith("profile id harbor-mutual-defense-2026 is used by both ");
        JsonInputException pinned = catalogError(dir, "profiles: [insurance-defense.yaml]\nmatters:\n"
                + "  - {clientId: HM, matterId: M-1, profile: harbor-2027}\n");
        assertThat(pinned.path()).isEqualTo("matters[0].profile");
        assertThat(pinned.line()).isEqualTo(3);
        assertThat(pinned.problem()).isEqualTo("no profile harbor-2027 in the catalogue (profiles:"
                + " [harbor-mutual-defense-2026])");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml]\nmatters:\n  - {clientId: HM, matterId: M-1,"
                + " practiceArea: LITIGATION}\n  - {clientId: HM, matterId: M-1, practiceArea: LITIGATION}\n").path())
                .isEqualTo("matters[1]");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml]\nmatters: [{clientId: HM, matterId: M-1}]\n")
                .problem()).isEqualTo("says nothing about matter M-1: give its practiceArea, matterType or the"
                        + " profile to use");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml]\nmatters: [{clientId: HM, matterId: M-1,"
                + " practiceArea: LAWSUITS}]\n").path()).isEqualTo("matters[0].practiceArea");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml]\nfallback: ocg-defaults\n").path())
                .isEqualTo("fallback");
        assertThat(catalogError(dir, "profile: [insurance-defense.yaml]\n").getMessage()).contains(":1:1: profile:"
                + " unknown key; did you mean profiles?");
        Files.writeString(dir.resolve("twin.yaml"), "id: twin\nextends: insurance-defense.yaml\n");
        assertThat(catalogError(dir, "profiles: [insurance-defense.yaml, twin.yaml]\n").problem())
                .isEqualTo("profiles harbor-mutual-defense-2026 and twin apply to the same matters (client"
                        + " HARBOR-MUTUAL, LITIGATION / any matter type) from the same date 2026-01-01; give one a"
                        + " narrower scope or a later effective date");
    }

    @Test
    void aBadProfileInTheCatalogueIsReportedAgainstItsOwnFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\nrules:\n  OCG-DAILY-HOURS: {parameters: {maxHours: -1}}\n");
        JsonInputException e = catalogError(dir, "profiles: [bad.yaml]\n");
        assertThat(e.source()).endsWith("bad.yaml");
        assertThat(e.getMessage()).endsWith(":3:44: rules.OCG-DAILY-HOURS.parameters.maxHours: -1 must be at least 0");
    }

    @Test
    void catalogueOfProfilesIsAvailableForListing() {
        ProfileCatalog catalog = ProfileCatalog.load(CATALOG, reader);
        assertThat(catalog.profiles()).extracting(ScopedProfile::id).containsExactly("harbor-mutual-defense-2026",
                "harbor-mutual-employment-2026", "harbor-mutual-defense-2025", "acme-transactional-2026",
                "ocg-defaults");
        assertThat(catalog.matter(ClientId.of("ACME"), MatterId.of("AC-7")).flatMap(MatterMapping::practiceAreaIfSet))
                .contains(PracticeArea.TRANSACTIONAL);
        assertThat(catalog.fallback()).map(ScopedProfile::id).contains("ocg-defaults");
        assertThat(List.of(catalog.toString())).containsExactly("ProfileCatalog[harbor-mutual-defense-2026,"
                + " harbor-mutual-employment-2026, harbor-mutual-defense-2025, acme-transactional-2026, ocg-defaults]"
                + " (4 matters, fallback ocg-defaults)");
    }

    private static void copy(Path dir, String name) throws IOException {
        Files.copy(ProfileReaderTest.PROFILES.resolve(name), dir.resolve(name));
    }

    private static JsonInputException catalogError(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("catalog-" + Integer.toHexString(yaml.hashCode()) + ".yaml");
        Files.writeString(file, yaml);
        try {
            ProfileCatalog.load(file, reader);
        } catch (JsonInputException e) {
            return e;
        }
        throw new AssertionError("the catalogue was accepted");
    }
}
