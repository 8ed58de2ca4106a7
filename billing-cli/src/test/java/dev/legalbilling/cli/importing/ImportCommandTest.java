package dev.legalbilling.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.cli.Cli;
import dev.legalbilling.connect.testing.FixtureServer;
import dev.legalbilling.connect.testing.FixtureServer.Reply;
import dev.legalbilling.connect.testing.VendorFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static {
        // the connect module's request log at DEBUG, so the token test sees every log line there is
        System.setProperty("org.slf4j.simpleLogger.log.dev.legalbilling.connect", "debug");
    }

    @TempDir
    Path dir;

    private final FixtureServer server = new FixtureServer();
    private Path tokenFile;

    /** One run, with everything it printed: the CLI's streams and the JVM's (where the log goes). */
    record Run(int exit, String out, String err, String jvmOut, String jvmErr) {
        String everything() {
            return out + err + jvmOut + jvmErr;
        }
    }

    @BeforeEach
    void token() throws IOException {
        tokenFile = Files.writeString(dir.resolve("clio.token"), VendorFixtures.TOKEN + "\n");
    }

    @AfterEach
    void stop() {
        server.close();
        ImportRun.environment = System.getenv();
    }

    private Run run(String... args) {
        ByteArrayOutputStream jvmOut = new ByteArrayOutputStream();
        ByteArrayOutputStream jvmErr = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        Cli.Result r;
        try {
            System.setOut(new PrintStream(jvmOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(jvmErr, true, StandardCharsets.UTF_8));
            r = Cli.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(r.code(), r.out(), r.err(), jvmOut.toString(StandardCharsets.UTF_8),
                jvmErr.toString(StandardCharsets.UTF_8));
    }

    private List<String> clioArgs(String... more) {
        List<String> args = new ArrayList<>(List.of("import", "clio", "--base-url", server.baseUrl().toString(),
                "--token-file", tokenFile.toString(), "--since", "2026-03-01", "--until", "2026-03-31",
                "--law-firm-id", "13-4567890", "--max-retries", "0",
                "--out", dir.resolve("work-{matter}.csv").toString(),
                "--matters-out", dir.resolve("matter-{matter}.yaml").toString()));
        args.addAll(List.of(more));
        return args;
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void importsClioIntoFilesThatBillingInvoiceDrafts() {
        VendorFixtures.clio(server);

        Run r = run(clioArgs().toArray(String[]::new));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("clio: 2 matters, 3 time entries (4.5 h, USD 1,125.00 billable), 1 expense"
                + " (USD 125.40)", "skipped 1 time entry: already billed in clio",
                "skipped 1 time entry: in EUR; the matters bill in USD (--currency)",
                "skipped 1 time entry: its matter is not listed by clio (deleted, or no access)",
                "written: " + dir.resolve("work-00042-Acme.csv"));
        assertThat(r.err()).contains("billing: warning: matter 00043-Brown is billed 'flat' in clio");
        Run invoice = run("invoice", "--matter", dir.resolve("matter-00042-Acme.yaml").toString(), "--work",
                dir.resolve("work-00042-Acme.csv").toString(), "--period", "2026-03", "--format", "ledes98b",
                "--out", dir.resolve("acme.ledes").toString());
        assertThat(invoice.exit()).as(invoice.err()).isZero();
        assertThat(invoice.out()).contains("total USD 800.40");
    }

    @Test
    void theTokenNeverAppearsInOutputErrorsOrLogs() {
        VendorFixtures.clio(server);
        Run ok = run(clioArgs().toArray(String[]::new));
        server.on("/api/v4/users.json", Reply.status(401));
        Run refused = run(clioArgs("--debug").toArray(String[]::new));
        ImportRun.environment = Map.of("CLIO_TOKEN", VendorFixtures.TOKEN);
        List<String> viaEnv = clioArgs();
        viaEnv.removeAll(List.of("--token-file", tokenFile.toString()));
        Run env = run(viaEnv.toArray(String[]::new));

        assertThat(ok.exit()).isZero();
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(env.exit()).isEqualTo(2);
        assertThat(ok.jvmErr()).as("the request log was captured").contains("GET /api/v4/activities.json page 2:"
                + " HTTP 200");
        for (Run r : List.of(ok, refused, env)) {
            assertThat(r.everything()).doesNotContain(VendorFixtures.TOKEN).doesNotContain("9f8e7d6c5b4a");
        }
        assertThat(server.requests()).anySatisfy(q -> assertThat(q.authorization()).contains(VendorFixtures.TOKEN));
    }

    @Test
    void anExpiredTokenIsOneLineAndWritesNothing() throws IOException {
        server.on("/api/v4/users.json", Reply.status(401));

        Run r = run(clioArgs().toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().filter(l -> !l.startsWith("billing: warning"))).containsExactly("billing: clio: GET"
                + " /api/v4/users.json, page 1: HTTP 401: the access token was refused (expired or revoked); get a"
                + " new token (CLIO_TOKEN or --token-file)");
        assertThat(files()).containsExactly("clio.token");
    }

    @Test
    void aFailureOnTheLastPageWritesNothing() throws IOException {
        VendorFixtures.clio(server);
        server.on("/api/v4/activities.json?page_token=P2", Reply.status(500));
        Files.writeString(dir.resolve("work-00042-Acme.csv"), "kept");

        Run r = run(clioArgs().toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("billing: clio: GET /api/v4/activities.json, page 2: HTTP 500: server error"
                + " after 0 retries");
        assertThat(files()).containsExactly("clio.token", "work-00042-Acme.csv");
        assertThat(Files.readString(dir.resolve("work-00042-Acme.csv"))).isEqualTo("kept");
    }

    @Test
    void theSecondRunWithACheckpointAsksOnlyForChanges() throws IOException {
        VendorFixtures.clio(server);
        Path checkpoint = dir.resolve("sync.json");

        assertThat(run(clioArgs("--checkpoint", checkpoint.toString()).toArray(String[]::new)).exit()).isZero();
        Run second = run(clioArgs("--checkpoint", checkpoint.toString()).toArray(String[]::new));

        assertThat(Files.readString(checkpoint)).contains("\"clio\"");
        assertThat(second.out()).contains("incremental: only records changed since");
        List<FixtureServer.Request> firstPages = server.requests().stream()
                .filter(q -> q.path().equals("/api/v4/activities.json") && !q.query().contains("page_token")).toList();
        assertThat(firstPages).hasSize(2);
        assertThat(firstPages.get(0).query()).doesNotContain("updated_since");
        assertThat(firstPages.get(1).query()).contains("updated_since=");
    }

    @Test
    void importsClioActivitiesTemplateCsv() throws IOException {
        Path csv = Files.writeString(dir.resolve("activities.csv"), """
                matter,date,activity_description,note,price,quantity,type,activity_user,non_billable,utbms_task,utbms_activity
                00042-Acme,03/02/2026,Drafting,Draft complaint,450,1.5,,Margaret Hale,,L210,A103
                """);

        Run r = run("import", "clio", "--file", csv.toString(), "--layout", "template", "--law-firm-id", "X1",
                "--out", dir.resolve("work.yaml").toString(), "--matters-out", dir.resolve("matter.yaml").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("clio: 1 matter, 1 time entry (1.5 h, USD 675.00 billable)");
        assertThat(Files.readString(dir.resolve("work.yaml"))).contains("hours: \"1.5\"");
    }

    @Test
    void mycaseNeedsDefaultCodesAndSaysSo() {
        VendorFixtures.myCase(server);

        Run r = run("import", "mycase", "--base-url", server.baseUrl().toString(), "--token-file",
                tokenFile.toString(), "--since", "2026-03-01", "--until", "2026-03-31", "--law-firm-id", "X1",
                "--out", dir.resolve("work.csv").toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("skipped 1 time entry: no UTBMS task code (give --default-task-code)",
                "nothing to write");
    }

    @Test
    void theApiNeedsDates() {
        Run r = run("import", "practicepanther", "--token-file", tokenFile.toString(), "--out", "w.csv");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("billing: --since is required when importing from the practicepanther API");
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("import", "clio", "--help");

        assertThat(r.out()).contains("Exit codes:", "--matters-out", "--token-file", "--base-url", "--checkpoint");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("2 bad usage, unreadable or invalid input", "a failed API"
                + " call").doesNotContain("1 findings at ERROR severity");
    }
}
