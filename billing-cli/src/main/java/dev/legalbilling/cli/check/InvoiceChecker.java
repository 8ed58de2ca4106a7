package dev.legalbilling.cli.check;

import dev.legalbilling.BillingException;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.json.BillingJson;
import dev.legalbilling.json.JsonInputException;
import dev.legalbilling.json.matter.MatterFile;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesFormatException;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoices;
import dev.legalbilling.ledes.LedesReadResult;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.matter.Matter;
import dev.legalbilling.money.Money;
import dev.legalbilling.party.MatterId;
import dev.legalbilling.rules.CheckRequest;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.EthicsContext;
import dev.legalbilling.rules.RuleEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks one invoice file: reads it (LEDES invoice by invoice on a thread of its own, a few invoices ahead of the
 * checks, see {@link LedesReadAhead}, or JSON), collects the format issues and runs the engine on every invoice that could be built, even one with format
 * errors, so that one run reports everything. Thread-safe: one checker serves every thread of a run.
 */
final class InvoiceChecker {
    private final RuleEngine engine;
    private final LedesReader reader;
    private final ProfileFiles.Choice profiles;
    private final java.util.function.Consumer<String> warnings;
    private final Map<MatterId, MatterFile> matters;
    private final Map<MatterId, Money> priorFees;
    private final EthicsContext ethics;
    private final boolean keepInvoices;

    /**
     * @param engine the shared engine
     * @param reader the LEDES reader, with the receiver's dialect
     * @param profiles the guideline profile in force, or how to pick one per invoice
     * @param matters the matter files, by matter id: an invoice of one of them is checked with its matter, and its
     *     timekeepers get the file's bar admission years (LEDES cannot say them); an invoice of another matter is
     *     checked without one
     * @param priorFees fees billed before, by matter; zero for a matter not in it
     * @param ethics what the ethics rules check beyond the invoice (trust records), or null for nothing
     * @param keepInvoices whether to keep each invoice for writing its adjusted version
     * @param warnings receives one line per warning (a profile whose scope does not fit an invoice's matter)
     */
    InvoiceChecker(RuleEngine engine, LedesReader reader, ProfileFiles.Choice profiles,
            Map<MatterId, MatterFile> matters,
            Map<MatterId, Money> priorFees, EthicsContext ethics, boolean keepInvoices,
            java.util.function.Consumer<String> warnings) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.matters = Map.copyOf(matters);
        this.priorFees = Map.copyOf(priorFees);
        this.ethics = ethics;
        this.keepInvoices = keepInvoices;
    }

    /**
     * @param file the file and its format
     * @return what checking it gave; never throws for bad content
     */
    CheckedFile check(InvoiceInputs.InvoiceFile file) {
        return file.format() == InvoiceInputs.Format.LEDES ? ledes(file.path()) : json(file.path());
    }

    private CheckedFile ledes(Path path) {
        String name = path.toString();
        List<FormatIssue> issues = new ArrayList<>();
        List<CheckedInvoice> checked = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (LedesReadAhead ahead = LedesReadAhead.start(reader, path)) {
            while (true) {
                LedesReadAhead.Item item = ahead.next();
                if (item instanceof LedesReadAhead.Read read) {
                    LedesReadResult result = read.result();
                    result.issues().forEach(i -> issues.add(FormatIssue.of(i, result.invoiceNumber())));
                    if (result.invoice().isPresent()) {
                        LedesInvoice ledes = result.invoice().get();
                        check(name, ledes.invoice(), result.firstLine(), result.lastLine(), ledes, read.format(),
                                checked, errors);
                    }
                } else if (item instanceof LedesReadAhead.End end) {
                    if (end.failure() instanceof RuntimeException e) {
                        throw e;
                    } else if (end.failure() instanceof Error e) {
                        throw e;
                    } else if (end.error() != null) {
                        errors.add(end.error().getMessage());
                    } else {
                        end.fileIssues().forEach(i -> issues.add(FormatIssue.of(i, null)));
                    }
                    break;
                }
            }
        }
        issues.sort(Comparator.comparingInt(FormatIssue::line));
        return new CheckedFile(name, issues, checked, errors);
    }

    private CheckedFile json(Path path) {
        String name = path.toString();
        List<CheckedInvoice> checked = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Invoice> invoices;
        try {
            invoices = readJson(path);
        } catch (JsonInputException e) {
            return new CheckedFile(name, List.of(FormatIssue.of(e, name)), List.of(), List.of());
        }
        for (Invoice invoice : invoices) {
            check(name, invoice, 0, 0, null, null, checked, errors);
        }
        return new CheckedFile(name, List.of(), checked, errors);
    }

    private void check(String file, Invoice invoice, int firstLine, int lastLine, LedesInvoice ledes,
            LedesFormat format, List<CheckedInvoice> checked, List<String> errors) {
        try {
            MatterFile matterFile = matters.get(invoice.matter());
            Matter matter = matterFile == null ? null : matterFile.matter();
            ProfileFiles.Chosen chosen = profiles.choose(invoice, matter);
            chosen.warningIfAny().ifPresent(warnings);
            CheckRequest request = new CheckRequest(matterFile == null ? invoice
                    : matterFile.withBarAdmissionYears(invoice), matter, chosen.profile(),
                    priorFees.get(invoice.matter()));
            ComplianceReport report = engine.check(ethics == null ? request : request.withEthics(ethics));
            checked.add(new CheckedInvoice(report, firstLine, lastLine, keepInvoices ? invoice : null,
                    keepInvoices ? ledes : null, format));
        } catch (BillingException e) {
            errors.add(file + ": invoice " + invoice.number() + " could not be checked: " + e.getMessage());
        }
    }

    /**
     * Reads every invoice the files hold that can be built, for comparing invoices with each other; what cannot be
     * read is left out here and reported by the check itself.
     *
     * @param files the run's files
     * @param reader the LEDES reader of the run
     * @return the invoices, in file order
     */
    static List<Invoice> readAll(List<InvoiceInputs.InvoiceFile> files, LedesReader reader) {
        List<Invoice> all = new ArrayList<>();
        for (InvoiceInputs.InvoiceFile file : files) {
            if (file.format() == InvoiceInputs.Format.LEDES) {
                try (LedesInvoices invoices = reader.open(file.path())) {
                    while (invoices.hasNext()) {
                        invoices.next().invoice().ifPresent(l -> all.add(l.invoice()));
                    }
                } catch (LedesFormatException e) {
                    // reported when the file is checked
                }
            } else {
                try {
                    all.addAll(readJson(file.path()));
                } catch (JsonInputException e) {
                    // reported when the file is checked
                }
            }
        }
        return all;
    }

    /** @return the invoice of a JSON file, or its invoices when the file holds an array */
    private static List<Invoice> readJson(Path path) {
        return isArray(path) ? List.of(BillingJson.read(path, Invoice[].class))
                : List.of(BillingJson.read(path, Invoice.class));
    }

    /** True when the document's first character after blanks is {@code [}. */
    private static boolean isArray(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(256), StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("[");
        } catch (IOException e) {
            return false; // BillingJson.read reports it
        }
    }
}
