package dev.legalbilling.benchmarks.kafka;

import dev.legalbilling.benchmarks.data.Workloads;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.kafka.InvoiceReview;
import dev.legalbilling.kafka.ReviewSettings;
import dev.legalbilling.kafka.ReviewTopology;
import dev.legalbilling.kafka.SubmissionHeaders;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Invoices/s and lines/s of the same invoices checked by the in-process engine and through the billing-kafka
 * topology, in one run:
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.legalbilling.benchmarks.kafka.KafkaThroughput \
 *     [invoices=2000] [lines=20] [partitions=4] [threads=2] [rounds=3]
 * }</pre>
 *
 * <ul>
 * <li>The data: {@code invoices} generated invoices of {@code lines} lines (billing-testkit, seed
 *     {@link Workloads#SEED}), ten a month with the same timekeepers, LEDES 1998B.</li>
 * <li>{@code ENGINE}: {@code RuleEngine.check} (guideline and ethics packs, default profile) on every
 *     already-built invoice, on {@code threads} threads; one untimed warm-up pass, then {@code rounds} timed passes,
 *     the median reported.</li>
 * <li>{@code TOPOLOGY}: a KRaft broker in this JVM (Kafka's own test kit, one combined node, bound to localhost),
 *     one application instance with {@code threads} stream threads, exactly_once_v2, on a topic of
 *     {@code partitions} partitions, sharing the same engine. Timed from the first record produced to the last
 *     report read ({@code read_committed}): reading, day slices, the timekeeper-day store, both repartitions, the
 *     check, the report JSON, the broker's round trips and transaction commits. One untimed warm-up run of a tenth
 *     of the invoices (other months) first, then {@code rounds} timed runs on fresh topics, the median reported.</li>
 * </ul>
 *
 * A system property {@code -Dstreams.KEY=VALUE} sets {@code KEY} in the application's configuration (a Kafka Streams
 * key or one of {@link ReviewSettings}'). The broker shares the machine's cores with the instance; the figure is
 * what one machine does, not a cluster.
 */
public final class KafkaThroughput {
    private KafkaThroughput() {
    }

    /**
     * @param args invoices, lines per invoice, partitions, threads, rounds (all optional)
     * @throws Exception when the broker or the application fails
     */
    public static void main(String[] args) throws Exception {
        int invoices = arg(args, 0, 2000);
        int lines = arg(args, 1, 20);
        int partitions = arg(args, 2, 4);
        int threads = arg(args, 3, 2);
        int rounds = arg(args, 4, 3);
        System.out.printf("KafkaThroughput: %d invoices of %d lines, %d partitions, %d threads, %d rounds%n",
                invoices, lines, partitions, threads, rounds);
        Path dir = Files.createTempDirectory("kafka-throughput");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "throughput");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unset");
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, "1");
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state").toString());
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("streams."))
                .forEach(k -> p.put(k.substring("streams.".length()), System.getProperty(k)));
        ReviewSettings settings = ReviewSettings.of(p);
        List<Invoice> warmUp = generate(invoices / 10, lines, 900);
        List<Invoice> data = generate(invoices, lines, 0);
        try (InvoiceReview review = InvoiceReview.load(settings)) {
            double[] engine = new double[rounds];
            engineSeconds(review, data, threads);
            for (int r = 0; r < rounds; r++) {
                engine[r] = engineSeconds(review, data, threads);
                System.out.printf("ENGINE   round %d: %.3f s%n", r + 1, engine[r]);
            }
            double[] topology = new double[rounds];
            try (KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBaseDirectory(dir.resolve("broker")).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "4")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build()) {
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                String bootstrap = cluster.bootstrapServers();
                try (Admin admin = cluster.admin()) {
                    topologySeconds(review, settings, bootstrap, admin, "warm-up", warmUp, partitions, dir);
                    for (int r = 0; r < rounds; r++) {
                        topology[r] = topologySeconds(review, settings, bootstrap, admin, "round-" + r, data,
                                partitions, dir);
                        System.out.printf("TOPOLOGY round %d: %.3f s%n", r + 1, topology[r]);
                    }
                }
            }
            double e = median(engine);
            double t = median(topology);
            long totalLines = (long) invoices * lines;
            System.out.printf("%nroute     median s   invoices/s   lines/s%n");
            System.out.printf("ENGINE   %8.3f %12.1f %9.0f%n", e, invoices / e, totalLines / e);
            System.out.printf("TOPOLOGY %8.3f %12.1f %9.0f%n", t, invoices / t, totalLines / t);
            System.out.printf("topology throughput = %.3f x the in-process engine's (engine %.1f x faster)%n",
                    e / t, t / e);
        }
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Ten invoices a month, numbered apart, from {@code firstMonth} months after January 2026. */
    private static List<Invoice> generate(int count, int lines, int firstMonth) {
        List<Invoice> out = new ArrayList<>(count);
        InvoiceGenerator generator = null;
        for (int i = 0; i < count; i++) {
            if (i % 10 == 0) {
                generator = InvoiceGenerator.builder(Workloads.SEED + firstMonth * 10L + i)
                        .month(LocalDate.of(2026, 1, 1).plusMonths(firstMonth + i / 10)).build();
            }
            Invoice g = generator.next(lines).invoice();
            out.add(Invoice.builder(InvoiceNumber.of("T" + firstMonth + "-" + i), g.client(), g.matter())
                    .invoiceDate(g.invoiceDate()).period(g.periodStart(), g.periodEnd()).lines(g.lines()).build());
        }
        return out;
    }

    private static double engineSeconds(InvoiceReview review, List<Invoice> data, int threads) throws Exception {
        GuidelineProfile profile = review.profile(null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = data.size() * t / threads;
                int to = data.size() * (t + 1) / threads;
                parts.add(pool.submit(() -> {
                    int findings = 0;
                    for (Invoice invoice : data.subList(from, to)) {
                        findings += review.engine().check(CheckRequest.of(invoice, null, profile)).findings()
                                .size();
                    }
                    return findings;
                }));
            }
            for (Future<Integer> f : parts) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run of the topology on fresh topics and a fresh application id; returns produce-to-last-report time. */
    private static double topologySeconds(InvoiceReview review, ReviewSettings base, String bootstrap, Admin admin,
            String run, List<Invoice> data, int partitions, Path dir) throws Exception {
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "throughput-" + run);
        p.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + run).toString());
        p.put("billing.topic.submissions", run + "-submissions");
        p.put("billing.topic.reports", run + "-reports");
        p.put("billing.topic.adjusted", run + "-adjusted");
        p.put("billing.topic.dead-letters", run + "-dead-letters");
        ReviewSettings settings = base.with(p);
        admin.createTopics(List.of(settings.submissionsTopic(), settings.reportsTopic(), settings.adjustedTopic(),
                settings.deadLettersTopic()).stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList())
                .all().get();
        LedesWriter writer = LedesWriter.of(LedesFormat.B1998);
        List<byte[]> values = data.stream().map(i -> writer.toText(i).getBytes(StandardCharsets.UTF_8)).toList();
        try (KafkaStreams streams = new KafkaStreams(ReviewTopology.build(settings, review),
                settings.streamsProperties());
                KafkaConsumer<byte[], byte[]> consumer = readCommitted(bootstrap, run)) {
            streams.start();
            long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            consumer.subscribe(List.of(settings.reportsTopic()));
            consumer.poll(Duration.ofMillis(100));
            long start = System.nanoTime();
            Properties pp = new Properties();
            pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            pp.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                for (int i = 0; i < values.size(); i++) {
                    producer.send(new ProducerRecord<>(settings.submissionsTopic(),
                            ("firm-" + (i % 37)).getBytes(StandardCharsets.UTF_8), values.get(i)));
                }
            }
            Set<String> reported = new HashSet<>();
            until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (reported.size() < data.size()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(run + ": only " + reported.size() + " of " + data.size()
                            + " reports within 10 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    Header h = r.headers().lastHeader(SubmissionHeaders.SUBMISSION);
                    reported.add(new String(h.value(), StandardCharsets.UTF_8));
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static KafkaConsumer<byte[], byte[]> readCommitted(String bootstrap, String run) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "throughput-reader-" + run);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
