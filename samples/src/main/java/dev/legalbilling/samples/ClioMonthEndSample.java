package dev.legalbilling.samples;

import com.sun.net.httpserver.HttpServer;
import dev.legalbilling.connect.AccessToken;
import dev.legalbilling.connect.ConnectSettings;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.clio.ClioClient;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.matter.DraftRequest;
import dev.legalbilling.matter.InvoiceDrafts;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.rules.Action;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.Finding;
import dev.legalbilling.rules.GuidelineProfile;
import dev.legalbilling.rules.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * For a billing manager: a small firm's month-end from Clio, end to end. Import March's unbilled work from Clio's
 * API (here a fixture server on 127.0.0.1 answering as Clio documents its API), write the matter file and work file
 * {@code billing invoice} reads, draft the invoice, check it against the bundled guideline pack, and write the
 * corrected LEDES 1998B with the checks' adjustments applied.
 *
 * <p>The fixture firm: partner Hale and associate Okafor on matter 2026-0042. One entry was billed in February and
 * is skipped; one arrives with {@code quantity} in seconds only (4,500 s) and is imported as 1.25 hours, never
 * 4,500. The partner's 11 hours on 2 March and the associate's 9-hour entry are what the checks find.
 */
public final class ClioMonthEndSample {
    private ClioMonthEndSample() {
    }

    /**
     * Runs the month-end.
     *
     * @param args the directory to write into (default: a new temporary directory)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("month-end");
        LocalDate march1 = LocalDate.of(2026, 3, 1);
        LocalDate march31 = LocalDate.of(2026, 3, 31);
        HttpServer clio = fixtureServer();
        try {
            // 1. import: in production the base URL is ClioRegion.US.baseUrl() and the token comes from CLIO_TOKEN
            URI base = URI.create("http://127.0.0.1:" + clio.getAddress().getPort());
            ClioClient client = new ClioClient(ConnectSettings.builder(base, AccessToken.of("sample-token")).build());
            MappingOptions mapping = MappingOptions.defaults("13-4567890")
                    .withClassifications(Map.of("1001", TimekeeperClassification.PARTNR),
                            TimekeeperClassification.ASSOC);
            ImportResult imported = client.fetch(ImportQuery.between(march1, march31), mapping);
            imported.summary().forEach(System.out::println);
            imported.write(dir.resolve("work-{matter}.csv"), dir.resolve("matter-{matter}.yaml"));
        } finally {
            clio.stop(0);
        }

        // 2. draft, from the files just written, as `billing invoice` would
        MatterFile matterFile = MatterFile.read(dir.resolve("matter-2026-0042.yaml"));
        WorkFile work = WorkFile.read(dir.resolve("work-2026-0042.csv"), matterFile);
        Invoice invoice = InvoiceDrafts.draft(DraftRequest.builder(matterFile.matter(),
                InvoiceNumber.of("2026-0042-202603"), march1, march31).invoiceDate(LocalDate.of(2026, 4, 1))
                .timekeepers(matterFile.timekeepers()).time(work.time()).expenses(work.expenses())
                .lawFirmId(matterFile.lawFirmId()).build()).invoice();
        System.out.println("Draft " + invoice.number() + ": " + invoice.lines().size() + " lines, " + invoice.total());

        // 3. check, and 4. write the corrected LEDES with the adjustments the checks suggest
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            // the client's guidelines: hours over the daily cap or the per-entry cap are written off, not just flagged
            GuidelineProfile profile = GuidelineProfile.builder("acme-ocg")
                    .action("OCG-DAILY-HOURS", Action.ADJUST).action("OCG-LONG-ENTRY", Action.ADJUST).build();
            ComplianceReport report = engine.check(invoice, matterFile.matter(), profile);
            for (Finding f : report.findings()) {
                System.out.println(f.severity() + " " + f.ruleId() + " line " + f.lineItemNumber() + " ("
                        + f.action() + ")");
            }
            Invoice adjusted = report.applyTo(invoice);
            Path ledes = dir.resolve("2026-0042-202603.ledes");
            LedesWriter.of(LedesFormat.B1998).write(List.of(LedesInvoice.of(adjusted)), ledes);
            System.out.println("Adjusted LEDES 1998B: " + adjusted.lines().size() + " lines, " + adjusted.total());
        }
    }

    /** Answers as Clio's API v4 would, from the JSON files under {@code clio-month-end/}. */
    private static HttpServer fixtureServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v4/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            String file = switch (path) {
                case "/api/v4/users.json" -> "users.json";
                case "/api/v4/matters.json" -> "matters.json";
                case "/api/v4/activities.json" -> query != null && query.contains("page_token=2")
                        ? "activities-2.json" : "activities-1.json";
                default -> null;
            };
            byte[] body = file == null ? new byte[0] : resource(file)
                    .replace("${base}", "http://127.0.0.1:" + server.getAddress().getPort())
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(file == null ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String resource(String name) {
        try (InputStream in = ClioMonthEndSample.class.getResourceAsStream("/clio-month-end/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
