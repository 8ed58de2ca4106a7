package dev.legalbilling.cli.importing;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.connect.AccessToken;
import dev.legalbilling.connect.Checkpoint;
import dev.legalbilling.connect.ConnectSettings;
import dev.legalbilling.connect.CsvLayout;
import dev.legalbilling.connect.ImportQuery;
import dev.legalbilling.connect.ImportResult;
import dev.legalbilling.connect.MappingOptions;
import dev.legalbilling.connect.WorkSource;
import dev.legalbilling.connect.clio.ClioClient;
import dev.legalbilling.connect.clio.ClioCsv;
import dev.legalbilling.connect.clio.ClioRegion;
import dev.legalbilling.connect.mycase.MyCaseClient;
import dev.legalbilling.connect.mycase.MyCaseCsv;
import dev.legalbilling.connect.practicepanther.PracticePantherClient;
import dev.legalbilling.connect.practicepanther.PracticePantherCsv;
import dev.legalbilling.fee.BillingIncrement;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.Jurisdiction;
import dev.legalbilling.party.TimekeeperClassification;
import dev.legalbilling.utbms.UtbmsCodeSet;
import java.io.Console;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the three {@code billing import} subcommands share: the options and the run. Reads everything first, then
 * writes every file at once (so a failed or partial download writes nothing), then the checkpoint. Prints the
 * summary on standard output (counts, hours, amounts, skipped with reasons; never narratives, client names or the
 * token) and the warnings on standard error. Not thread-safe; picocli makes one per run.
 */
abstract class ImportRun implements Callable<Integer> {
    /** The environment the token variables are read from; tests replace it. */
    static Map<String, String> environment = System.getenv();

    private final String system;

    @Spec
    CommandSpec spec;

    @Option(names = "--matter", paramLabel = "ID",
            description = "Only this matter (number or system id); repeatable. Default: every matter with work.")
    List<String> matters = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD",
            description = "First day of work (required for the API; default for --file: no limit).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD",
            description = "Last day of work (required for the API; default for --file: no limit).")
    String until;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "unbilled",
            description = "unbilled (billable and no-charge work) or billable (no-charge left out); billed work is"
                    + " never imported. Default: ${DEFAULT-VALUE}.")
    ImportQuery.Status status;

    @Option(names = "--out", required = true, paramLabel = "WORK_FILE",
            description = "Work file to write (.csv, .json, .yaml); with several matters put {matter} in the name.")
    Path out;

    @Option(names = "--matters-out", paramLabel = "MATTER_FILE",
            description = "Matter file to write (.yaml, .json); with several matters put {matter} in the name.")
    Path mattersOut;

    @Option(names = "--file", paramLabel = "EXPORT.csv",
            description = "Read the system's CSV export instead of calling its API.")
    Path file;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "export",
            description = "CSV layout: export, or for clio also template (the activities import template)."
                    + " Default: ${DEFAULT-VALUE}.")
    String layout;

    @Option(names = "--column", paramLabel = "FIELD=HEADER",
            description = "Rename a CSV column of the layout, e.g. HOURS=Duration; repeatable.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--date-format", paramLabel = "PATTERN",
            description = "Date pattern of the CSV, e.g. dd/MM/yyyy (default MM/dd/yyyy; ISO dates always read).")
    String dateFormat;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the OAuth access token (default: the system's environment variable).")
    Path tokenFile;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "API host: a regional host, a proxy, or a test server.")
    URI baseUrl;

    @Option(names = "--region", paramLabel = "REGION",
            description = "clio: us, eu, ca or au (default us); ignored with --base-url.")
    String region;

    @Option(names = "--api-version", paramLabel = "V",
            description = "clio: pin X-API-VERSION (default: Clio's default version).")
    String apiVersion;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "0",
            description = "Records per page (default: clio 200, practicepanther 100, mycase 100).")
    int pageSize;

    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5",
            description = "Retries of a throttled (429) or failing (5xx, timeout) request. Default: ${DEFAULT-VALUE}.")
    int maxRetries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds to wait for one response. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Incremental: ask only for records changed since the run recorded here, then record this"
                    + " run. The work file then holds what changed.")
    Path checkpoint;

    @Option(names = "--law-firm-id", paramLabel = "ID",
            description = "LEDES LAW_FIRM_ID for the matter files (the systems do not give it).")
    String lawFirmId;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
            description = "Currency of the matters; work in another currency is skipped. Default: ${DEFAULT-VALUE}.")
    String currency;

    @Option(names = "--jurisdiction", paramLabel = "CODE", defaultValue = "US",
            description = "Jurisdiction of the matters, e.g. US-NY. Default: ${DEFAULT-VALUE}.")
    String jurisdiction;

    @Option(names = "--code-set", paramLabel = "SET", defaultValue = "LITIGATION",
            description = "UTBMS code set: LITIGATION, BANKRUPTCY, PROJECT, COUNSELING. Default: ${DEFAULT-VALUE}.")
    UtbmsCodeSet codeSet;

    @Option(names = "--billing-increment", paramLabel = "HOURS", defaultValue = "exact",
            description = "Increment of the imported hourly arrangement, e.g. 0.1 (up), or exact (the system"
                    + " already rounded). Default: ${DEFAULT-VALUE}.")
    String increment;

    @Option(names = "--default-classification", paramLabel = "CODE", defaultValue = "ASSOC",
            description = "LEDES classification of users without --classification. Default: ${DEFAULT-VALUE}.")
    TimekeeperClassification defaultClassification;

    @Option(names = "--classification", paramLabel = "USER=CODE",
            description = "LEDES classification of a user (system id or timekeeper id), e.g. 1001=PARTNR;"
                    + " repeatable.")
    List<String> classifications = new ArrayList<>();

    @Option(names = "--default-task-code", paramLabel = "CODE",
            description = "UTBMS task code for work without one (else it is skipped).")
    String defaultTaskCode;

    @Option(names = "--default-activity-code", paramLabel = "CODE",
            description = "UTBMS activity code for work without one (else it is skipped).")
    String defaultActivityCode;

    @Option(names = "--default-expense-code", paramLabel = "CODE",
            description = "UTBMS expense code for expenses without one (else they are skipped).")
    String defaultExpenseCode;

    ImportRun(String system) {
        this.system = system;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MappingOptions mapping = mapping(err);
        ImportQuery query = query();
        Checkpoint checkpointed = checkpoint == null ? Checkpoint.empty() : Checkpoint.read(checkpoint);
        if (checkpoint != null) {
            query = query.changedSince(checkpointed.lastSync(system).orElse(null));
        }
        Progress progress = new Progress(err, system);
        ImportResult result;
        try {
            result = source(progress).fetch(query, mapping);
        } finally {
            progress.finish();
        }
        List<Path> written = result.write(out, mattersOut);
        if (checkpoint != null) {
            checkpointed.with(system, result.startedAt()).write(checkpoint);
        }
        List<String> summary = result.summary();
        stdout.println(summary.get(0));
        if (query.updatedSince() != null) {
            stdout.println("incremental: only records changed since " + query.updatedSince());
        }
        summary.stream().skip(1).filter(l -> l.startsWith("skipped")).forEach(stdout::println);
        summary.stream().filter(l -> l.startsWith("warning: ")).forEach(l -> err.println("billing: " + l));
        if (written.isEmpty()) {
            stdout.println("nothing to write: no matter has work to import");
        } else {
            written.forEach(p -> stdout.println("written: " + p));
        }
        stdout.flush();
        err.flush();
        return ExitCodes.CLEAN;
    }

    private WorkSource source(Progress progress) {
        if (file != null) {
            CsvLayout l = csvLayout();
            for (String c : columns) {
                l = l.withColumn(c);
            }
            if (dateFormat != null) {
                l = l.withDatePattern(dateFormat);
            }
            return switch (system) {
                case "clio" -> new ClioCsv(file, l, Clock.systemUTC());
                case "practicepanther" -> new PracticePantherCsv(file, l, Clock.systemUTC());
                default -> new MyCaseCsv(file, l, Clock.systemUTC());
            };
        }
        ConnectSettings settings = ConnectSettings.builder(baseUrl(), token())
                .apiVersion(apiVersion).pageSize(pageSize).maxRetries(maxRetries)
                .requestTimeout(Duration.ofSeconds(Math.max(1, timeout)))
                .pages(progress::page)
                .build();
        return switch (system) {
            case "clio" -> new ClioClient(settings);
            case "practicepanther" -> new PracticePantherClient(settings);
            default -> new MyCaseClient(settings);
        };
    }

    private CsvLayout csvLayout() {
        String l = layout.strip().toLowerCase(Locale.ROOT);
        if (l.equals("template") && system.equals("clio")) {
            return ClioCsv.TEMPLATE;
        }
        if (!l.equals("export")) {
            throw new InvalidValueException("--layout", layout, system.equals("clio") ? "must be export or template"
                    : "must be export");
        }
        return switch (system) {
            case "clio" -> ClioCsv.EXPORT;
            case "practicepanther" -> PracticePantherCsv.EXPORT;
            default -> MyCaseCsv.EXPORT;
        };
    }

    private URI baseUrl() {
        if (baseUrl != null) {
            return baseUrl;
        }
        return switch (system) {
            case "clio" -> (region == null ? ClioRegion.US : ClioRegion.of(region)).baseUrl();
            case "practicepanther" -> PracticePantherClient.DEFAULT_BASE_URL;
            default -> MyCaseClient.DEFAULT_BASE_URL;
        };
    }

    private AccessToken token() {
        if (tokenFile != null) {
            return AccessToken.fromFile(tokenFile);
        }
        String variable = switch (system) {
            case "clio" -> ClioClient.TOKEN_VARIABLE;
            case "practicepanther" -> PracticePantherClient.TOKEN_VARIABLE;
            default -> MyCaseClient.TOKEN_VARIABLE;
        };
        return AccessToken.fromEnvironment(environment, variable);
    }

    private ImportQuery query() {
        LocalDate from = date("--since", since);
        LocalDate to = date("--until", until);
        if (file == null && (from == null || to == null)) {
            throw new InvalidValueException(from == null ? "--since" : "--until", null, "is required when importing"
                    + " from the " + system + " API");
        }
        return new ImportQuery(from == null ? LocalDate.of(1, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31)
                : to, matters, status, null);
    }

    private MappingOptions mapping(PrintWriter err) {
        String firm = lawFirmId;
        if (firm == null) {
            firm = "LAW-FIRM-ID";
            err.println("billing: warning: no --law-firm-id: the matter files say LAW_FIRM_ID 'LAW-FIRM-ID'; give"
                    + " the firm's LEDES id (in the US its tax id)");
        }
        Map<String, TimekeeperClassification> byUser = new LinkedHashMap<>();
        for (String c : classifications) {
            int eq = c.indexOf('=');
            if (eq < 1) {
                throw new InvalidValueException("--classification", c, "must be USER=CODE, e.g. 1001=PARTNR");
            }
            if (!TimekeeperClassification.isKnown(c.substring(eq + 1))) {
                throw new InvalidValueException("--classification", c.substring(eq + 1), "is not a LEDES timekeeper"
                        + " classification (PARTNR, ASSOC, PARALG, ...)");
            }
            TimekeeperClassification tc = TimekeeperClassification.fromCode(c.substring(eq + 1));
            byUser.put(c.substring(0, eq).strip(), tc);
        }
        return new MappingOptions(firm, Money.currency(currency), Jurisdiction.of(jurisdiction), codeSet,
                defaultClassification, byUser, upper(defaultTaskCode), upper(defaultActivityCode),
                upper(defaultExpenseCode), increment());
    }

    private BillingIncrement increment() {
        if (increment.equalsIgnoreCase("exact")) {
            return BillingIncrement.exact();
        }
        try {
            return BillingIncrement.up(increment.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("--billing-increment", increment, "must be exact or decimal hours such"
                    + " as 0.1");
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(option, text, "must be a date as YYYY-MM-DD, e.g. 2026-03-31");
        }
    }

    /** Pages fetched, on standard error, only on a terminal. */
    static final class Progress {
        private final PrintWriter err;
        private final String system;
        private final boolean enabled;
        private int pages;

        Progress(PrintWriter err, String system) {
            this.err = err;
            this.system = system;
            Console console = System.console();
            this.enabled = console != null && isTerminal(console);
        }

        synchronized void page(String endpoint, int page) {
            pages++;
            if (enabled) {
                err.print("\rimporting from " + system + ": " + pages + " pages (" + endpoint + " page " + page
                        + ")          ");
                err.flush();
            }
        }

        synchronized void finish() {
            if (enabled) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }

        private static boolean isTerminal(Console console) {
            try {
                return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException e) {
                return true;
            }
        }
    }
}
