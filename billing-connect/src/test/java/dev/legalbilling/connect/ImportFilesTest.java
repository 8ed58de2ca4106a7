package dev.legalbilling.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.connect.clio.ClioClient;
import dev.legalbilling.connect.testing.FixtureServer;
import dev.legalbilling.connect.testing.VendorFixtures;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {
    private static final ImportQuery MARCH = ImportQuery.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @TempDir
    Path dir;

    private ImportResult clio() {
        try (FixtureServer server = VendorFixtures.clio(new FixtureServer())) {
            return new ClioClient(ConnectSettings.builder(server.baseUrl(), AccessToken.of(VendorFixtures.TOKEN))
                    .clock(Clock.fixed(Instant.parse("2026-04-01T06:00:00Z"), ZoneOffset.UTC)).build())
                    .fetch(MARCH, MappingOptions.defaults("13-4567890"));
        }
    }

    @Test
    void writesAWorkAndMatterFilePerMatterThatBillingInvoiceReads() {
        List<Path> written = clio().write(dir.resolve("work-{matter}.csv"), dir.resolve("matter-{matter}.yaml"));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("matter-00042-Acme.yaml",
                "work-00042-Acme.csv", "matter-00043-Brown.yaml", "work-00043-Brown.csv");
        MatterFile matter = MatterFile.read(dir.resolve("matter-00042-Acme.yaml"));
        WorkFile work = WorkFile.read(dir.resolve("work-00042-Acme.csv"), matter);
        assertThat(work.time()).hasSize(2);
        assertThat(work.expenses()).hasSize(1);
    }

    @Test
    void severalMattersIntoOneFileIsRefusedAndWritesNothing() throws IOException {
        ImportResult r = clio();

        assertThatThrownBy(() -> r.write(dir.resolve("work.csv"), dir.resolve("matter.yaml")))
                .hasMessageContaining("--out names one file but the import has 2 matters; put {matter} in the file"
                        + " name");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFailedWriteLeavesEveryTargetAsItWas() throws IOException {
        ImportResult r = clio();
        Path existing = Files.writeString(dir.resolve("work-00042-Acme.csv"), "old");
        Files.createDirectory(dir.resolve("work-00043-Brown.csv"));   // a directory where a file must go

        assertThatThrownBy(() -> r.write(dir.resolve("work-{matter}.csv"), null))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(Files.readString(existing)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("work-00042-Acme.csv", "work-00043-Brown.csv");
        }
    }

    @Test
    void checkpointRecordsWhenTheImportStartedAndReadsBack() {
        Path file = dir.resolve("sync.json");
        assertThat(Checkpoint.read(file).lastSync("clio")).isEmpty();

        Checkpoint.read(file).with("clio", clio().startedAt()).write(file);

        assertThat(Checkpoint.read(file).lastSync("clio")).contains(Instant.parse("2026-04-01T06:00:00Z"));
    }

    @Test
    void anIncrementalClioRunSendsUpdatedSince() {
        try (FixtureServer server = VendorFixtures.clio(new FixtureServer())) {
            new ClioClient(ConnectSettings.builder(server.baseUrl(), AccessToken.of(VendorFixtures.TOKEN)).build())
                    .fetch(MARCH.changedSince(Instant.parse("2026-04-01T06:00:00Z")), MappingOptions.defaults("X"));

            assertThat(server.requests()).filteredOn(q -> q.path().equals("/api/v4/activities.json")).first()
                    .satisfies(q -> assertThat(q.query()).contains("updated_since=2026-04-01T06%3A00%3A00Z"));
        }
    }

    @Test
    void aMalformedCheckpointIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("sync.json"), "{\"clio\": \"yesterday\"}");

        assertThatThrownBy(() -> Checkpoint.read(file)).hasMessage(file + ": clio: 'yesterday' is not an instant such"
                + " as 2026-04-01T06:00:00Z");
    }

    @Test
    void theTokenOnlyTravelsOverHttpsExceptToThisMachine() {
        AccessToken t = AccessToken.of(VendorFixtures.TOKEN);

        assertThatThrownBy(() -> ConnectSettings.builder(java.net.URI.create("http://proxy.example:8080"), t).build())
                .hasMessageStartingWith("--base-url must be https: the token would travel in clear text");
        assertThat(ConnectSettings.builder(java.net.URI.create("http://127.0.0.1:9"), t).build().baseUrl().getPort())
                .isEqualTo(9);
    }

    @Test
    void tokensNeverPrint() {
        AccessToken t = AccessToken.of(VendorFixtures.TOKEN);
        assertThat(t).hasToString("AccessToken[redacted]");
        assertThat(ConnectSettings.builder(java.net.URI.create("https://app.clio.com"), t).build().toString())
                .doesNotContain(VendorFixtures.TOKEN);
        assertThatThrownBy(() -> AccessToken.of("abc def")).hasMessageNotContaining("abc");
    }
}
