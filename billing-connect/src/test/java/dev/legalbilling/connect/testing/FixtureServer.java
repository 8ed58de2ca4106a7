package dev.legalbilling.connect.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on 127.0.0.1 that answers each path with queued responses (the last one repeats), shaped as
 * the vendors document theirs, and records every request. For tests of the API clients and the CLI.
 */
public final class FixtureServer implements AutoCloseable {
    /** A canned response. */
    public record Reply(int status, Map<String, String> headers, String body) {
        /** @param body JSON @return a 200 with that body */
        public static Reply ok(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }

        /** @param status status @return an empty error response */
        public static Reply status(int status) {
            return new Reply(status, Map.of(), "{\"error\":{\"type\":\"x\",\"message\":\"no\"}}");
        }
    }

    /** A request as received. */
    public record Request(String path, String query, String authorization, Map<String, List<String>> headers) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new HashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    /** Starts the server on a free port of 127.0.0.1. */
    public FixtureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** @return {@code http://127.0.0.1:PORT} */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Sets the replies for a path, optionally with a query fragment the request must contain ({@code path?frag}),
     * replacing any set before.
     *
     * @param key the path, or path and a query fragment separated by {@code ?}
     * @param rs the replies in order; the last repeats
     * @return this server
     */
    public synchronized FixtureServer on(String key, Reply... rs) {
        replies.put(key, new ArrayDeque<>(List.of(rs)));
        return this;
    }

    /** @return the requests so far */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        requests.add(new Request(path, query, ex.getRequestHeaders().getFirst("Authorization"),
                Map.copyOf(ex.getRequestHeaders())));
        Reply r = next(path, query);
        byte[] body = r.body().replace("${base}", baseUrl().toString()).getBytes(StandardCharsets.UTF_8);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v.replace("${base}", baseUrl().toString())));
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private synchronized Reply next(String path, String query) {
        Deque<Reply> q = null;
        for (Map.Entry<String, Deque<Reply>> e : replies.entrySet()) {
            String key = e.getKey();
            int at = key.indexOf('?');
            String p = at < 0 ? key : key.substring(0, at);
            String frag = at < 0 ? null : key.substring(at + 1);
            if (p.equals(path) && frag != null && query.contains(frag)) {
                q = e.getValue();
                break;
            }
        }
        if (q == null) {
            q = replies.get(path);
        }
        if (q == null || q.isEmpty()) {
            return Reply.status(404);
        }
        return q.size() > 1 ? q.poll() : q.peek();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
