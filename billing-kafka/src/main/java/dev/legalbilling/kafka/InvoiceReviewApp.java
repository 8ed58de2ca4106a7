package dev.legalbilling.kafka;

import dev.legalbilling.BillingException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar billing-kafka.jar --config app.properties}: loads the rule sets and profiles the configuration
 * names ({@link ReviewSettings}), starts the topology ({@link ReviewTopology}) and runs until the process is stopped
 * (SIGTERM closes it cleanly, committing what was processed).
 *
 * <p>Exit codes: 0 stopped; 2 bad usage, a bad configuration, or rule sets or profiles that fail to load; 3 the
 * streams application failed.
 */
public final class InvoiceReviewApp {
    /** Exit code: bad usage, configuration, rule sets or profiles. */
    public static final int USAGE_OR_INPUT = 2;
    /** Exit code: Kafka Streams stopped on an error. */
    public static final int FAILED = 3;

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceReviewApp.class);

    private InvoiceReviewApp() {
    }

    /**
     * @param args {@code --config FILE}
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: java -jar billing-kafka.jar --config app.properties");
            System.err.println("exit codes: 0 stopped; 2 bad usage, configuration, rule sets or profiles;"
                    + " 3 the streams application failed");
            System.exit(USAGE_OR_INPUT);
        }
        ReviewSettings settings;
        InvoiceReview review;
        try {
            settings = ReviewSettings.load(Path.of(args[1]));
            review = InvoiceReview.load(settings);
        } catch (BillingException e) {
            System.err.println("billing-kafka: " + e.getMessage());
            System.exit(USAGE_OR_INPUT);
            return;
        }
        LOG.info("{} with rule sets {}", settings, review.ruleSets());
        KafkaStreams streams = new KafkaStreams(ReviewTopology.build(settings, review),
                settings.streamsProperties());
        CountDownLatch stopped = new CountDownLatch(1);
        int[] exit = {0};
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                exit[0] = FAILED;
            }
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            review.close();
        }, "billing-kafka-shutdown"));
        streams.start();
        stopped.await();
        streams.close();
        review.close();
        System.exit(exit[0]);
    }
}
