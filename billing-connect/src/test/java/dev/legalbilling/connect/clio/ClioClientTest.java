package dev.legalbilling.connect.clio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.connect.AccessToken;
import dev.legalbilling.connect.ApiCallException;
import dev.legalbilling.connect.ConnectSettings;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.ImportedMatter;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.Skipped;
import dev.legalbilling.connect.testing.FixtureServer;
import dev.legalbilling.connect.testing.FixtureServer.Reply;
import dev.legalbilling.connect.testing.VendorFixtures;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.rate.RateLevel;
import dev.legalbilling.work.TimeEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClioClientTest {
    private static final ImportQuery MARCH = ImportQuery.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    private static final MappingOptions MAPPING = MappingOptions.defaults("13-4567890");

    private final FixtureServer server = new FixtureServer();
    private final List<Duration> sleeps = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private ClioClient client() {
        return client(null);
    }

    private ClioClient client(String version) {
        return new ClioClient(ConnectSettings.builder(server.baseUrl(), AccessToken.of(VendorFixtures.TOKEN))
                .sleeper(sleeps::add).maxRetries(3).apiVersion(version).build());
    }

    private static ImportedMatter matter(ImportResult r, String id) {
        return r.matters().stream().filter(m -> m.matterId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void importsEveryPageIntoMatterAndWorkFiles() {
        ImportResult r = fetch(MARCH);

        assertThat(r.matters()).extracting(ImportedMatter::matterId).containsExactly("00042-Acme", "00043-Brown");
        ImportedMatter acme = matter(r, "00042-Acme");
        assertThat(acme.work().time()).hasSize(2);
        assertThat(acme.work().expenses()).singleElement().satisfies(x -> {
            assertThat(x.expenseCode()).isEqualTo("E112");
            assertThat(x.unitCost().amount()).isEqualByComparingTo("125.40");
        });
        assertThat(acme.matterFile().matter().client().id().value()).isEqualTo("ACME");
        assertThat(acme.matterFile().timekeepers()).extracting(t -> t.lastName()).containsExactly("Hale", "Okafor");
        assertThat(acme.timeValue().amount()).isEqualByComparingTo("675.00");
        assertThat(acme.hours()).isEqualByComparingTo("3.5");
        List<FixtureServer.Request> activityCalls = server.requests().stream()
                .filter(q -> q.path().equals("/api/v4/activities.json")).toList();
        assertThat(activityCalls).hasSize(2);
        assertThat(activityCalls.get(0).query()).contains("start_date=2026-03-01", "end_date=2026-03-31",
                "status=unbilled", "order=id%28asc%29", "limit=200", "quantity_in_hours");
        assertThat(activityCalls.get(1).query()).contains("page_token=P2");
        assertThat(server.requests()).allSatisfy(q ->
                assertThat(q.authorization()).isEqualTo("Bearer " + VendorFixtures.TOKEN));
        assertThat(server.requests()).allSatisfy(q -> assertThat(q.headers()).doesNotContainKey("X-api-version"));
    }

    private ImportResult fetch(ImportQuery q) {
        VendorFixtures.clio(server);
        return client().fetch(q, MAPPING);
    }

    @Test
    void readsHoursNotSecondsSoOneAndAHalfHoursNeverBecome5400() {
        ImportResult r = fetch(MARCH);

        TimeEntry drafting = matter(r, "00042-Acme").work().time().get(0);
        assertThat(drafting.hours()).isEqualByComparingTo("1.5");
        assertThat(r.matters()).flatExtracting(m -> m.work().time())
                .allSatisfy(t -> assertThat(t.hours()).isLessThanOrEqualTo(new BigDecimal("24")));
    }

    @Test
    void quantityWithoutHoursIsSecondsUnlessAnOlderVersionIsPinned() {
        var secondsOnly = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("quantity", 5400);
        assertThat(ClioClient.hours(secondsOnly, null)).isEqualByComparingTo("1.5");
        assertThat(ClioClient.hours(secondsOnly, "4.0.4")).isEqualByComparingTo("1.5");
        var hoursOnly = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("quantity", "1.5");
        assertThat(ClioClient.hours(hoursOnly, "4.0.3")).isEqualByComparingTo("1.5");
        var both = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("quantity", 5400)
                .put("quantity_in_hours", "1.5");
        assertThat(ClioClient.hours(both, "4.0.3")).isEqualByComparingTo("1.5");
    }

    @Test
    void pinsTheApiVersionWhenAsked() {
        VendorFixtures.clio(server);
        client("4.0.10").fetch(MARCH, MAPPING);

        assertThat(server.requests()).allSatisfy(q -> assertThat(q.headers().get("X-api-version"))
                .containsExactly("4.0.10"));
    }

    @Test
    void skipsBilledWorkOtherCurrenciesAndDeletedMattersWithReasons() {
        ImportResult r = fetch(MARCH);

        assertThat(r.skipped()).extracting(Skipped::sourceId, Skipped::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("70003", "already billed in clio"),
                org.assertj.core.groups.Tuple.tuple("70005", "in EUR; the matters bill in USD (--currency)"),
                org.assertj.core.groups.Tuple.tuple("70006",
                        "its matter is not listed by clio (deleted, or no access)"));
        assertThat(r.summary()).contains("skipped 1 time entry: already billed in clio");
    }

    @Test
    void keepsNoChargeTimeAtNoCharge() {
        TimeEntry review = matter(fetch(MARCH), "00042-Acme").work().time().get(1);

        assertThat(review.billable()).isFalse();
        assertThat(review.hours()).isEqualByComparingTo("2.0");
    }

    @Test
    void saysWhenTheFeeArrangementCannotBeKnown() {
        ImportResult r = fetch(MARCH);

        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("matter 00043-Brown is billed 'flat' in"
                + " clio"));
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w).contains("00042-Acme"));
    }

    @Test
    void ratesBecomeMatterRatesAndTheFilesReadBack() {
        ImportedMatter acme = matter(fetch(MARCH), "00042-Acme");
        var rates = ((dev.legalbilling.fee.HourlyFee) acme.matterFile().matter().arrangement()).rates().rates();

        assertThat(rates).singleElement().satisfies(rate -> {
            assertThat(rate.level()).isEqualTo(RateLevel.MATTER_TIMEKEEPER);
            assertThat(rate.hourlyRate().amount()).isEqualByComparingTo("450");
        });
        MatterFile back = MatterFile.parse("m.yaml", acme.matterFile().format("m.yaml"));
        WorkFile work = WorkFile.parse("w.csv", acme.work().format("w.csv", back), back);
        assertThat(work).isEqualTo(acme.work());
    }

    @Test
    void onlyTheMattersAsked() {
        ImportResult r = fetch(MARCH.forMatters(List.of("00043-Brown", "99999")));

        assertThat(r.matters()).extracting(ImportedMatter::matterId).containsExactly("00043-Brown");
        assertThat(r.skipped()).extracting(Skipped::kind, Skipped::sourceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("matter", "99999"));
    }

    @Test
    void expiredTokenIsOneLineNamingEndpointPageAndStatus() {
        server.on("/api/v4/users.json", Reply.status(401));

        assertThatThrownBy(() -> client().fetch(MARCH, MAPPING))
                .isInstanceOf(ApiCallException.class)
                .hasMessage("clio: GET /api/v4/users.json, page 1: HTTP 401: the access token was refused (expired"
                        + " or revoked); get a new token (CLIO_TOKEN or --token-file)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(VendorFixtures.TOKEN));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void waitsAsLongAsRetryAfterSaysThenSucceeds() {
        server.on("/api/v4/users.json", Reply.ok(VendorFixtures.CLIO_USERS));
        server.on("/api/v4/matters.json", new Reply(429, Map.of("Retry-After", "7"), ""),
                Reply.ok(VendorFixtures.CLIO_MATTERS));
        server.on("/api/v4/activities.json?page_token=P2", Reply.ok(VendorFixtures.CLIO_ACTIVITIES_2));
        server.on("/api/v4/activities.json", Reply.ok(VendorFixtures.CLIO_ACTIVITIES_1));

        ImportResult r = client().fetch(MARCH, MAPPING);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(r.matters()).hasSize(2);
    }

    @Test
    void backsOffExponentiallyOnServerErrorsThenSucceeds() {
        server.on("/api/v4/users.json", Reply.status(500), Reply.status(502), Reply.ok(VendorFixtures.CLIO_USERS));
        server.on("/api/v4/matters.json", Reply.ok(VendorFixtures.CLIO_MATTERS));
        server.on("/api/v4/activities.json?page_token=P2", Reply.ok(VendorFixtures.CLIO_ACTIVITIES_2));
        server.on("/api/v4/activities.json", Reply.ok(VendorFixtures.CLIO_ACTIVITIES_1));

        ImportResult r = client().fetch(MARCH, MAPPING);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(r.matters()).hasSize(2);
    }

    @Test
    void givesUpAfterTheAllowedRetries() {
        server.on("/api/v4/users.json", Reply.status(503));

        assertThatThrownBy(() -> client().fetch(MARCH, MAPPING))
                .hasMessage("clio: GET /api/v4/users.json, page 1: HTTP 503: server error after 3 retries; try again"
                        + " later");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aMalformedPageFailsTheWholeImport() {
        server.on("/api/v4/users.json", Reply.ok(VendorFixtures.CLIO_USERS));
        server.on("/api/v4/matters.json", Reply.ok(VendorFixtures.CLIO_MATTERS));
        server.on("/api/v4/activities.json?page_token=P2", Reply.ok("{\"data\": [{\"id\": 1, \"note\": \"secret"));
        server.on("/api/v4/activities.json", Reply.ok(VendorFixtures.CLIO_ACTIVITIES_1));

        assertThatThrownBy(() -> client().fetch(MARCH, MAPPING))
                .isInstanceOf(ApiCallException.class)
                .hasMessageStartingWith("clio: GET /api/v4/activities.json, page 2: HTTP 200: malformed JSON at line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void refusesANextLinkToAnotherHost() {
        server.on("/api/v4/users.json", Reply.ok("{\"data\": [], \"meta\": {\"paging\": {\"next\":"
                + " \"https://evil.example/steal\"}}}"));

        assertThatThrownBy(() -> client().fetch(MARCH, MAPPING))
                .hasMessageContaining("page 2: the next-page link points to another host (evil.example)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refusesAResponseLargerThanTheLimit() {
        server.on("/api/v4/users.json", Reply.ok("{\"data\": [], \"pad\": \"" + "x".repeat(5000) + "\"}"));
        ClioClient small = new ClioClient(ConnectSettings.builder(server.baseUrl(),
                AccessToken.of(VendorFixtures.TOKEN)).maxResponseBytes(2048).sleeper(sleeps::add).build());

        assertThatThrownBy(() -> small.fetch(MARCH, MAPPING)).hasMessageContaining("response larger than 2048 bytes");
    }
}
