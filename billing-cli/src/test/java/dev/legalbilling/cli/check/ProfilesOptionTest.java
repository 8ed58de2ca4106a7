package dev.legalbilling.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code billing check --profiles DIR_OR_CATALOG}, and the scope warning of {@code --profile}. */
class ProfilesOptionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACME = Cli.repositoryFile("samples/invoices/acme-v-globex-2026-03.ledes");
    private static final Path ACME_MATTER = Cli.repositoryFile("samples/data/matters/acme-v-globex.yaml");

    @TempDir
    Path temp;

    private Path profile(String file, String id, String client, String practiceArea) throws IOException {
        Files.createDirectories(temp.resolve("profiles"));
        return Files.writeString(temp.resolve("profiles").resolve(file), "id: " + id + "\nextends: ocg-defaults\n"
                + (client == null ? "" : "clientId: " + client + "\n") + "effectiveDate: 2026-01-01\n"
                + (practiceArea == null ? "" : "scope:\n  practiceAreas: [" + practiceArea + "]\n"));
    }

    @Test
    void theClientsOwnProfileJudgesItsInvoiceAndTheReportSaysSo() throws IOException {
        profile("acme.yaml", "acme-litigation", "ACME-INS", "LITIGATION");
        profile("generic.yaml", "firm-generic", null, null);

        Cli.Result json = Cli.run("check", "--pack=guideline", "--format=json", "--profiles", temp.resolve("profiles"),
                "--matter", ACME_MATTER, ACME);
        Cli.Result text = Cli.run("check", "--pack=guideline", "--profiles", temp.resolve("profiles"), "--matter",
                ACME_MATTER, ACME);
        Cli.Result unknownMatter = Cli.run("check", "--pack=guideline", "--format=json", "--profiles",
                temp.resolve("profiles"), ACME);

        JsonNode invoice = JSON.readTree(json.out()).get("invoices").get(0);
        assertThat(invoice.get("profile").asText()).isEqualTo("acme-litigation");
        // without the matter its practice area is unknown, and only an open scope fits
        assertThat(JSON.readTree(unknownMatter.out()).get("invoices").get(0).get("profile").asText())
                .isEqualTo("firm-generic");
        assertThat(text.outLines()).anySatisfy(l -> assertThat(l).startsWith("Invoice 2025-0419-202603 (")
                .endsWith("; profile acme-litigation"));
    }

    @Test
    void anotherClientsProfileIsNotPickedAndTheGenericOneIs() throws IOException {
        profile("other.yaml", "other-client", "OTHER-CLIENT", null);
        profile("generic.yaml", "firm-generic", null, null);

        Cli.Result json = Cli.run("check", "--pack=guideline", "--format=json", "--profiles", temp.resolve("profiles"),
                ACME);

        assertThat(JSON.readTree(json.out()).get("invoices").get(0).get("profile").asText())
                .isEqualTo("firm-generic");
    }

    @Test
    void noApplicableProfileIsAnErrorForThatInvoice() throws IOException {
        profile("other.yaml", "other-client", "OTHER-CLIENT", null);

        Cli.Result r = Cli.run("check", "--pack=guideline", "--profiles", temp.resolve("profiles"), ACME);

        assertThat(r.code()).isNotZero();
        assertThat(r.out() + r.err()).contains("No guideline profile applies to invoice 2025-0419-202603");
    }

    @Test
    void aProfileScopedToAnotherPracticeAreaIsAWarningNamingBoth() throws IOException {
        Path transactional = profile("deals.yaml", "acme-deals", "ACME-INS", "TRANSACTIONAL");
        Path litigation = profile("lit.yaml", "acme-litigation", "ACME-INS", "LITIGATION");

        Cli.Result mismatch = Cli.run("check", "--pack=guideline", "--profile", transactional, "--matter",
                ACME_MATTER, ACME);
        Cli.Result fits = Cli.run("check", "--pack=guideline", "--profile", litigation, "--matter", ACME_MATTER, ACME);

        assertThat(mismatch.errLines()).anySatisfy(l -> assertThat(l).startsWith("billing: warning: profile"
                + " acme-deals (").contains("does not cover matter 2025-0419 of invoice 2025-0419-202603 (LITIGATION,"));
        assertThat(fits.err()).doesNotContain("warning");
    }

    @Test
    void profileAndProfilesExcludeEachOther() throws IOException {
        Path one = profile("generic.yaml", "firm-generic", null, null);

        Cli.Result r = Cli.run("check", "--profile", one, "--profiles", temp.resolve("profiles"), ACME);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--profile and --profiles exclude each other");
    }
}
