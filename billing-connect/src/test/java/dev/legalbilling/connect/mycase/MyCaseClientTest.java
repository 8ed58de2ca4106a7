package dev.legalbilling.connect.mycase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.connect.AccessToken;
import dev.legalbilling.connect.ConnectSettings;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.ImportedMatter;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.Skipped;
import dev.legalbilling.connect.testing.FixtureServer;
import dev.legalbilling.connect.testing.FixtureServer.Reply;
import dev.legalbilling.connect.testing.VendorFixtures;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MyCaseClientTest {
    private static final ImportQuery MARCH = ImportQuery.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final MappingOptions MAPPING = MappingOptions.defaults("13-4567890");

    private final FixtureServer server = new FixtureServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private ImportResult fetch(ImportQuery query, MappingOptions mapping) {
        VendorFixtures.myCase(server);
        return new MyCaseClient(ConnectSettings.builder(server.baseUrl(), AccessToken.of(VendorFixtures.TOKEN))
                .sleeper(d -> { }).build()).fetch(query, mapping);
    }

    @Test
    void withoutDefaultCodesEveryTimeEntryIsSkippedWithTheOptionToGive() {
        ImportResult r = fetch(MARCH, MAPPING);

        assertThat(r.skipped()).extracting(Skipped::sourceId, Skipped::reason).contains(
                org.assertj.core.groups.Tuple.tuple("4", "no UTBMS task code (give --default-task-code)"),
                org.assertj.core.groups.Tuple.tuple("6", "no UTBMS expense code (give --default-expense-code)"));
    }

    @Test
    void followsTheLinkHeaderAndSkipsInvoicedEntries() {
        ImportResult r = fetch(MARCH, MAPPING.withDefaultCodes("L110", "A103", "E102"));

        assertThat(server.requests()).filteredOn(q -> q.path().equals("/v1/time_entries")).hasSize(2);
        ImportedMatter m = r.matters().get(0);
        assertThat(m.matterId()).isEqualTo("MC-2026-3");
        assertThat(m.matterFile().matter().client().name()).isEqualTo("Estate of Chan");
        assertThat(m.work().time()).singleElement().satisfies(t -> {
            assertThat(t.hours()).isEqualByComparingTo("1.5");
            assertThat(t.taskCode()).isEqualTo("L110");
        });
        assertThat(m.work().expenses()).singleElement().satisfies(x -> {
            assertThat(x.quantity()).isEqualByComparingTo("2");
            assertThat(x.unitCost().amount()).isEqualByComparingTo("45.00");
        });
        assertThat(m.timeValue().amount()).isEqualByComparingTo("412.50");
        assertThat(r.skipped()).extracting(Skipped::sourceId, Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5", "already billed in mycase"));
    }

    @Test
    void anIncrementalRunAsksOnlyForChanges() {
        fetch(MARCH.changedSince(Instant.parse("2026-03-20T06:00:00Z")), MAPPING);

        assertThat(server.requests()).filteredOn(q -> q.path().equals("/v1/time_entries")).first()
                .satisfies(q -> assertThat(q.query()).contains("filter%5Bupdated_after%5D=2026-03-20T06%3A00%3A00Z"));
    }

    @Test
    void parsesLinkHeaders() {
        assertThat(MyCaseClient.next("<https://api.mycase.com/v1/cases?page_token=a>; rel=\"prev\", "
                + "<https://api.mycase.com/v1/cases?page_token=b>; rel=\"next\""))
                .contains("https://api.mycase.com/v1/cases?page_token=b");
        assertThat(MyCaseClient.next("<https://api.mycase.com/v1/cases?page_token=a>; rel=\"prev\"")).isEmpty();
        assertThat(MyCaseClient.next(null)).isEmpty();
    }

    @Test
    void missingEndpointIsOneLine() {
        server.on("/v1/staff", Reply.status(404));
        MyCaseClient client = new MyCaseClient(ConnectSettings.builder(server.baseUrl(),
                AccessToken.of(VendorFixtures.TOKEN)).build());

        assertThatThrownBy(() -> client.fetch(MARCH, MAPPING)).hasMessage("mycase: GET /v1/staff, page 1: HTTP 404:"
                + " not found; check --base-url (the region) and the ids given");
    }
}
