package dev.legalbilling.samples;

import dev.legalbilling.invoice.LineType;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.money.Money;
import dev.legalbilling.rules.ComplianceReport;
import dev.legalbilling.rules.RuleEngine;
import dev.legalbilling.rules.Severity;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * For an e-billing vendor: the invoices firms uploaded to an inbox directory are checked on several threads, all
 * sharing one rule engine (compiled once, thread-safe), against the vendor's own LEDES dialect.
 *
 * <p>The dialect {@link #ACME_EBILLING} starts from Legal Tracker's rules and adds the portal's own: every fee line
 * needs a UTBMS task and activity code. A file the dialect rejects is bounced with its errors, as the portal would;
 * an accepted file is checked against the rule packs and its findings are summed up. Results print in file order.
 *
 * <p>Run with an inbox directory as the argument; without one the sample fills a temporary inbox with twelve
 * generated invoices (seed 2026), some of which break the portal's rules.
 */
public final class VendorBatchSample {
    /** The portal's dialect: Legal Tracker's, plus task and activity codes required on fee lines. */
    static final LedesDialect ACME_EBILLING = LedesDialect.legalTracker().derive("acme-ebilling")
            .description("Acme e-billing portal: Legal Tracker rules, UTBMS task and activity codes on every fee line")
            .require(LineType.FEE, "LINE_ITEM_TASK_CODE", "LINE_ITEM_ACTIVITY_CODE")
            .build();
    /** How many invoices are checked at once. */
    static final int THREADS = 4;

    private VendorBatchSample() {
    }

    /**
     * @param args the inbox directory, or nothing to generate one
     * @throws IOException when the inbox cannot be listed or filled
     */
    public static void main(String[] args) throws IOException {
        Path inbox = args.length > 0 ? Path.of(args[0]) : generatedInbox(Files.createTempDirectory("inbox"));
        List<Path> files;
        try (Stream<Path> s = Files.list(inbox)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ledes")).sorted().toList();
        }
        LedesReader reader = LedesReader.builder().dialect(ACME_EBILLING).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        // One engine for every thread: rule sets are compiled once, each check runs in its own session.
        try (RuleEngine engine = RuleEngine.builder().addBundled("guideline").build()) {
            List<Future<String>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(pool.submit(() -> checkOne(file, reader, engine)));
            }
            int accepted = 0;
            for (Future<String> result : results) {
                String line = result.get();
                accepted += line.contains(": accepted") ? 1 : 0;
                System.out.println(line);
            }
            System.out.println(files.size() + " files: " + accepted + " accepted, " + (files.size() - accepted)
                    + " rejected by " + ACME_EBILLING.name() + "; checked on " + THREADS + " threads with "
                    + engine.ruleSets().get(0).id() + " " + engine.ruleSets().get(0).version());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Reads one file under the portal's dialect and, when it is accepted, checks its invoices. Thread-safe. */
    static String checkOne(Path file, LedesReader reader, RuleEngine engine) throws IOException {
        String name = file.getFileName().toString();
        LedesFileResult read = reader.readAll(Files.newInputStream(file), name);
        if (!read.isAccepted()) {
            List<LedesIssue> errors = read.allIssues().stream().filter(LedesIssue::isError).toList();
            StringBuilder bounced = new StringBuilder(name).append(": rejected, ").append(plural(errors.size(),
                    "error"));
            errors.forEach(e -> bounced.append(System.lineSeparator()).append("  ").append(e));
            return bounced.toString();
        }
        int findings = 0;
        int errors = 0;
        Money atStake = null;
        for (LedesInvoice invoice : read.builtInvoices()) {
            ComplianceReport report = engine.check(invoice.invoice(), null, null);
            findings += report.findings().size();
            errors += report.findings(Severity.ERROR).size();
            atStake = atStake == null ? report.amountAtStake() : atStake.plus(report.amountAtStake());
        }
        return name + ": accepted, " + plural(findings, "finding") + " (" + errors + " at ERROR severity), "
                + atStake + " at stake";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * Fills an inbox with twelve generated invoices of 60 lines each, one line in ten breaking a billing guideline.
     *
     * @param inbox an empty directory
     * @return the inbox
     */
    static Path generatedInbox(Path inbox) {
        InvoiceGenerator generator = InvoiceGenerator.builder(2026).violationsPerThousand(100).build();
        LedesWriter writer = LedesWriter.of(LedesFormat.B1998);
        for (int i = 0; i < 12; i++) {
            InvoiceGenerator.Generated g = generator.next(60);
            writer.write(List.of(LedesInvoice.of(g.invoice())), inbox.resolve(g.invoice().number().value() + ".ledes"));
        }
        return inbox;
    }
}
