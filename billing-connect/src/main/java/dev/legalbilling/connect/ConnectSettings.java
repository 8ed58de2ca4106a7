package dev.legalbilling.connect;

import dev.legalbilling.InvalidValueException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How an API client talks to its system: the base URL, the token, timeouts, retries and limits.
 *
 * <p>Retries: HTTP 429 waits as long as {@code Retry-After} says (seconds or an HTTP date), at most
 * {@link #maxBackoff()}; HTTP 5xx, timeouts and dropped connections wait {@link #initialBackoff()}, then twice as
 * long each time, at most {@link #maxBackoff()}. After {@link #maxRetries()} retries of one request the call fails
 * with an {@link ApiCallException}. The waiting is done by a {@link Sleeper}, so tests wait for nothing.
 *
 * <p>Defaults ({@link #builder(URI, AccessToken)}): connect timeout 10 s, request timeout 60 s, 5 retries, back-off
 * from 1 s to 60 s, responses of at most 32 MiB, at most 10,000 pages, the system's own page size, no API version
 * pinned. Immutable and thread-safe when the sleeper is.
 *
 * @param baseUrl scheme and host (and port) of the API, e.g. {@code https://eu.app.clio.com}; a path is kept as a
 *     prefix (for a proxy); {@code http} only on 127.0.0.1 or localhost, so the token never travels in clear text
 * @param token the bearer token
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for one response
 * @param maxRetries retries per request after the first attempt, 0–20
 * @param initialBackoff first wait before retrying a 5xx or timeout
 * @param maxBackoff longest single wait, also for {@code Retry-After}
 * @param maxResponseBytes largest response body read; a larger one fails the call
 * @param maxPages most pages read per endpoint; more fails the call (a loop guard)
 * @param pageSize records asked for per page, or 0 for the system's default (Clio 200, PracticePanther 100, MyCase
 *     100)
 * @param apiVersion a version to pin (Clio's {@code X-API-VERSION}), or null for the system's default
 * @param sleeper waits between retries
 * @param clock the clock for {@code Retry-After} dates and the import's start time
 * @param pages told of each page fetched (endpoint path and page number; no data), e.g. to draw progress
 */
public record ConnectSettings(URI baseUrl, AccessToken token, Duration connectTimeout, Duration requestTimeout,
        int maxRetries, Duration initialBackoff, Duration maxBackoff, long maxResponseBytes, int maxPages,
        int pageSize, String apiVersion, Sleeper sleeper, Clock clock,
        PageListener pages) {

    /** Waits; {@link Thread#sleep(Duration)} in production, a recorder in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /** The real sleeper. */
        Sleeper THREAD = d -> Thread.sleep(d.toMillis());

        /**
         * @param duration how long to wait
         * @throws InterruptedException when interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told of each page fetched; called on the fetching thread. */
    @FunctionalInterface
    public interface PageListener {
        /** Tells nobody. */
        PageListener NONE = (endpoint, page) -> { };

        /**
         * @param endpoint the path fetched
         * @param page the page number, from 1
         */
        void fetched(String endpoint, int page);
    }

    private static final java.util.Set<String> LOOPBACK = java.util.Set.of("127.0.0.1", "localhost", "[::1]");

    /** Validates the settings. */
    public ConnectSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
            throw new InvalidValueException("--base-url", baseUrl, "must be an http or https URL with a host");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(baseUrl.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException("--base-url", baseUrl.getHost(), "must be https: the token would travel"
                    + " in clear text (http only for 127.0.0.1 or localhost)");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null || baseUrl.getRawUserInfo() != null) {
            throw new InvalidValueException("--base-url", baseUrl.getHost(), "must not carry a query, fragment or"
                    + " user info");
        }
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        positive("initialBackoff", initialBackoff);
        positive("maxBackoff", maxBackoff);
        if (maxRetries < 0 || maxRetries > 20) {
            throw new InvalidValueException("maxRetries", maxRetries, "must be between 0 and 20");
        }
        if (maxResponseBytes < 1024) {
            throw new InvalidValueException("maxResponseBytes", maxResponseBytes, "must be at least 1024");
        }
        if (maxPages < 1) {
            throw new InvalidValueException("maxPages", maxPages, "must be at least 1");
        }
        if (pageSize < 0 || pageSize > 1000) {
            throw new InvalidValueException("--page-size", pageSize, "must be between 1 and 1000 (0: the default)");
        }
        if (apiVersion != null && (apiVersion.isBlank() || !apiVersion.matches("[0-9A-Za-z.\\-]{1,20}"))) {
            throw new InvalidValueException("--api-version", apiVersion, "must be a version such as 4.0.4");
        }
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(pages, "pages");
    }

    /**
     * @param baseUrl the API's scheme and host
     * @param token the bearer token
     * @return a builder with the defaults above
     */
    public static Builder builder(URI baseUrl, AccessToken token) {
        return new Builder(baseUrl, token);
    }

    /** @return the settings without the token */
    @Override
    public String toString() {
        return "ConnectSettings[" + baseUrl.getHost() + ", retries " + maxRetries + ", token redacted]";
    }

    private static void positive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new InvalidValueException(name, d, "must be a positive duration");
        }
    }

    /** Builds {@link ConnectSettings}; not thread-safe. */
    public static final class Builder {
        private final URI baseUrl;
        private final AccessToken token;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int maxRetries = 5;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(60);
        private long maxResponseBytes = 32L * 1024 * 1024;
        private int maxPages = 10_000;
        private int pageSize;
        private String apiVersion;
        private Sleeper sleeper = Sleeper.THREAD;
        private Clock clock = Clock.systemUTC();
        private PageListener pages = PageListener.NONE;

        private Builder(URI baseUrl, AccessToken token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        /** @param value connect timeout @return this builder */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** @param value timeout of one request @return this builder */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        /** @param value retries per request @return this builder */
        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        /** @param first first back-off @param max longest wait @return this builder */
        public Builder backoff(Duration first, Duration max) {
            this.initialBackoff = first;
            this.maxBackoff = max;
            return this;
        }

        /** @param value largest body read, in bytes @return this builder */
        public Builder maxResponseBytes(long value) {
            this.maxResponseBytes = value;
            return this;
        }

        /** @param value most pages per endpoint @return this builder */
        public Builder maxPages(int value) {
            this.maxPages = value;
            return this;
        }

        /** @param value records per page, 0 for the system's default @return this builder */
        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        /** @param value API version to pin, or null @return this builder */
        public Builder apiVersion(String value) {
            this.apiVersion = value;
            return this;
        }

        /** @param value how to wait between retries @return this builder */
        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        /** @param value the clock @return this builder */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** @param value told of each page @return this builder */
        public Builder pages(PageListener value) {
            this.pages = value;
            return this;
        }

        /** @return the validated settings */
        public ConnectSettings build() {
            return new ConnectSettings(baseUrl, token, connectTimeout, requestTimeout, maxRetries, initialBackoff,
                    maxBackoff, maxResponseBytes, maxPages, pageSize, apiVersion, sleeper, clock, pages);
        }
    }
}
