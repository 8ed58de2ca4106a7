package dev.legalbilling.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.legalbilling.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewSettingsTest {
    private static Properties minimal() {
        Properties p = new Properties();
        p.put("application.id", "invoice-review");
        p.put("bootstrap.servers", "127.0.0.1:9092");
        return p;
    }

    @Test
    void defaultsToExactlyOnceV2AndTheDocumentedTopicsAndPacks() {
        ReviewSettings s = ReviewSettings.of(minimal());
        assertThat(s.streamsProperties().getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
                .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(s.streamsProperties().getProperty("producer.retry.backoff.ms")).isEqualTo("10");
        // a 16 MiB submission fits the internal topics and the producer's requests, base64 and all
        assertThat(s.streamsProperties().getProperty("topic.max.message.bytes")).isEqualTo("34603008");
        assertThat(s.streamsProperties().getProperty("producer.max.request.size")).isEqualTo("34603008");
        assertThat(s.submissionsTopic()).isEqualTo("invoice-submissions");
        assertThat(s.deadLettersTopic()).isEqualTo("invoice-dead-letters");
        assertThat(s.bundledPacks()).containsExactly("guideline", "ethics");
        assertThat(s.defaultProfile()).isNull();
        assertThat(s.limits().maxFirings()).isEqualTo(1_000_000);
    }

    @Test
    void passesKafkaKeysThroughAndKeepsItsOwnOut() {
        Properties p = minimal();
        p.put("num.stream.threads", "3");
        p.put("producer.retry.backoff.ms", "100");
        p.put("billing.limits.timeout-ms", "5000");
        p.put("billing.rules.packs", "guideline");
        ReviewSettings s = ReviewSettings.of(p);
        assertThat(s.streamsProperties()).containsEntry("num.stream.threads", "3")
                .containsEntry("producer.retry.backoff.ms", "100")
                .doesNotContainKey("billing.limits.timeout-ms");
        assertThat(s.limits().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.bundledPacks()).containsExactly("guideline");
    }

    @Test
    void refusesAMissingBootstrapServerNamingTheKey() {
        Properties p = minimal();
        p.remove("bootstrap.servers");
        assertThatThrownBy(() -> ReviewSettings.of(p)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("bootstrap.servers");
    }

    @Test
    void refusesALimitThatIsNotAPositiveWholeNumber() {
        Properties p = minimal();
        p.put("billing.limits.max-firings", "lots");
        assertThatThrownBy(() -> ReviewSettings.of(p)).hasMessageContaining("billing.limits.max-firings");
        p.put("billing.limits.max-firings", "0");
        assertThatThrownBy(() -> ReviewSettings.of(p)).hasMessageContaining("must be at least 1");
    }

    @Test
    void neverShowsCredentialsInItsDescription() {
        Properties p = minimal();
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required password=\"s3cret\";");
        assertThat(ReviewSettings.of(p).toString()).doesNotContain("s3cret").contains("invoice-review");
    }

    @Test
    void readsAPropertiesFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "application.id=a\nbootstrap.servers=127.0.0.1:9092\nbilling.topic.reports=r\n");
        assertThat(ReviewSettings.load(file).reportsTopic()).isEqualTo("r");
        assertThatThrownBy(() -> ReviewSettings.load(dir.resolve("missing.properties")))
                .hasMessageContaining("missing.properties").hasMessageContaining("does not exist");
    }

    @Test
    void aDefaultProfileMustBeOneOfTheConfiguredProfiles() {
        Properties p = minimal();
        p.put("billing.rules.packs", "guideline");
        p.put("billing.profiles", "ocg-defaults");
        p.put("billing.profile.default", "acme");
        assertThatThrownBy(() -> InvoiceReview.load(ReviewSettings.of(p)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("billing.profile.default")
                .hasMessageContaining("ocg-defaults");
        p.put("billing.profile.default", "ocg-defaults");
        try (InvoiceReview review = InvoiceReview.load(ReviewSettings.of(p))) {
            assertThat(review.profile(null).id()).isEqualTo("ocg-defaults");
        }
    }
}
