package dev.legalbilling.benchmarks.data;

import dev.legalbilling.benchmarks.baseline.GuidelineProfile;
import dev.legalbilling.benchmarks.baseline.MatterContext;
import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.money.Money;
import dev.legalbilling.money.UnitPrice;
import dev.legalbilling.party.TimekeeperId;
import dev.legalbilling.testkit.InvoiceGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data every benchmark and test share: invoices from billing-testkit's {@link InvoiceGenerator} (default share
 * of seeded violations: 50 per 1,000 lines), checked under the spec's default profile extended with the generated
 * approved rosters and rates, for a Litigation matter with a budget and some history.
 *
 * <p>Deterministic: the same arguments give the same data. Stateless and thread-safe.
 */
public final class Workloads {
    /** The seed every benchmark uses, so runs compare like with like. */
    public static final long SEED = 20260101L;

    /** The matter context of every benchmark invoice: Litigation, USD 250,000 budget, some prior fees. */
    public static final MatterContext MATTER = MatterContext.litigation()
            .withBudget(Money.of("250000.00", "USD"))
            .withHistory(Money.of("120000.00", "USD"), new BigDecimal("4.0"));

    private Workloads() {
    }

    /**
     * @param seed generator seed
     * @param invoices number of invoices, at least 1
     * @param linesPerInvoice lines of each invoice, at least 1
     * @return the invoices with their profile and matter context
     */
    public static Workload generate(long seed, int invoices, int linesPerInvoice) {
        if (invoices < 1) {
            throw new IllegalArgumentException("invoices must be at least 1, was " + invoices);
        }
        InvoiceGenerator generator = InvoiceGenerator.builder(seed).build();
        List<Invoice> out = new ArrayList<>(invoices);
        List<InvoiceGenerator.Generated> generated = new ArrayList<>(invoices);
        for (int i = 0; i < invoices; i++) {
            InvoiceGenerator.Generated g = generator.next(linesPerInvoice);
            generated.add(g);
            out.add(g.invoice());
        }
        return new Workload(out, profileFor(generated), MATTER);
    }

    /**
     * The spec's default profile with the approved timekeepers and rates of the generated invoices. The generator's
     * rosters are deterministic by position ({@code TK-P1}, {@code TK-P2}, …, same rate for the same id), so the
     * union of several rosters is consistent.
     *
     * @param generated generated invoices
     * @return the profile to check them with
     * @throws IllegalArgumentException when two rosters give one timekeeper different rates
     */
    public static GuidelineProfile profileFor(Collection<InvoiceGenerator.Generated> generated) {
        Map<TimekeeperId, UnitPrice> rates = new LinkedHashMap<>();
        for (InvoiceGenerator.Generated g : generated) {
            g.approvedRates().forEach((id, rate) -> {
                UnitPrice previous = rates.putIfAbsent(id, rate);
                if (previous != null && !previous.equals(rate)) {
                    throw new IllegalArgumentException("timekeeper " + id + " has approved rates " + previous
                            + " and " + rate + " in different invoices");
                }
            });
        }
        return GuidelineProfile.builder().approvedRates(rates).approvedTimekeepers(rates.keySet()).build();
    }

    /**
     * Writes {@code invoices} generated invoices of {@code linesPerInvoice} lines as one LEDES 1998B file, e.g. the
     * 1,000,000-line file of the streaming memory check (1,000 invoices of 1,000 lines). The rows are billing-core's
     * {@link LedesWriter} (1998B, UTF-8, LF line ends), appended invoice by invoice so that no more than one invoice
     * is held.
     *
     * @param file the file to create or replace
     * @param seed generator seed
     * @param invoices number of invoices, at least 1
     * @param linesPerInvoice lines of each invoice, at least 1
     * @return the number of line-item rows written
     * @throws IOException when the file cannot be written
     * @throws dev.legalbilling.ledes.LedesFormatException when a generated value cannot be written as LEDES
     */
    public static long writeLedesInvoices(Path file, long seed, int invoices, int linesPerInvoice)
            throws IOException {
        if (invoices < 1) {
            throw new IllegalArgumentException("invoices must be at least 1, was " + invoices);
        }
        InvoiceGenerator generator = InvoiceGenerator.builder(seed).build();
        try (LedesAppender out = new LedesAppender(file)) {
            for (int i = 0; i < invoices; i++) {
                out.append(generator.next(linesPerInvoice).invoice());
            }
            return out.rows;
        }
    }

    /**
     * Writes generated invoices of {@code linesPerInvoice} lines as one LEDES 1998B file (as
     * {@link #writeLedesInvoices}) until it holds at least {@code targetBytes} bytes.
     *
     * @param file the file to create or replace
     * @param seed generator seed
     * @param targetBytes the least size of the file, in bytes
     * @param linesPerInvoice lines of each invoice, at least 1
     * @return the number of line-item rows written
     * @throws IOException when the file cannot be written
     * @throws dev.legalbilling.ledes.LedesFormatException when a generated value cannot be written as LEDES
     */
    public static long writeLedesFile(Path file, long seed, long targetBytes, int linesPerInvoice)
            throws IOException {
        InvoiceGenerator generator = InvoiceGenerator.builder(seed).build();
        try (LedesAppender out = new LedesAppender(file)) {
            do {
                out.append(generator.next(linesPerInvoice).invoice());
            } while (out.bytes < targetBytes);
            return out.rows;
        }
    }

    /**
     * Appends invoices to one LEDES 1998B file with billing-core's writer: each invoice is written on its own (the
     * writer always starts with the two header lines) and, after the first, its header lines are skipped.
     */
    private static final class LedesAppender implements AutoCloseable {
        private static final LedesWriter WRITER = LedesWriter.builder().format(LedesFormat.B1998)
                .lineEnding(LedesWriter.LineEnding.LF).build();

        private final OutputStream out;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        private long rows;
        private long bytes;

        LedesAppender(Path file) throws IOException {
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        void append(Invoice invoice) throws IOException {
            buffer.reset();
            WRITER.write(List.of(LedesInvoice.of(invoice)), buffer);
            byte[] content = buffer.toByteArray();
            int from = rows == 0 ? 0 : afterHeader(content);
            out.write(content, from, content.length - from);
            bytes += content.length - from;
            rows += invoice.lines().size();
        }

        /** @return the offset after the second line end: where the invoice's rows start */
        private static int afterHeader(byte[] content) {
            int lineEnds = 0;
            for (int i = 0; i < content.length; i++) {
                if (content[i] == '\n' && ++lineEnds == 2) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("the LEDES writer wrote no header lines");
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
