package dev.legalbilling.cli.check;

import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.cli.internal.PriorFeesOption;
import dev.legalbilling.cli.rules.InputFileException;
import dev.legalbilling.cli.rules.IsolationOption;
import dev.legalbilling.cli.rules.RuleFilesException;
import dev.legalbilling.cli.rules.RuleOptions;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.EthicsRecords;
import dev.legalbilling.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code billing check FILE...}: reads LEDES 1998B / 98BI V2 (told by the header) and JSON invoices, validates the
 * format under the receiver's dialect, runs the default rule packs ({@code guideline}, {@code ethics}), the packs
 * named with {@code --pack} and the rule files named with {@code --rules}, and prints the report as text or JSON
 * ({@code docs/report-json.md}). Many files (or a directory) are checked on all cores with one shared engine.
 *
 * <p>Exit codes: 0 clean; 1 findings at ERROR severity or rejected lines; 2 bad usage, unreadable input, format
 * errors in a file, or rule files that fail to load.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks LEDES 1998B/98BI and JSON invoices: the file format under a receiver's dialect, then"
            + " the billing-guideline and ethics rule packs and your own rule files.",
            "A directory is searched for invoice files; many files are checked on all cores."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.FINDINGS, ExitCodes.USAGE_OR_INPUT})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "LEDES or JSON invoice files, or directories of them.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "FILE|ID",
            description = "Guideline profile (YAML or JSON, see docs/profiles.md): the client's thresholds, team, "
                    + "rates and per-rule settings; or a bundled profile id (ocg-defaults).")
    Path profile;

    @Option(names = "--profiles", paramLabel = "DIR|CATALOG",
            description = "Pick each invoice's profile by client, practice area and date: a directory of profile "
                    + "files or a profile catalogue (docs/profiles.md). The report names the profile per invoice.")
    Path profiles;

    @Option(names = "--matter", paramLabel = "FILE",
            description = "Matter file (docs/invoice-files.md) of the invoices' matter: its budget, code set, "
                    + "jurisdiction and fee agreement reach the rules, its timekeepers' bar admission years the "
                    + "invoices' timekeepers (LEDES has no field for them) (repeatable, one per matter; invoices "
                    + "are matched by LAW_FIRM_MATTER_ID).")
    List<Path> matters = new ArrayList<>();

    @CommandLine.Mixin
    PriorFeesOption priorFees = new PriorFeesOption();

    @Option(names = "--trust-journal", paramLabel = "FILE",
            description = "The firm's trust account journal (JSON Lines, as 'billing trust' reads it): the ethics "
                    + "pack's trust rules check the account and the invoice's client ledgers against it.")
    Path trustJournal;

    @Option(names = "--trust-statement", paramLabel = "FILE",
            description = "A bank statement of that account (needs --trust-journal): its three-way reconciliation "
                    + "is what the reconciliation rule checks (passed, and not overdue).")
    Path trustStatement;

    @Option(names = "--receivables", paramLabel = "FILE",
            description = "The firm's invoices file (as 'billing ar' reads it, needs --payments): with the payments "
                    + "file's records of collection steps, advance fees, closed matters and expense costs "
                    + "(docs/receivables-files.md) the ethics pack's collection, trust and expense rules see them.")
    Path receivables;

    @Option(names = "--payments", paramLabel = "FILE",
            description = "The payments file that goes with --receivables.")
    Path payments;

    @Option(names = "--across-invoices",
            description = "Also compare each invoice with the other invoices of the run: the ethics pack then finds "
                    + "the same hours billed on two invoices and days over 24 hours across clients (the files are "
                    + "read twice and every invoice is held in memory).")
    boolean acrossInvoices;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Date the trust records are judged at (YYYY-MM-DD). Default: each invoice's date.")
    LocalDate asOf;

    @CommandLine.Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--no-default-packs",
            description = "Do not run the default packs (guideline, ethics); only --pack and --rules.")
    boolean noDefaultPacks;

    @CommandLine.Mixin
    IsolationOption isolation = new IsolationOption();

    @Option(names = "--dialect", paramLabel = "DIALECT", defaultValue = "spec",
            description = "Receiver rules for the LEDES format: spec, legal-tracker, brightflag, collaborati, the"
                    + " exports of clio, practicepanther, mycase, or a dialect .properties file."
                    + " Default: ${DEFAULT-VALUE}.")
    String dialect;

    @CommandLine.Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.HTML);

    @Option(names = "--include-narratives",
            description = "With --format html: show the narrative of each line a finding is about (privileged text,"
                    + " for readers entitled to the invoice).")
    boolean includeNarratives;

    @Option(names = "--adjusted", paramLabel = "OUT.ledes",
            description = "Write the invoices as LEDES with the profile's adjustments applied (rules whose action"
                    + " is adjust or reject; with the default profile every rule only flags). The source header is"
                    + " kept and every total recomputed; written atomically, a new file readable by you only.")
    Path adjusted;

    @Option(names = "--apply-suggestions",
            description = "With --adjusted: apply every finding's suggested adjustment, not only the ones the"
                    + " profile's actions apply (the review accepts all suggestions).")
    boolean applySuggestions;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files checked at once. Default: the number of cores.")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was "
                    + workers);
        }
        if (includeNarratives && format.get() != OutputFormat.HTML) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--include-narratives needs --format html (text and JSON reports never print narratives)");
        }
        LedesDialect ledesDialect = Dialects.resolve(dialect);
        InvoiceInputs inputs = InvoiceInputs.expand(files);
        if (applySuggestions && adjusted == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--apply-suggestions needs --adjusted (it says which adjustments the written file gets)");
        }
        if (adjusted != null && adjusted.toAbsolutePath().getParent() != null
                && !Files.isDirectory(adjusted.toAbsolutePath().getParent())) {
            throw new InputFileException(adjusted, "cannot be written: its directory does not exist");
        }
        Map<MatterId, MatterFile> matterFiles = MatterFiles.read(matters);
        Map<MatterId, Matter> knownMatters = MatterFiles.matters(matterFiles);
        Map<MatterId, Money> prior = priorFees(knownMatters);
        EthicsContext ethics = ethicsContext(acrossInvoices ? InvoiceChecker.readAll(inputs.files(),
                LedesReader.builder().dialect(ledesDialect).build()) : List.of());
        CheckRun run;
        try (RuleEngine engine = rules.selection(!noDefaultPacks).load(err, isolation.isolation())) {
            if (engine.ruleSets().isEmpty()) {
                err.println("billing: note: no rule pack or rule file to run; only the file format is checked");
            }
            if (profile != null && profiles != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--profile and --profiles exclude each other: name one profile, or where to pick from");
            }
            ProfileFiles.Choice choice = profiles != null ? ProfileFiles.catalog(engine, profiles)
                    : ProfileFiles.single(profile == null ? null : ProfileFiles.readScoped(engine, profile));
            InvoiceChecker checker = new InvoiceChecker(engine, LedesReader.builder().dialect(ledesDialect).build(),
                    choice, matterFiles, prior, ethics, adjusted != null || format.get() == OutputFormat.HTML,
                    ProfileFiles.warnings(err));
            List<CheckedFile> checked = checkAll(checker, inputs.files(), workers, err);
            run = new CheckRun(checked, inputs.skipped().size(), ledesDialect.name(), choice.runProfileId(),
                    engine.ruleSets());
        } catch (RuleFilesException e) {
            e.lines().forEach(line -> err.println("billing: " + line));
            return ExitCodes.USAGE_OR_INPUT;
        }
        if (format.get() == OutputFormat.JSON) {
            JsonReport.print(out, run);
        } else if (format.get() == OutputFormat.HTML) {
            HtmlReport.print(out, run, includeNarratives);
        } else {
            TextReport.print(out, run);
        }
        if (adjusted != null) {
            writeAdjusted(run, err);
        }
        err.flush();
        return run.exitCode();
    }

    /**
     * @param otherInvoices every invoice of the run, for {@code --across-invoices}; empty otherwise
     * @return what the ethics rules check beyond each invoice, or null when no option asks for anything
     */
    private EthicsContext ethicsContext(List<Invoice> otherInvoices) {
        if (trustJournal == null && trustStatement != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--trust-statement needs --trust-journal (the reconciliation compares the two)");
        }
        if ((receivables == null) != (payments == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--receivables and --payments go together (the payments are posted to the invoices)");
        }
        EthicsRecords.Builder records = EthicsRecords.builder().trustJournal(trustJournal)
                .bankStatement(trustStatement).asOf(asOf).otherInvoices(otherInvoices);
        if (receivables != null) {
            records.receivables(receivables, payments);
        }
        EthicsRecords built = records.build();
        return built.isEmpty() ? null : built.read();
    }

    private Map<MatterId, Money> priorFees(Map<MatterId, Matter> known) {
        if (!priorFees.isSet()) {
            return Map.of();
        }
        if (known.size() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--prior-fees needs exactly one --matter, "
                    + "the matter whose earlier fees it gives (" + known.size() + " given)");
        }
        Matter matter = known.values().iterator().next();
        return Map.of(matter.id(), priorFees.in(matter.currency()));
    }

    private List<CheckedFile> checkAll(InvoiceChecker checker, List<InvoiceInputs.InvoiceFile> inputs, int workers,
            PrintWriter err) {
        if (inputs.size() == 1 || workers == 1) {
            return inputs.stream().map(checker::check).toList();
        }
        Progress progress = Progress.start(err, inputs.size());
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, inputs.size()), r -> {
            Thread t = new Thread(r, "billing-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckedFile>> futures = new ArrayList<>();
            for (InvoiceInputs.InvoiceFile f : inputs) {
                futures.add(pool.submit(() -> {
                    CheckedFile c = checker.check(f);
                    progress.step();
                    return c;
                }));
            }
            List<CheckedFile> results = new ArrayList<>();
            for (Future<CheckedFile> f : futures) {
                results.add(await(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    private static CheckedFile await(Future<CheckedFile> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeAdjusted(CheckRun run, PrintWriter err) {
        if (run.files().stream().anyMatch(CheckedFile::failed)) {
            err.println("billing: " + adjusted + " not written: the input has format errors or could not be"
                    + " checked");
            return;
        }
        List<CheckedInvoice> invoices = run.files().stream().flatMap(f -> f.invoices().stream()).toList();
        ComplianceReport.Apply which = applySuggestions ? ComplianceReport.Apply.ALL_SUGGESTIONS
                : ComplianceReport.Apply.PROFILE_ACTIONS;
        AdjustedInvoices.Written w = AdjustedInvoices.write(adjusted, invoices, which);
        err.println("billing: wrote " + TextReport.plural(w.invoices(), "invoice") + " to " + adjusted + " ("
                + w.format().header() + "): " + TextReport.plural(w.adjustmentLines(), "adjustment line") + ", "
                + TextReport.totals(w.writtenDown()) + " written down");
        if (w.adjustmentLines() == 0 && w.pendingSuggestions() > 0) {
            err.println("billing: no adjustment applied: the profile's rules only flag (action flag), and "
                    + TextReport.plural(w.pendingSuggestions(), "finding")
                    + (w.pendingSuggestions() == 1 ? " suggests" : " suggest") + " an adjustment;"
                    + " add --apply-suggestions to apply " + (w.pendingSuggestions() == 1 ? "it" : "them")
                    + ", or give those rules action ADJUST in a --profile");
        } else if (w.pendingSuggestions() > 0) {
            err.println("billing: " + TextReport.plural(w.pendingSuggestions(), "further suggestion")
                    + " not applied (action flag); add --apply-suggestions to apply "
                    + (w.pendingSuggestions() == 1 ? "it" : "them"));
        } else if (w.adjustmentLines() == 0) {
            err.println("billing: no adjustment applied: no finding suggests one");
        }
    }
}
