package dev.legalbilling.connect.practicepanther;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PracticePantherClientTest {
    private static final ImportQuery MARCH = ImportQuery.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final MappingOptions MAPPING = MappingOptions.defaults("13-4567890");

    private final FixtureServer server = new FixtureServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private ImportResult fetch(ImportQuery query) {
        VendorFixtures.practicePanther(server);
        return new PracticePantherClient(ConnectSettings.builder(server.baseUrl(),
                AccessToken.of(VendorFixtures.TOKEN)).pageSize(2).sleeper(d -> { }).build()).fetch(query, MAPPING);
    }

    @Test
    void pagesWithTopAndSkipUntilAShortPage() {
        ImportResult r = fetch(MARCH);

        List<String> skips = server.requests().stream().filter(q -> q.path().equals("/api/v2/timeentries"))
                .map(q -> q.query().replaceAll(".*%24skip=(\\d+).*", "$1")).toList();
        assertThat(skips).containsExactly("0", "2");
        assertThat(server.requests()).filteredOn(q -> q.path().equals("/api/v2/timeentries")).first()
                .satisfies(q -> assertThat(q.query()).contains("%24top=2",
                        "%24filter=date+ge+2026-03-01+and+date+le+2026-03-31"));
        ImportedMatter m = r.matters().get(0);
        assertThat(m.matterId()).isEqualTo("PP-17");
        assertThat(m.work().time()).hasSize(2);
        assertThat(m.work().expenses()).singleElement().satisfies(x -> {
            assertThat(x.expenseCode()).isEqualTo("E101");
            assertThat(x.quantity()).isEqualByComparingTo("120");
            assertThat(x.unitCost().amount()).isEqualByComparingTo("0.10");
        });
    }

    @Test
    void guidTimekeepersFitLedesAndBilledWorkIsSkipped() {
        ImportResult r = fetch(MARCH);

        ImportedMatter m = r.matters().get(0);
        assertThat(m.matterFile().timekeepers()).singleElement()
                .satisfies(t -> assertThat(t.id().value()).isEqualTo("6F1C2B8E"));
        assertThat(m.work().time().get(0).hours()).isEqualByComparingTo("1.25");
        assertThat(m.work().time().get(1).billable()).isFalse();
        assertThat(r.skipped()).extracting(Skipped::sourceId, Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("t2", "already billed in practicepanther"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("does not say how it is billed"));
    }

    @Test
    void billableStatusLeavesNoChargeWorkOut() {
        ImportResult r = fetch(MARCH.withStatus(ImportQuery.Status.BILLABLE));

        assertThat(r.matters().get(0).work().time()).hasSize(1);
        assertThat(r.skipped()).extracting(Skipped::reason).contains("no charge (--status billable)");
    }

    @Test
    void forbiddenEndpointNamesItself() {
        server.on("/api/v2/users", Reply.status(403));
        PracticePantherClient client = new PracticePantherClient(ConnectSettings.builder(server.baseUrl(),
                AccessToken.of(VendorFixtures.TOKEN)).build());

        assertThatThrownBy(() -> client.fetch(MARCH, MAPPING)).hasMessage("practicepanther: GET /api/v2/users,"
                + " page 1: HTTP 403: the access token may not read this endpoint; grant the app read access to it");
    }
}
