package dev.legalbilling.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol with the JDK's HTTP client WebSocket (no browser
 * driver library): each page is opened in a fresh tab with the Runtime, Log, Network and Page domains enabled, so
 * console errors, uncaught exceptions, log errors (a CSP refusal, a resource that failed) and every network request
 * other than the page's own {@code file:} URL are collected; then the page is screenshot whole. The browser listens
 * on 127.0.0.1 only, with a fresh profile directory, and is killed on close.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long WAIT_SECONDS = 60;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());

    /** What loading one page gave. */
    record Loaded(List<String> problems, byte[] png, JsonNode checks, long printOverflowA4, byte[] letterPdf,
            byte[] a4Pdf) {
    }

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static HeadlessChromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("billing-chromium-");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IOException("chromium ended without a DevTools address"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = url.get(WAIT_SECONDS, TimeUnit.SECONDS);
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ws), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String message = text.toString();
                                text.setLength(0);
                                self[0].receive(message);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(WAIT_SECONDS, TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(p, profile, socket);
            return self[0];
        } catch (ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("chromium did not start: " + e.getMessage(), e);
        }
    }

    private void receive(String message) {
        try {
            JsonNode node = JSON.readTree(message);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
                if (f != null) {
                    if (node.has("error")) {
                        f.completeExceptionally(new IOException("DevTools error: " + node.get("error")));
                    } else {
                        f.complete(node.get("result"));
                    }
                }
            } else {
                events.add(node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(JSON.writeValueAsString(message), true).get(WAIT_SECONDS, TimeUnit.SECONDS);
        return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * @param page an HTML file
     * @param width the viewport width in CSS pixels
     * @param checks a JavaScript expression evaluated after load, returning a JSON-serializable value
     * @return problems found, the full-page PNG and the value of the checks
     */
    Loaded load(Path page, int width, String checks) throws Exception {
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            send(session, domain + ".enable", Map.of());
        }
        send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", false));
        String url = page.toUri().toString();
        events.removeIf(e -> true);
        send(session, "Page.navigate", Map.of("url", url));
        waitFor(session, "Page.loadEventFired");
        JsonNode value = send(session, "Runtime.evaluate", Map.of("expression", "JSON.stringify(" + checks + ")",
                "returnByValue", true)).get("result").get("value");
        JsonNode checked = JSON.readTree(value.asText());
        JsonNode metrics = send(session, "Page.getLayoutMetrics", Map.of());
        long height = Math.min(16000, metrics.get("cssContentSize").get("height").asLong());
        send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        byte[] png = Base64.getDecoder().decode(send(session, "Page.captureScreenshot", Map.of("format", "png"))
                .get("data").asText());
        // printed: the print style sheet at the width of A4 less 12 mm margins (186 mm = 703 CSS px)
        send(session, "Emulation.setEmulatedMedia", Map.of("media", "print"));
        send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", 703, "height", 1000,
                "deviceScaleFactor", 1, "mobile", false));
        long overflow = send(session, "Runtime.evaluate", Map.of("expression",
                "document.documentElement.scrollWidth - document.documentElement.clientWidth", "returnByValue", true))
                .get("result").get("value").asLong();
        byte[] letter = pdf(session, 8.5, 11);
        byte[] a4 = pdf(session, 8.27, 11.69);
        List<String> problems = problems(session, url);
        send(null, "Target.closeTarget", Map.of("targetId", target));
        return new Loaded(problems, png, checked, overflow, letter, a4);
    }

    private byte[] pdf(String session, double width, double height) throws Exception {
        return Base64.getDecoder().decode(send(session, "Page.printToPDF", Map.of("paperWidth", width,
                "paperHeight", height, "printBackground", true, "preferCSSPageSize", false)).get("data").asText());
    }

    private void waitFor(String session, String method) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            synchronized (events) {
                for (JsonNode e : events) {
                    if (method.equals(e.path("method").asText()) && session.equals(e.path("sessionId").asText())) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new TimeoutException(method + " not received");
    }

    private List<String> problems(String session, String pageUrl) {
        List<String> problems = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events) {
                if (!session.equals(e.path("sessionId").asText())) {
                    continue;
                }
                JsonNode p = e.path("params");
                switch (e.path("method").asText()) {
                    case "Runtime.consoleAPICalled" -> {
                        String type = p.path("type").asText();
                        if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                            problems.add("console " + type + ": " + p.path("args"));
                        }
                    }
                    case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
                    case "Log.entryAdded" -> {
                        String level = p.path("entry").path("level").asText();
                        if (level.equals("error") || level.equals("warning")) {
                            problems.add("log " + level + ": " + p.path("entry").path("text").asText() + " "
                                    + p.path("entry").path("url").asText());
                        }
                    }
                    case "Network.loadingFailed" -> problems.add("failed request: " + p);
                    case "Network.requestWillBeSent" -> {
                        String url = p.path("request").path("url").asText();
                        if (!url.equals(pageUrl) && !url.startsWith("data:")) {
                            problems.add("request: " + url);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return problems;
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
