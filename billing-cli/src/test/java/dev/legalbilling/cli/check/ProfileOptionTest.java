package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code billing check --profile} with the guideline pack: the profile files of {@code docs/profiles.md}, the bundled
 * profile ids, and profile errors.
 */
class ProfileOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    private static final Path INSURANCE_DEFENSE = Cli.repositoryFile("samples/data/profiles/insurance-defense.yaml");

    private static JsonNode firstInvoice(Cli.Result r) throws IOException {
        return JSON.readTree(r.out()).get("invoices").get(0);
    }

    private static List<JsonNode> findingsOf(JsonNode invoice, String ruleId) {
        List<JsonNode> found = new ArrayList<>();
        invoice.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(ruleId)) {
                found.add(f);
            }
        });
        return found;
    }

    private static BigDecimal atStake(List<JsonNode> findings) {
        return findings.stream().map(f -> new BigDecimal(f.get("amountAtStake").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aClientProfileTightensThePackAndCitesTheClientsClauses() throws IOException {
        Cli.Result defaults = Cli.run("check", "--pack=guideline", "--format=json", ACME);
        Cli.Result strict = Cli.run("check", "--pack=guideline", "--format=json", "--profile", INSURANCE_DEFENSE,
                ACME);

        assertThat(strict.err()).isEmpty();
        JsonNode plain = firstInvoice(defaults);
        JsonNode carrier = firstInvoice(strict);
        assertThat(plain.get("profile").asText()).isEqualTo("defaults");
        assertThat(carrier.get("profile").asText()).isEqualTo("harbor-mutual-defense-2026");
        // The carrier caps a day at 8 hours instead of 10 and makes it an error: more of the day is at stake.
        List<JsonNode> days = findingsOf(carrier, "OCG-DAILY-HOURS");
        assertThat(days).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("message").asText()).contains("daily cap of 8.0 h");
            assertThat(f.get("severity").asText()).isEqualTo("ERROR");
            assertThat(f.get("citation").asText()).isEqualTo("Panel Counsel Litigation Guidelines (2026) § 4.6");
        });
        assertThat(atStake(days)).isGreaterThan(atStake(findingsOf(plain, "OCG-DAILY-HOURS")));
        // Only the carrier's approved team is paid; the Acme invoice's timekeepers are not on it.
        assertThat(findingsOf(carrier, "OCG-UNAPPROVED-TIMEKEEPER")).isNotEmpty();
        assertThat(findingsOf(plain, "OCG-UNAPPROVED-TIMEKEEPER")).isEmpty();
        assertThat(strict.code()).isEqualTo(1);
    }

    @Test
    void overlappingFindingsAreSummedAndAlsoCountedOncePerLine() throws IOException {
        Cli.Result json = Cli.run("check", "--pack=guideline", "--format=json", "--profile", INSURANCE_DEFENSE, ACME);
        Cli.Result text = Cli.run("check", "--pack=guideline", "--profile", INSURANCE_DEFENSE, ACME);

        JsonNode invoice = firstInvoice(json);
        BigDecimal total = new BigDecimal(invoice.get("total").asText());
        BigDecimal sum = new BigDecimal(invoice.get("amountAtStake").asText());
        BigDecimal exposure = new BigDecimal(invoice.get("exposure").asText());
        // Under the carrier's profile most lines break several rules (unapproved timekeeper, rate, daily hours...):
        // the plain sum exceeds the invoice, the exposure cannot.
        assertThat(sum).isEqualByComparingTo(atStake(allFindings(invoice))).isGreaterThan(total);
        assertThat(exposure).isPositive().isLessThanOrEqualTo(total).isLessThan(sum);
        assertThat(text.outLines()).anySatisfy(line -> assertThat(line).startsWith("Findings: ")
                .contains(" at stake in all, $").endsWith(" counting each line once."));
    }

    private static List<JsonNode> allFindings(JsonNode invoice) {
        List<JsonNode> all = new ArrayList<>();
        invoice.get("findings").forEach(all::add);
        return all;
    }

    @Test
    void aBundledProfileIdNeedsNoFile() throws IOException {
        Cli.Result bundled = Cli.run("check", "--pack=guideline", "--format=json", "--profile", "ocg-defaults", ACME);
        Cli.Result defaults = Cli.run("check", "--pack=guideline", "--format=json", ACME);

        assertThat(bundled.err()).isEmpty();
        JsonNode invoice = firstInvoice(bundled);
        assertThat(invoice.get("profile").asText()).isEqualTo("ocg-defaults");
        // ocg-defaults restates the pack's defaults: the same findings as no profile at all.
        assertThat(invoice.get("findings").size()).isEqualTo(firstInvoice(defaults).get("findings").size());
        assertThat(invoice.get("findings").size()).isPositive();
    }

    @Test
    void aMissingProfileFileIsExitTwo() {
        Cli.Result r = Cli.run("check", "--pack=guideline", "--profile", temp.resolve("nope.yaml"), ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + temp.resolve("nope.yaml"));
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aProfileForARuleThePacksDoNotHaveNamesTheKeyAndLine() throws IOException {
        Path profile = Files.writeString(temp.resolve("typo.yaml"), """
                id: typo
                rules:
                  OCG-DAILY-HOURS:
                    parameters: {maxHours: 8.0}
                  OCG-DAILY-HOUR:
                    severity: ERROR
                """);

        Cli.Result r = Cli.run("check", "--pack=guideline", "--profile", profile, ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().startsWith("billing: " + profile)
                .contains("OCG-DAILY-HOUR").contains("5");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aValueOutsideTheDocumentedBoundsIsRefused() throws IOException {
        Path profile = Files.writeString(temp.resolve("negative.yaml"), """
                id: negative
                rules:
                  OCG-DAILY-HOURS: {parameters: {maxHours: -2}}
                """);

        Cli.Result r = Cli.run("check", "--pack=guideline", "--profile", profile, ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("maxHours");
    }
}
