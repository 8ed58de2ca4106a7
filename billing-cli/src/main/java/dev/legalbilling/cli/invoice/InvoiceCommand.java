package dev.legalbilling.cli.invoice;

import dev.legalbilling.InvalidValueException;
import dev.legalbilling.cli.ExitCodes;
import dev.legalbilling.cli.internal.FormatOption;
import dev.legalbilling.cli.internal.OutputFormat;
import dev.legalbilling.cli.internal.PriorFeesOption;
import dev.legalbilling.internal.AtomicFiles;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.invoice.InvoiceNumber;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.json.matter.WorkFile;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoiceHeader;
import dev.legalbilling.ledes.LedesLineDetails;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.matter.DraftRequest;
import dev.legalbilling.matter.DraftResult;
import dev.legalbilling.matter.Exclusion;
import dev.legalbilling.matter.InvoiceDrafts;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code billing invoice}: drafts one month's invoice for a matter and prints it, or writes it with {@code --out}.
 *
 * <p>Reads the matter file ({@link MatterFile}: client, matter, firm, timekeepers, fee arrangement) and the work file
 * ({@link WorkFile}: time entries, expenses, recoveries), drafts the invoice for the calendar month {@code --period}
 * with {@link InvoiceDrafts}, and renders it as LEDES 1998B, LEDES 98BI V2, JSON (the {@code BillingJson} invoice
 * shape, which reads back as an {@link Invoice}) or a text invoice a client could receive. Work dated outside the
 * month is not billed; it is reported on standard error as counts with reasons and dates, never narratives.
 *
 * <p>Defaults: the invoice number is the matter id, a hyphen and the month as {@code YYYYMM}
 * ({@code 2025-0419-202603}); the invoice date is the day after the period ends (an invoice for March is dated
 * 1 April), so that the same files always give the same invoice; the format is {@code text}; no fees were billed
 * before ({@code --prior-fees}, used by volume discounts, not-to-exceed caps and the budget line).
 *
 * <p>Exit codes: 0 when the invoice was produced (work left out does not change it), 2 when an input is missing or
 * invalid (one line on standard error naming file, line and key). Not thread-safe; picocli makes one per run.
 */
@Command(name = "invoice", mixinStandardHelpOptions = true,
        description = {"Draft one month's invoice for a matter from a matter file and a work file.",
            "Work dated outside the month is left off and reported on standard error."})
@ExitCodes.Returns({ExitCodes.CLEAN, ExitCodes.USAGE_OR_INPUT})
public final class InvoiceCommand implements Callable<Integer> {
    private static final DateTimeFormatter MONTH_NUMBER = DateTimeFormatter.ofPattern("yyyyMM", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--matter", required = true, paramLabel = "FILE",
            description = "Matter file (.yaml, .yml or .json): client, matter, timekeepers, fee arrangement.")
    Path matterPath;

    @Option(names = "--work", required = true, paramLabel = "FILE",
            description = "Work file (.csv, .yaml, .yml or .json): time entries, expenses, recoveries.")
    Path workPath;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM",
            description = "The calendar month billed, e.g. 2026-03.")
    String period;

    @Option(names = "--invoice-number", paramLabel = "N",
            description = "Invoice number (default: matter id, '-', YYYYMM of the period).")
    String invoiceNumber;

    @Option(names = "--invoice-date", paramLabel = "YYYY-MM-DD",
            description = "Invoice date (default: the day after the period ends).")
    LocalDate invoiceDate;

    @Mixin
    FormatOption format = new FormatOption(OutputFormat.TEXT, OutputFormat.LEDES98B, OutputFormat.LEDES98BI,
            OutputFormat.JSON);

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the invoice to this file (replaced atomically) instead of standard output.")
    Path outPath;

    @Option(names = "--explain-rates",
            description = "Text format: say under each fee line which rate applied and why.")
    boolean explainRates;

    @Mixin
    PriorFeesOption priorFees = new PriorFeesOption();

    @Override
    public Integer call() {
        YearMonth month = month(period);
        LocalDate start = month.atDay(1);
        LocalDate end = month.atEndOfMonth();
        MatterFile matterFile = MatterFile.read(matterPath);
        WorkFile work = WorkFile.read(workPath, matterFile);
        Matter matter = matterFile.matter();
        Money prior = priorFees.in(matter.currency());
        DraftRequest request = DraftRequest.builder(matter, number(matter, month), start, end)
                .invoiceDate(invoiceDate == null ? end.plusDays(1) : invoiceDate)
                .time(work.time())
                .expenses(work.expenses())
                .recoveries(work.recoveries())
                .timekeepers(matterFile.timekeepers())
                .priorFees(prior)
                .lawFirmId(matterFile.lawFirmId())
                .description("Legal services for " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + " " + month.getYear())
                .build();
        DraftResult draft = InvoiceDrafts.draft(request);
        PrintWriter err = spec.commandLine().getErr();
        reportExclusions(draft, start, end, err);
        String rendered = render(draft, matterFile, prior);
        PrintWriter stdout = spec.commandLine().getOut();
        if (outPath == null) {
            stdout.print(rendered);
        } else {
            write(outPath, rendered);
            Invoice invoice = draft.invoice();
            stdout.println("Invoice " + invoice.number() + " for matter " + invoice.matter() + ", " + start + " to "
                    + end + ": " + invoice.lines().size() + " lines, total " + TextInvoice.currency(invoice.total())
                    + "; written to " + outPath + " (" + format.get().label() + ")");
        }
        stdout.flush();
        err.flush();
        return ExitCodes.CLEAN;
    }

    private String render(DraftResult draft, MatterFile matterFile, Money prior) {
        Invoice invoice = draft.invoice();
        return switch (format.get()) {
            case LEDES98B -> LedesWriter.of(LedesFormat.B1998).toText(List.of(LedesInvoice.of(invoice)));
            case LEDES98BI -> LedesWriter.of(LedesFormat.BI_V2).toText(List.of(ledes98bi(invoice, matterFile)));
            case JSON -> json(invoice);
            default -> TextInvoice.render(draft, matterFile, prior, explainRates);
        };
    }

    /** The 98BI invoice: the domain invoice with the matter name and the firm's and client's names and addresses. */
    private static LedesInvoice ledes98bi(Invoice invoice, MatterFile matterFile) {
        LedesInvoiceHeader header = LedesInvoiceHeader.builder()
                .matterName(matterFile.matter().name())
                .lawFirm(matterFile.lawFirm())
                .client(matterFile.client())
                .build();
        List<LedesLineDetails> details = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            details.add(LedesLineDetails.none(line.lineNumber()));
        }
        return LedesInvoice.of(invoice, header, details);
    }

    private static String json(Invoice invoice) {
        StringWriter text = new StringWriter();
        try {
            BillingJson.mapper().writeValue(text, invoice);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write invoice " + invoice.number() + " as JSON", e);
        }
        return text + "\n";
    }

    private InvoiceNumber number(Matter matter, YearMonth month) {
        if (invoiceNumber != null) {
            try {
                return InvoiceNumber.of(invoiceNumber);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("--invoice-number", invoiceNumber, "must not be blank, padded or"
                        + " contain control characters");
            }
        }
        return InvoiceNumber.of(matter.id().value() + "-" + month.format(MONTH_NUMBER));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("--period", text, "must be a calendar month as YYYY-MM, e.g. 2026-03");
        }
    }


    /**
     * Reports what the draft left out: one line per kind of item and reason, with the count and the dates; never
     * narratives, which are privileged.
     */
    static void reportExclusions(DraftResult draft, LocalDate start, LocalDate end, PrintWriter err) {
        report(draft.excludedTime(), "time entry", "time entries", start, end, err);
        report(draft.excludedExpenses(), "expense", "expenses", start, end, err);
        report(draft.excludedRecoveries(), "recovery", "recoveries", start, end, err);
    }

    private static <T> void report(List<Exclusion<T>> exclusions, String one, String many, LocalDate start,
            LocalDate end, PrintWriter err) {
        Map<Exclusion.Reason, TreeSet<LocalDate>> dates = new TreeMap<>();
        Map<Exclusion.Reason, Integer> counts = new TreeMap<>();
        for (Exclusion<T> x : exclusions) {
            dates.computeIfAbsent(x.reason(), r -> new TreeSet<>()).add(x.date());
            counts.merge(x.reason(), 1, Integer::sum);
        }
        counts.forEach((reason, count) -> {
            TreeSet<LocalDate> on = dates.get(reason);
            List<String> shown = on.stream().limit(5).map(LocalDate::toString).toList();
            String when = String.join(", ", shown) + (on.size() > shown.size()
                    ? " and " + (on.size() - shown.size()) + " more dates" : "");
            String why = reason == Exclusion.Reason.BEFORE_PERIOD
                    ? "dated before the billing period " + start + ".." + end + " (" + when
                            + "): earlier work not yet billed, bill it on a catch-up invoice"
                    : "dated after the billing period " + start + ".." + end + " (" + when
                            + "): it belongs to a later invoice";
            err.println("billing: not billed: " + count + " " + (count == 1 ? one : many) + " " + why);
        });
    }

    /**
     * Writes the invoice with the project's one output-file policy ({@link AtomicFiles}): atomically, a new file
     * readable by its owner only, a replaced file keeping its permissions.
     */
    private static void write(Path file, String text) {
        try {
            AtomicFiles.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(file + ": cannot be written: " + e.getMessage(), e));
        }
    }
}
