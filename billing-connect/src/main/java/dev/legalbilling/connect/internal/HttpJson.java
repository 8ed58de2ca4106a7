package dev.legalbilling.connect.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.legalbilling.connect.ApiCallException;
import dev.legalbilling.connect.ConnectSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs JSON pages from one system with the JDK's HTTP client: bearer token, timeouts, bounded bodies, retries of
 * 429 (after {@code Retry-After}) and 5xx/timeouts (exponential back-off), one-line {@link ApiCallException}s.
 *
 * <p>Follows only URLs on the base URL's origin, so a {@code next} link can never send the token elsewhere. Logs
 * the method, path, page and status at DEBUG; never the token, the query or the body. Thread-safe. Not API.
 */
public final class HttpJson {
    private static final Logger LOG = LoggerFactory.getLogger(HttpJson.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** A page: the parsed body and the headers. */
    public record Response(JsonNode body, HttpHeaders headers) {
        /** @param name header name @return its first value */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String system;
    private final String tokenHint;
    private final ConnectSettings settings;
    private final Map<String, String> extraHeaders;
    private final HttpClient client;

    /**
     * @param system the system's name, for messages
     * @param tokenHint where the token comes from, for the 401 message (e.g. {@code CLIO_TOKEN or --token-file})
     * @param settings the settings
     * @param extraHeaders headers sent with every request (e.g. {@code X-API-VERSION})
     */
    public HttpJson(String system, String tokenHint, ConnectSettings settings, Map<String, String> extraHeaders) {
        this.system = system;
        this.tokenHint = tokenHint;
        this.settings = settings;
        this.extraHeaders = Map.copyOf(extraHeaders);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param path the path under the base URL, e.g. {@code /api/v4/activities.json}
     * @param query query parameters in order; null values are left out
     * @return the URL
     */
    public URI uri(String path, Map<String, String> query) {
        String base = settings.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        StringJoiner q = new StringJoiner("&");
        new LinkedHashMap<>(query).forEach((k, v) -> {
            if (v != null) {
                q.add(encode(k) + "=" + encode(v));
            }
        });
        return URI.create(base + path + (q.length() == 0 ? "" : "?" + q));
    }

    /**
     * @param next a URL the system gave for the next page
     * @param endpoint the endpoint, for the message
     * @param page the page it would be, for the message
     * @return the URL, when it is on the base URL's origin
     * @throws ApiCallException when it points elsewhere (the token must not follow it)
     */
    public URI sameOrigin(String next, String endpoint, int page) {
        URI u;
        try {
            u = URI.create(next);
        } catch (IllegalArgumentException e) {
            throw new ApiCallException(system, endpoint, page, 0, "the next-page link is not a URL");
        }
        URI b = settings.baseUrl();
        if (!u.isAbsolute()) {
            u = b.resolve(u);
        }
        if (!Objects.equals(lower(u.getScheme()), lower(b.getScheme()))
                || !lower(u.getHost()).equals(lower(b.getHost()))
                || port(u) != port(b)) {
            throw new ApiCallException(system, endpoint, page, 0, "the next-page link points to another host ("
                    + u.getHost() + "); refused so the token is not sent there");
        }
        return u;
    }

    /**
     * @param uri the URL (on the base URL's origin)
     * @param page the page number, from 1, for messages
     * @return the page
     * @throws ApiCallException when the call fails after the allowed retries, or the body is malformed or too large
     */
    public Response get(URI uri, int page) {
        String endpoint = uri.getRawPath();
        if (page > settings.maxPages()) {
            throw new ApiCallException(system, endpoint, page, 0, "more than " + settings.maxPages()
                    + " pages; stopped (raise the page size or narrow the dates)");
        }
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + settings.token().secret());
        extraHeaders.forEach(rb::header);
        HttpRequest request = rb.build();
        for (int attempt = 0;; attempt++) {
            boolean last = attempt >= settings.maxRetries();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                LOG.debug("{} GET {} page {}: timed out (attempt {})", system, endpoint, page, attempt + 1);
                if (last) {
                    throw new ApiCallException(system, endpoint, page, 0, "no response within "
                            + settings.requestTimeout().toSeconds() + " s, " + (attempt + 1) + " tries");
                }
                pause(backoff(attempt), endpoint, page);
                continue;
            } catch (IOException e) {
                LOG.debug("{} GET {} page {}: {} (attempt {})", system, endpoint, page, e.getClass().getSimpleName(),
                        attempt + 1);
                if (last) {
                    throw new ApiCallException(system, endpoint, page, 0, "connection failed ("
                            + e.getClass().getSimpleName() + ") after " + (attempt + 1) + " tries");
                }
                pause(backoff(attempt), endpoint, page);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiCallException(system, endpoint, page, 0, "interrupted");
            }
            int status = response.statusCode();
            LOG.debug("{} GET {} page {}: HTTP {}", system, endpoint, page, status);
            if (status >= 200 && status < 300) {
                Response ok = new Response(parse(read(response, endpoint, page), endpoint, page, status),
                        response.headers());
                settings.pages().fetched(endpoint, page);
                return ok;
            }
            discard(response);
            if (status == 429) {
                if (last) {
                    throw new ApiCallException(system, endpoint, page, status, "still rate-limited after "
                            + settings.maxRetries() + " retries; try again later");
                }
                pause(retryAfter(response.headers()).orElse(backoff(attempt)), endpoint, page);
            } else if (status >= 500) {
                if (last) {
                    throw new ApiCallException(system, endpoint, page, status, "server error after "
                            + settings.maxRetries() + " retries; try again later");
                }
                pause(backoff(attempt), endpoint, page);
            } else {
                throw new ApiCallException(system, endpoint, page, status, problem(status));
            }
        }
    }

    /**
     * @param body a page's body
     * @param endpoint for the message
     * @param page for the message
     * @param keys names the records' array may have in an object body
     * @return the records: the body itself when it is an array, else the first of {@code keys} that is an array
     * @throws ApiCallException when there is no such array
     */
    public JsonNode records(JsonNode body, String endpoint, int page, String... keys) {
        if (body.isArray()) {
            return body;
        }
        for (String k : keys) {
            JsonNode n = body.get(k);
            if (n != null && n.isArray()) {
                return n;
            }
        }
        throw new ApiCallException(system, endpoint, page, 200, "the body holds no array of records ("
                + String.join(", ", keys) + ")");
    }

    private String problem(int status) {
        return switch (status) {
            case 401 -> "the access token was refused (expired or revoked); get a new token (" + tokenHint + ")";
            case 403 -> "the access token may not read this endpoint; grant the app read access to it";
            case 404 -> "not found; check --base-url (the region) and the ids given";
            case 410 -> "this API version is gone; give another --api-version or none";
            default -> "unexpected status";
        };
    }

    private byte[] read(HttpResponse<InputStream> response, String endpoint, int page) {
        long max = settings.maxResponseBytes();
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > max) {
                    throw new ApiCallException(system, endpoint, page, response.statusCode(), "response larger than "
                            + max + " bytes; refused (lower --page-size)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiCallException(system, endpoint, page, response.statusCode(), "the response broke off ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonNode parse(byte[] body, String endpoint, int page, int status) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isContainerNode()) {
                throw new ApiCallException(system, endpoint, page, status, "the body is not a JSON object or array");
            }
            return node;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new ApiCallException(system, endpoint, page, status, "malformed JSON at line " + line + ", column "
                    + col + "; nothing was imported");
        } catch (IOException e) {
            throw new ApiCallException(system, endpoint, page, status, "unreadable body");
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            in.skip(64 * 1024);
        } catch (IOException ignored) {
            // the body of an error is never used
        }
    }

    private Duration backoff(int attempt) {
        Duration d = settings.initialBackoff().multipliedBy(1L << Math.min(attempt, 20));
        return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
    }

    /** Retry-After in seconds or as an HTTP date, at most the longest back-off. */
    private Optional<Duration> retryAfter(HttpHeaders headers) {
        Optional<String> v = headers.firstValue("Retry-After").map(String::strip);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Math.max(0, Long.parseLong(v.get())));
        } catch (NumberFormatException e) {
            try {
                Instant when = ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                d = Duration.between(settings.clock().instant(), when);
                d = d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException ex) {
                return Optional.empty();
            }
        }
        return Optional.of(d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d);
    }

    private void pause(Duration d, String endpoint, int page) {
        try {
            settings.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiCallException(system, endpoint, page, 0, "interrupted while waiting to retry");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
