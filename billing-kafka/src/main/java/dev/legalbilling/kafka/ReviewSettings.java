package dev.legalbilling.kafka;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.rules.CheckLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The configuration of the invoice-review application, read from one {@code .properties} file. Keys that start
 * with {@code billing.} are ours (below); every other key is passed to Kafka Streams as it is
 * ({@code bootstrap.servers}, {@code application.id}, {@code num.stream.threads}, {@code state.dir}, ...).
 *
 * <table>
 * <caption>Keys and defaults</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code billing.topic.submissions}</td><td>{@code invoice-submissions}</td><td>input: one invoice file
 *     (LEDES 1998B / 98BI, or our JSON invoice or array of invoices) per record</td></tr>
 * <tr><td>{@code billing.topic.reports}</td><td>{@code invoice-reports}</td><td>one report JSON per input record
 *     ({@code docs/report-json.md})</td></tr>
 * <tr><td>{@code billing.topic.adjusted}</td><td>{@code invoice-adjusted}</td><td>the invoices with their
 *     adjustments applied, when any applies</td></tr>
 * <tr><td>{@code billing.topic.dead-letters}</td><td>{@code invoice-dead-letters}</td><td>records that could not be
 *     read or checked: original key, value and headers, plus the typed error in headers</td></tr>
 * <tr><td>{@code billing.rules.packs}</td><td>{@code guideline,ethics}</td><td>bundled rule packs (comma list; empty
 *     for none)</td></tr>
 * <tr><td>{@code billing.rules.dirs}</td><td>(none)</td><td>rule-set directories of your own (comma list)</td></tr>
 * <tr><td>{@code billing.profiles}</td><td>(none)</td><td>guideline profile files (YAML/JSON) or bundled profile
 *     ids (comma list); a record names one by id in its {@code billing-profile} header</td></tr>
 * <tr><td>{@code billing.profile.default}</td><td>(built-in defaults)</td><td>profile id used when a record names
 *     none</td></tr>
 * <tr><td>{@code billing.dialect.default}</td><td>{@code spec}</td><td>LEDES receiver dialect when a record names
 *     none in its {@code billing-dialect} header</td></tr>
 * <tr><td>{@code billing.limits.max-firings}</td><td>1000000</td><td>rule firings per invoice check</td></tr>
 * <tr><td>{@code billing.limits.timeout-ms}</td><td>30000</td><td>wall-clock time per invoice check</td></tr>
 * <tr><td>{@code billing.days.max-entries}</td><td>1000</td><td>entries kept per timekeeper and day in the
 *     cross-invoice store; the oldest go first</td></tr>
 * <tr><td>{@code billing.max-record-bytes}</td><td>16777216</td><td>larger submissions go to the dead letters
 *     unread</td></tr>
 * </table>
 *
 * <p>Two Kafka Streams defaults differ from Kafka's: {@code processing.guarantee} is {@code exactly_once_v2}, and
 * {@code producer.retry.backoff.ms} is {@value #PRODUCER_RETRY_BACKOFF_MS} (Kafka: 100): after each commit the next
 * write of a stream thread is refused with {@code CONCURRENT_TRANSACTIONS} until the broker has written the commit
 * markers, and waiting the full 100 ms each time cost a third of the throughput in {@code KafkaThroughput}
 * ({@code benchmarks/README.md}). A submission travels whole through one internal topic and one store changelog
 * (base64 in JSON, a third larger), so {@code topic.max.message.bytes} (internal topics) and
 * {@code producer.max.request.size} default to twice {@code billing.max-record-bytes} plus 1 MiB. All can be set in
 * the file like any other key. Immutable and thread-safe.
 */
public final class ReviewSettings {
    /** The default of {@code producer.retry.backoff.ms}, in milliseconds. */
    public static final int PRODUCER_RETRY_BACKOFF_MS = 10;

    private static final String PREFIX = "billing.";

    private final Properties properties;

    private ReviewSettings(Properties properties) {
        this.properties = properties;
        require(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
        require(StreamsConfig.APPLICATION_ID_CONFIG);
        limits();
        maxDayEntries();
        maxRecordBytes();
    }

    /**
     * @param properties the keys above; copied
     * @return the settings
     * @throws InvalidValueException when a required key is missing or a value is not valid
     */
    public static ReviewSettings of(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(Objects.requireNonNull(properties, "properties"));
        return new ReviewSettings(copy);
    }

    /**
     * @param file a {@code .properties} file
     * @return the settings it holds
     * @throws InvalidValueException when the file is missing, unreadable, or a value is not valid
     */
    public static ReviewSettings load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new InvalidValueException("--config", file, "does not exist");
        } catch (IOException e) {
            throw new InvalidValueException("--config", file, "cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("--config", file, "is not a properties file: " + e.getMessage());
        }
        return of(p);
    }

    /** @return the input topic */
    public String submissionsTopic() {
        return get("topic.submissions", "invoice-submissions");
    }

    /** @return the topic of report JSON documents */
    public String reportsTopic() {
        return get("topic.reports", "invoice-reports");
    }

    /** @return the topic of adjusted invoices */
    public String adjustedTopic() {
        return get("topic.adjusted", "invoice-adjusted");
    }

    /** @return the dead-letter topic */
    public String deadLettersTopic() {
        return get("topic.dead-letters", "invoice-dead-letters");
    }

    /** @return the bundled rule packs to load, in order */
    public List<String> bundledPacks() {
        return list("rules.packs", "guideline,ethics");
    }

    /** @return rule-set directories to load, in order */
    public List<Path> ruleDirectories() {
        return list("rules.dirs", "").stream().map(Path::of).toList();
    }

    /** @return profile files or bundled profile ids */
    public List<String> profiles() {
        return list("profiles", "");
    }

    /** @return the profile id for records that name none, or null for the built-in defaults */
    public String defaultProfile() {
        String v = get("profile.default", "");
        return v.isEmpty() ? null : v;
    }

    /** @return the LEDES dialect for records that name none */
    public String defaultDialect() {
        return get("dialect.default", "spec");
    }

    /** @return the bounds on each invoice check */
    public CheckLimits limits() {
        return CheckLimits.defaults()
                .withMaxFirings(positive("limits.max-firings", CheckLimits.DEFAULT_MAX_FIRINGS))
                .withTimeout(Duration.ofMillis(positive("limits.timeout-ms", 30_000)));
    }

    /** @return entries kept per timekeeper and day in the cross-invoice store */
    public int maxDayEntries() {
        return (int) Math.min(Integer.MAX_VALUE, positive("days.max-entries", 1000));
    }

    /** @return the largest submission read, in bytes */
    public int maxRecordBytes() {
        return (int) Math.min(Integer.MAX_VALUE, positive("max-record-bytes", 16L << 20));
    }

    /** @return the Kafka Streams configuration: every key not starting with {@code billing.}, over our defaults */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.RETRY_BACKOFF_MS_CONFIG),
                String.valueOf(PRODUCER_RETRY_BACKOFF_MS));
        String largest = String.valueOf(Math.min(Integer.MAX_VALUE, 2L * maxRecordBytes() + (1 << 20)));
        p.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), largest);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), largest);
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith(PREFIX))
                .forEach(k -> p.put(k, properties.getProperty(k)));
        return p;
    }

    /**
     * @param overrides keys to set or replace
     * @return a copy with them
     */
    public ReviewSettings with(Properties overrides) {
        Properties p = new Properties();
        p.putAll(properties);
        p.putAll(overrides);
        return new ReviewSettings(p);
    }

    /** @return the application id and topics; never the rest (it may hold credentials) */
    @Override
    public String toString() {
        return "ReviewSettings[" + properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + ": "
                + submissionsTopic() + " -> " + reportsTopic() + ", " + adjustedTopic() + ", " + deadLettersTopic()
                + "]";
    }

    private void require(String key) {
        String v = properties.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InvalidValueException(key, v, "is required");
        }
    }

    private String get(String key, String fallback) {
        return properties.getProperty(PREFIX + key, fallback).strip();
    }

    private List<String> list(String key, String fallback) {
        return Arrays.stream(get(key, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private long positive(String key, long fallback) {
        String v = properties.getProperty(PREFIX + key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 1) {
                throw new InvalidValueException(PREFIX + key, v, "must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(PREFIX + key, v, "must be a whole number");
        }
    }
}
