package dev.legalbilling.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the application against a real broker (KRaft, in-process): one in this JVM, one a separate JVM
 * running {@link InvoiceReviewApp} that is killed with SIGKILL halfway through. Every input record must come out as
 * exactly one report.
 */
class ClusterEndToEndTest {
    private static final int INVOICES = 2000;
    private static final int PARTITIONS = 4;
    private static final String APP_ID = "invoice-review-e2e";
    /**
     * How long the reports may take to arrive. The test takes well under two minutes of CPU on two cores (it prints
     * wall and CPU time); the wait is longer so that a busy build machine does not fail it.
     */
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void twoInstancesCheckEveryInvoiceExactlyOnceThoughOneIsKilledMidRun() throws Exception {
        long started = System.nanoTime();
        List<byte[]> submissions = submissions();
        log(started, "generated " + INVOICES + " invoices");
        try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBaseDirectory(dir.resolve("broker")).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("transaction.state.log.num.partitions", "4")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("group.min.session.timeout.ms", "2000")
                .build()) {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            String bootstrap = cluster.bootstrapServers();
            Properties config = config(bootstrap);
            ReviewSettings settings = ReviewSettings.of(config);
            try (Admin admin = cluster.admin()) {
                admin.createTopics(List.of(settings.submissionsTopic(), settings.reportsTopic(),
                                settings.adjustedTopic(), settings.deadLettersTopic()).stream()
                        .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList()).all().get();

                log(started, "broker up");
                Process other = startOtherInstance(config);
                try (InvoiceReview review = load(settings, started);
                        KafkaStreams streams = new KafkaStreams(ReviewTopology.build(settings, review),
                                withStateDir(settings, "here").streamsProperties())) {
                    streams.start();
                    awaitTwoMembersWithPartitions(admin);
                    log(started, "both instances have partitions");
                    Map<Integer, Integer> produced = produce(bootstrap, settings.submissionsTopic(), submissions);
                    log(started, "produced " + INVOICES + " submissions " + produced);
                    long nextLog = System.nanoTime();

                    Map<String, Integer> reports = new HashMap<>();
                    List<String> duplicates = new ArrayList<>();
                    boolean killed = false;
                    try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap)) {
                        consumer.subscribe(List.of(settings.reportsTopic()));
                        long until = started + DEADLINE.toNanos();
                        while (reports.size() < INVOICES && System.nanoTime() < until) {
                            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                                String submission = header(r, SubmissionHeaders.SUBMISSION);
                                if (reports.merge(submission, 1, Integer::sum) > 1) {
                                    duplicates.add(submission);
                                }
                            }
                            if (System.nanoTime() > nextLog) {
                                log(started, reports.size() + " reports");
                                nextLog = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                            }
                            if (!killed && reports.size() >= INVOICES / 3) {
                                log(started, reports.size() + " reports: killing the other instance");
                                assertThat(other.isAlive()).as("the other instance is still running").isTrue();
                                String cpu = other.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0 + " s")
                                        .orElse("unknown");
                                other.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no clean close
                                log(started, "killed; it had used " + cpu + " of CPU");
                                killed = true;
                            }
                        }
                    }
                    assertThat(killed).as("the other instance was killed mid-run").isTrue();
                    assertThat(duplicates).as("submissions reported twice").isEmpty();
                    assertThat(reports.keySet()).as("one report per input record")
                            .isEqualTo(expectedSubmissions(settings.submissionsTopic(), produced));
                    Set<Integer> inputPartitions = new TreeSet<>();
                    for (ThreadMetadata t : streams.metadataForLocalThreads()) {
                        t.activeTasks().forEach(task -> task.topicPartitions().stream()
                                .filter(tp -> tp.topic().equals(settings.submissionsTopic()))
                                .forEach(tp -> inputPartitions.add(tp.partition())));
                    }
                    assertThat(inputPartitions).as("the survivor took over every input partition")
                            .containsExactly(0, 1, 2, 3);
                    assertThat(countRecords(bootstrap, settings.deadLettersTopic())).isZero();
                } finally {
                    other.destroyForcibly();
                }
            }
        }
        log(started, "done; CPU time of this JVM (broker, one instance, test) " + cpuSeconds() + " s");
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static void log(long started, String what) {
        System.out.printf("end-to-end %5.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private Properties config(String bootstrap) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "3000");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "500");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), "5000");
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        return p;
    }

    private ReviewSettings withStateDir(ReviewSettings settings, String name) {
        Properties p = new Properties();
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + name).toString());
        return settings.with(p);
    }

    /** The other instance: {@code java InvoiceReviewApp --config app.properties} on this test's class path. */
    private Process startOtherInstance(Properties config) throws IOException {
        Properties p = new Properties();
        p.putAll(config);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-other").toString());
        Path file = dir.resolve("app.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "the other instance");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.streams.KafkaStreams=info",
                "-Dorg.slf4j.simpleLogger.log.org.apache.kafka.streams.processor.internals.StreamThread=info",
                "-cp", System.getProperty("java.class.path"),
                InvoiceReviewApp.class.getName(), "--config", file.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "other-instance.log").toFile()).start();
    }

    private static void awaitTwoMembersWithPartitions(Admin admin) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(APP_ID)).all().get().get(APP_ID);
            if (group != null && group.members().size() == 2
                    && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the two instances did not both join the group within 60 s");
    }

    private static InvoiceReview load(ReviewSettings settings, long started) {
        InvoiceReview review = InvoiceReview.load(settings);
        log(started, "rule sets loaded here");
        return review;
    }

    /**
     * The generated invoices, alternately as LEDES 1998B and as JSON: two for each of a thousand months, so that
     * each month's timekeeper-days are billed on two invoices (the cross-invoice store is exercised on every
     * record, at a size this 2-core test can afford).
     */
    private static List<byte[]> submissions() throws IOException {
        List<byte[]> values = new ArrayList<>(INVOICES);
        int months = 1000;
        int perMonth = INVOICES / months;
        for (int month = 0; month < months; month++) {
            InvoiceGenerator generator = InvoiceGenerator.builder(month)
                    .month(LocalDate.of(2020, 1, 1).plusMonths(month)).build();
            for (int n = 0; n < perMonth; n++) {
                Invoice generated = generator.next(4).invoice();
                Invoice invoice = Invoice.builder(InvoiceNumber.of(String.format("E2E-%04d-%d", month, n)),
                                generated.client(), generated.matter())
                        .invoiceDate(generated.invoiceDate()).period(generated.periodStart(), generated.periodEnd())
                        .lines(generated.lines()).build();
                values.add(values.size() % 2 == 0
                        ? LedesWriter.of(LedesFormat.B1998).toText(invoice).getBytes(StandardCharsets.UTF_8)
                        : BillingJson.mapper().writeValueAsBytes(invoice));
            }
        }
        return values;
    }

    /** Produces the submissions; returns records per partition. */
    private static Map<Integer, Integer> produce(String bootstrap, String topic, List<byte[]> values)
            throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        Map<Integer, Integer> perPartition = new TreeMap<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                sent.add(producer.send(new ProducerRecord<>(topic, ("firm-" + (i % 37)).getBytes(
                        StandardCharsets.UTF_8), values.get(i))));
            }
            for (Future<RecordMetadata> f : sent) {
                perPartition.merge(f.get().partition(), 1, Integer::sum);
            }
        }
        return perPartition;
    }

    private static Set<String> expectedSubmissions(String topic, Map<Integer, Integer> perPartition) {
        Set<String> ids = new TreeSet<>();
        perPartition.forEach((partition, count) -> {
            for (int offset = 0; offset < count; offset++) {
                ids.add(topic + "-" + partition + "@" + offset);
            }
        });
        return ids;
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static int countRecords(String bootstrap, String topic) {
        int n = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap)) {
            consumer.subscribe(List.of(topic));
            long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < until) {
                n += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return n;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
