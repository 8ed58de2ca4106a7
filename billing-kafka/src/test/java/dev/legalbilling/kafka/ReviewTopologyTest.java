package dev.legalbilling.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.kafka.internal.CheckStep;
import dev.legalbilling.kafka.internal.DayStep;
import dev.legalbilling.kafka.internal.Message;
import dev.legalbilling.kafka.internal.MessageSerde;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewTopologyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant MONDAY_9AM = Instant.parse("2026-02-02T09:00:00Z");

    private static InvoiceReview review;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void loadEngine() {
        review = InvoiceReview.load(settings(Path.of("unused"), new Properties()));
    }

    /** @return the settings with the test's adjusting profile and the bundled one configured */
    static Properties withProfiles() {
        Properties p = new Properties();
        p.put("billing.profiles", "ocg-defaults," + Path.of("src/test/resources/profiles/acme-adjusts.yaml"));
        return p;
    }

    @AfterAll
    static void closeEngine() {
        review.close();
    }

    static ReviewSettings settings(Path stateDir, Properties extra) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "review-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.putAll(withProfiles());
        p.putAll(extra);
        return ReviewSettings.of(p);
    }

    /** The driver and its topics. */
    private record Driver(TopologyTestDriver driver, TestInputTopic<byte[], byte[]> in,
            TestOutputTopic<byte[], byte[]> reports, TestOutputTopic<byte[], byte[]> adjusted,
            TestOutputTopic<byte[], byte[]> deadLetters) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
        }
    }

    private Driver driver(InvoiceReview with, Properties extra) {
        ReviewSettings s = settings(stateDir, extra);
        TopologyTestDriver d = new TopologyTestDriver(ReviewTopology.build(s, with), s.streamsProperties(),
                MONDAY_9AM);
        ByteArraySerializer ser = new ByteArraySerializer();
        ByteArrayDeserializer de = new ByteArrayDeserializer();
        return new Driver(d, d.createInputTopic(s.submissionsTopic(), ser, ser),
                d.createOutputTopic(s.reportsTopic(), de, de), d.createOutputTopic(s.adjustedTopic(), de, de),
                d.createOutputTopic(s.deadLettersTopic(), de, de));
    }

    private Driver driver() {
        return driver(review, new Properties());
    }

    private static Invoice cleanInvoice(long seed) {
        return InvoiceGenerator.builder(seed).violationsPerThousand(0).expensesPerThousand(0).build().next(12)
                .invoice();
    }

    private static byte[] ledes(Invoice invoice) {
        return LedesWriter.of(LedesFormat.B1998).toText(invoice).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Invoice invoice) throws IOException {
        return BillingJson.mapper().writeValueAsBytes(invoice);
    }

    private static JsonNode tree(TestRecord<byte[], byte[]> r) throws IOException {
        return JSON.readTree(r.value());
    }

    private static String header(TestRecord<byte[], byte[]> r, String key) {
        var h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("invoices").forEach(i -> i.get("findings").forEach(f -> ids.add(f.get("ruleId").asText())));
        return ids;
    }

    @Test
    void aCleanLedesInvoiceGetsOneReportWithoutFindingsAndNoAdjustedInvoice() throws IOException {
        Invoice invoice = cleanInvoice(1);
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>("firm-1".getBytes(StandardCharsets.UTF_8), ledes(invoice)));
            List<TestRecord<byte[], byte[]>> reports = d.reports().readRecordsToList();
            assertThat(reports).hasSize(1);
            TestRecord<byte[], byte[]> r = reports.get(0);
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("firm-1");
            assertThat(header(r, SubmissionHeaders.SUBMISSION)).isEqualTo("invoice-submissions-0@0");
            JsonNode report = tree(r);
            assertThat(report.at("/invoices/0/invoiceNumber").asText()).isEqualTo(invoice.number().value());
            assertThat(report.at("/invoices/0/total").asText()).isEqualTo(invoice.total().amount().toPlainString());
            assertThat(ruleIds(report)).isEmpty();
            assertThat(report.at("/submission").asText()).isEqualTo("invoice-submissions-0@0");
            List<String> packs = new ArrayList<>();
            report.get("rulePacks").forEach(p -> {
                packs.add(p.get("id").asText());
                assertThat(p.get("version").asText()).isNotBlank();
                assertThat(p.get("sha256").asText()).matches("[0-9a-f]{64}");
            });
            assertThat(packs).containsExactly("guideline", "ethics");
            assertThat(d.adjusted().isEmpty()).isTrue();
            assertThat(d.deadLetters().isEmpty()).isTrue();
        }
    }

    @Test
    void anInvoiceWithViolationsGetsFindingsAndItsAdjustedInvoice() throws IOException {
        InvoiceGenerator.Generated g = InvoiceGenerator.builder(7).violationsPerThousand(300).build().next(40);
        Headers headers = new RecordHeaders().add(SubmissionHeaders.PROFILE,
                "acme-adjusts".getBytes(StandardCharsets.UTF_8));
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, json(g.invoice()), headers, MONDAY_9AM));
            JsonNode report = tree(d.reports().readRecord());
            assertThat(ruleIds(report)).contains("OCG-BLOCK-BILLING");
            assertThat(report.at("/invoices/0/profile").asText()).isEqualTo("acme-adjusts");
            TestRecord<byte[], byte[]> adjusted = d.adjusted().readRecord();
            assertThat(header(adjusted, SubmissionHeaders.SUBMISSION)).isEqualTo("invoice-submissions-0@0");
            Invoice written = BillingJson.mapper().readValue(adjusted.value(), Invoice.class);
            assertThat(written.number()).isEqualTo(g.invoice().number());
            assertThat(written.lines().size()).isGreaterThan(g.invoice().lines().size());
            assertThat(written.total().amount()).isLessThan(g.invoice().total().amount());
            assertThat(d.deadLetters().isEmpty()).isTrue();
        }
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLettersWithItsBytesAndTheTypedError() {
        byte[] garbage = "LEDES1998B[]\nthis is not a LEDES file[]\n".getBytes(StandardCharsets.UTF_8);
        Headers headers = new RecordHeaders().add("trace-id", "abc".getBytes(StandardCharsets.UTF_8));
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>("k".getBytes(StandardCharsets.UTF_8), garbage, headers, MONDAY_9AM));
            TestRecord<byte[], byte[]> dead = d.deadLetters().readRecord();
            assertThat(dead.value()).isEqualTo(garbage);
            assertThat(dead.key()).isEqualTo("k".getBytes(StandardCharsets.UTF_8));
            assertThat(header(dead, "trace-id")).isEqualTo("abc");
            assertThat(header(dead, SubmissionHeaders.ERROR_CODE)).startsWith("LEDES_");
            assertThat(header(dead, SubmissionHeaders.ERROR_TYPE)).isEqualTo("UnreadableSubmissionException");
            assertThat(header(dead, SubmissionHeaders.ERROR_LINE)).isEqualTo("2");
            assertThat(header(dead, SubmissionHeaders.ERROR_MESSAGE)).startsWith("invoice-submissions-0@0:2:");
            assertThat(d.reports().isEmpty()).isTrue();
        }
    }

    @Test
    void invalidJsonGoesToTheDeadLettersNamingLineAndKeyPath() {
        byte[] bad = "{\n  \"number\": \"X-1\",\n  \"lines\": 7\n}".getBytes(StandardCharsets.UTF_8);
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, bad));
            TestRecord<byte[], byte[]> dead = d.deadLetters().readRecord();
            assertThat(dead.value()).isEqualTo(bad);
            assertThat(header(dead, SubmissionHeaders.ERROR_CODE)).isEqualTo("JSON_INPUT");
            assertThat(header(dead, SubmissionHeaders.ERROR_LINE)).isNotEqualTo("0");
            assertThat(d.reports().isEmpty()).isTrue();
        }
    }

    @Test
    void anUnknownProfileHeaderGoesToTheDeadLettersNamingTheHeader() {
        Headers headers = new RecordHeaders().add(SubmissionHeaders.PROFILE,
                "no-such-client".getBytes(StandardCharsets.UTF_8));
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, ledes(cleanInvoice(3)), headers, MONDAY_9AM));
            TestRecord<byte[], byte[]> dead = d.deadLetters().readRecord();
            assertThat(header(dead, SubmissionHeaders.ERROR_CODE)).isEqualTo("INVALID_VALUE");
            assertThat(header(dead, SubmissionHeaders.ERROR_FIELD)).isEqualTo(SubmissionHeaders.PROFILE);
            assertThat(d.reports().isEmpty()).isTrue();
        }
    }

    @Test
    void aDialectHeaderChoosesTheReceiversRulesAndIsReported() throws IOException {
        Headers headers = new RecordHeaders().add(SubmissionHeaders.DIALECT,
                "legal-tracker".getBytes(StandardCharsets.UTF_8));
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, ledes(cleanInvoice(5)), headers, MONDAY_9AM));
            TestRecord<byte[], byte[]> r = d.reports().readRecord();
            assertThat(tree(r).get("dialect").asText()).isEqualTo("legal-tracker");
            assertThat(header(r, SubmissionHeaders.DIALECT)).isEqualTo("legal-tracker");
        }
    }

    @Test
    void anUnknownDialectHeaderGoesToTheDeadLettersNamingTheHeader() {
        Headers headers = new RecordHeaders().add(SubmissionHeaders.DIALECT,
                "ebilling-hub".getBytes(StandardCharsets.UTF_8));
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, ledes(cleanInvoice(5)), headers, MONDAY_9AM));
            TestRecord<byte[], byte[]> dead = d.deadLetters().readRecord();
            assertThat(header(dead, SubmissionHeaders.ERROR_FIELD)).isEqualTo(SubmissionHeaders.DIALECT);
            assertThat(header(dead, SubmissionHeaders.ERROR_MESSAGE)).contains("ebilling-hub");
            assertThat(d.reports().isEmpty()).isTrue();
        }
    }

    @Test
    void aCheckOverTheRuleLimitGoesToTheDeadLettersWithTheTypedError() throws IOException {
        Properties limited = new Properties();
        limited.put("billing.limits.max-firings", "2");
        ReviewSettings s = settings(stateDir, limited);
        try (InvoiceReview strict = InvoiceReview.of(RuleEngine.builder().addBundled("guideline")
                        .addBundled("ethics").limits(s.limits()).build(), s);
                Driver d = driver(strict, limited)) {
            InvoiceGenerator.Generated g = InvoiceGenerator.builder(7).violationsPerThousand(300).build().next(40);
            byte[] value = json(g.invoice());
            d.in().pipeInput(new TestRecord<>(null, value));
            TestRecord<byte[], byte[]> dead = d.deadLetters().readRecord();
            assertThat(dead.value()).isEqualTo(value);
            assertThat(header(dead, SubmissionHeaders.ERROR_CODE)).isEqualTo("RULES_LIMIT_EXCEEDED");
            assertThat(header(dead, SubmissionHeaders.ERROR_TYPE)).isEqualTo("CheckLimitExceededException");
            assertThat(header(dead, SubmissionHeaders.ERROR_RULE)).contains("FIRINGS");
            assertThat(d.reports().isEmpty()).isTrue();
            assertThat(d.adjusted().isEmpty()).isTrue();
        }
    }

    @Test
    void theSameHoursOnTwoRecordsMinutesApartAreDoubleBilledOnTheSecond() throws IOException {
        Invoice first = cleanInvoice(11);
        Invoice second = Invoice.builder(InvoiceNumber.of("OTHER-1"), first.client(), MatterId.of("M-OTHER"))
                .invoiceDate(first.invoiceDate()).period(first.periodStart(), first.periodEnd())
                .lines(first.lines()).build();
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, ledes(first), new RecordHeaders(), MONDAY_9AM));
            d.in().pipeInput(new TestRecord<>(null, json(second), new RecordHeaders(),
                    MONDAY_9AM.plus(Duration.ofMinutes(7))));
            List<TestRecord<byte[], byte[]>> reports = d.reports().readRecordsToList();
            assertThat(reports).hasSize(2);
            assertThat(ruleIds(tree(reports.get(0)))).doesNotContain("ETH-DOUBLE-BILLING");
            JsonNode later = tree(reports.get(1));
            assertThat(ruleIds(later)).contains("ETH-DOUBLE-BILLING");
            assertThat(later.toString()).contains("also on invoice " + first.number().value());
        }
    }

    @Test
    void differentHoursOfTheSameTimekeepersOnAnotherMatterAreNotDoubleBilling() throws IOException {
        Invoice first = cleanInvoice(11);
        Invoice other = cleanInvoice(12); // same roster and month, other narratives and hours
        try (Driver d = driver()) {
            d.in().pipeInput(new TestRecord<>(null, ledes(first)));
            d.in().pipeInput(new TestRecord<>(null, ledes(other)));
            List<TestRecord<byte[], byte[]>> reports = d.reports().readRecordsToList();
            assertThat(reports).hasSize(2);
            assertThat(ruleIds(tree(reports.get(1)))).doesNotContain("ETH-DOUBLE-BILLING");
        }
    }

    @Test
    void theTimekeeperDaysSurviveARestartOfTheApplication() throws IOException {
        Invoice first = cleanInvoice(21);
        Invoice second = Invoice.builder(InvoiceNumber.of("OTHER-2"), first.client(), MatterId.of("M-OTHER"))
                .invoiceDate(first.invoiceDate()).period(first.periodStart(), first.periodEnd())
                .lines(first.lines()).build();
        Map<String, List<TestRecord<String, byte[]>>> changelogs = new LinkedHashMap<>();
        try (Driver before = driver()) {
            before.in().pipeInput(new TestRecord<>(null, ledes(first)));
            assertThat(before.reports().readRecordsToList()).hasSize(1);
            for (String store : List.of(DayStep.STORE, CheckStep.STORE)) {
                changelogs.put(store, before.driver().createOutputTopic("review-test-" + store + "-changelog",
                        new StringDeserializer(), new ByteArrayDeserializer()).readRecordsToList());
            }
        }
        assertThat(changelogs.get(DayStep.STORE)).isNotEmpty();
        try (Driver after = driver()) {
            // what Kafka Streams does when a task starts on an instance without its local state: replay the
            // changelog topics into the stores (the test driver has no broker to replay them from)
            MessageSerde serde = new MessageSerde();
            changelogs.forEach((store, records) -> {
                KeyValueStore<String, Message> s = after.driver().getKeyValueStore(store);
                records.forEach(r -> {
                    if (r.value() == null) {
                        s.delete(r.key());
                    } else {
                        s.put(r.key(), serde.deserializer().deserialize(store, r.value()));
                    }
                });
            });
            after.in().pipeInput(new TestRecord<>(null, json(second)));
            assertThat(ruleIds(tree(after.reports().readRecord()))).contains("ETH-DOUBLE-BILLING");
        }
    }

    @Test
    void withoutItsStateARestartedApplicationFindsNoDoubleBilling() throws IOException {
        Invoice first = cleanInvoice(21);
        Invoice second = Invoice.builder(InvoiceNumber.of("OTHER-2"), first.client(), MatterId.of("M-OTHER"))
                .invoiceDate(first.invoiceDate()).period(first.periodStart(), first.periodEnd())
                .lines(first.lines()).build();
        try (Driver before = driver()) {
            before.in().pipeInput(new TestRecord<>(null, ledes(first)));
        }
        try (Driver after = driver()) {
            after.in().pipeInput(new TestRecord<>(null, json(second)));
            assertThat(ruleIds(tree(after.reports().readRecord()))).doesNotContain("ETH-DOUBLE-BILLING");
        }
    }
}
