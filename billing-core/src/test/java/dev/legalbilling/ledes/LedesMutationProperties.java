package dev.legalbilling.ledes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.money.Money;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Damaged files (characters and fields deleted, duplicated or inserted, lines swapped, files cut) give typed issues
 * only: no exception, no hang, every issue located in the file, and whatever the reader accepts can be written and
 * read back unchanged.
 */
class LedesMutationProperties {
    private static final byte[] SAMPLE = LedesFixtures.SAMPLE_BYTES;
    private static final byte[] SAMPLE_CRLF = LedesFixtures.SAMPLE.replace("\n", "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAXED_98BI = LedesFixtures.file(LedesFormat.BI_V2,
            LedesFixtures.fee("1").set("LINE_ITEM_TAX_RATE", "0.20").set("LINE_ITEM_TAX_TOTAL", "105.00")
                    .set("LINE_ITEM_TOTAL", "630.00").set("INVOICE_CURRENCY", "EUR").set("CLIENT_NAME", "Acme SA")
                    .set("TIMEKEEPER_LAST_NAME", "Doe").set("TIMEKEEPER_FIRST_NAME", "Jane"),
            LedesFixtures.expense("2").set("INVOICE_CURRENCY", "EUR").set("CLIENT_NAME", "Acme SA"),
            LedesFixtures.discount("3").set("INVOICE_CURRENCY", "EUR").set("CLIENT_NAME", "Acme SA"),
            LedesFixtures.fee("1").set("INVOICE_NUMBER", "INV-2").set("INVOICE_CURRENCY", "EUR"))
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] INSERTABLE = {'|', '[', ']', '\n', '\r', 0, 'x', '9', '0', '.', '-', ' ', ',', '\t',
        (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, (byte) 0x99, (byte) 0xFF, (byte) 0x81, 'P', 'T'};

    enum Kind {
        DELETE_RANGE, DUPLICATE_RANGE, INSERT_BYTE, REPLACE_BYTE, DELETE_FIELD, DUPLICATE_FIELD, EMPTY_FIELD,
        SWAP_LINES, DELETE_LINE, DUPLICATE_LINE, TRUNCATE
    }

    record Mutation(Kind kind, double at, double other, int length, byte inserted) {
        byte[] apply(byte[] in) {
            List<Byte> b = new ArrayList<>(in.length + 64);
            for (byte x : in) {
                b.add(x);
            }
            int n = b.size();
            int pos = n == 0 ? 0 : (int) (at * n);
            switch (kind) {
                case DELETE_RANGE -> b.subList(pos, Math.min(n, pos + length)).clear();
                case DUPLICATE_RANGE -> b.addAll(pos, new ArrayList<>(b.subList(pos, Math.min(n, pos + length))));
                case INSERT_BYTE -> b.add(pos, inserted);
                case REPLACE_BYTE -> {
                    if (pos < n) {
                        b.set(pos, inserted);
                    }
                }
                case DELETE_FIELD, DUPLICATE_FIELD, EMPTY_FIELD -> {
                    List<Integer> pipes = positions(b, (byte) '|');
                    if (pipes.size() >= 2) {
                        int i = (int) (at * (pipes.size() - 1));
                        int from = pipes.get(i);
                        int to = pipes.get(i + 1);
                        List<Byte> field = new ArrayList<>(b.subList(from, to));
                        if (kind == Kind.DELETE_FIELD) {
                            b.subList(from, to).clear();
                        } else if (kind == Kind.DUPLICATE_FIELD) {
                            b.addAll(from, field);
                        } else {
                            b.subList(from + 1, to).clear();
                        }
                    }
                }
                case SWAP_LINES, DELETE_LINE, DUPLICATE_LINE -> {
                    List<List<Byte>> lines = lines(b);
                    int i = (int) (at * lines.size());
                    int j = (int) (other * lines.size());
                    if (kind == Kind.SWAP_LINES) {
                        List<Byte> t = lines.get(i);
                        lines.set(i, lines.get(j));
                        lines.set(j, t);
                    } else if (kind == Kind.DELETE_LINE) {
                        lines.remove(i);
                    } else {
                        lines.add(j, lines.get(i));
                    }
                    b.clear();
                    for (int k = 0; k < lines.size(); k++) {
                        if (k > 0) {
                            b.add((byte) '\n');
                        }
                        b.addAll(lines.get(k));
                    }
                }
                case TRUNCATE -> b.subList(pos, n).clear();
                default -> throw new IllegalStateException();
            }
            byte[] out = new byte[b.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = b.get(k);
            }
            return out;
        }

        private static List<Integer> positions(List<Byte> b, byte what) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                if (b.get(i) == what) {
                    out.add(i);
                }
            }
            return out;
        }

        private static List<List<Byte>> lines(List<Byte> b) {
            List<List<Byte>> out = new ArrayList<>();
            List<Byte> current = new ArrayList<>();
            for (byte x : b) {
                if (x == '\n') {
                    out.add(current);
                    current = new ArrayList<>();
                } else {
                    current.add(x);
                }
            }
            out.add(current);
            return out;
        }
    }

    @Provide
    Arbitrary<byte[]> validFiles() {
        return Arbitraries.of(SAMPLE, SAMPLE_CRLF, TAXED_98BI);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1).filter(d -> d < 1);
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.values()), fraction, fraction,
                Arbitraries.integers().between(1, 40), Arbitraries.of(boxed(INSERTABLE)))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<LedesReader> readers() {
        return Combinators.combine(Arbitraries.of(LedesDialect.builtIns()), Arbitraries.of(true, false),
                Arbitraries.of(256, 400, LedesReader.DEFAULT_MAX_LINE_LENGTH), Arbitraries.of(3, 1000))
                .as((d, stop, max, issues) -> LedesReader.builder().dialect(d).stopAtFirstError(stop)
                        .maxLineLength(max).maxIssuesPerInvoice(issues).build());
    }

    private static Byte[] boxed(byte[] bytes) {
        Byte[] out = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i];
        }
        return out;
    }

    private static int lineCount(byte[] content) {
        int n = 1;
        for (byte b : content) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    @Property(tries = 2000)
    void damagedFilesGiveOnlyTypedIssues(@ForAll("validFiles") byte[] valid,
            @ForAll("mutations") List<Mutation> mutations, @ForAll("readers") LedesReader reader) {
        byte[] damaged = valid;
        for (Mutation m : mutations) {
            damaged = m.apply(damaged);
        }

        LedesFileResult result = reader.readAll(new ByteArrayInputStream(damaged), "damaged.txt");

        int lines = lineCount(damaged);
        assertThat(result.allIssues()).allSatisfy(i -> {
            assertThat(i.file()).isEqualTo("damaged.txt");
            assertThat(i.line()).isBetween(0, lines);
            assertThat(i.message()).isNotBlank();
        });
        for (LedesReadResult r : result.invoices()) {
            if (!r.hasErrors()) {
                assertThat(r.invoice()).as("an invoice without errors is built: %s", r.issues()).isPresent();
            }
            r.invoice().ifPresent(li -> assertThat(li.invoice().lines()).allSatisfy(l ->
                    assertThat(l.sourceLine()).isBetween(r.firstLine(), r.lastLine())));
        }
        assertAcceptedInvoicesSurviveARoundTrip(result, reader);
    }

    private static void assertAcceptedInvoicesSurviveARoundTrip(LedesFileResult result, LedesReader reader) {
        List<LedesInvoice> accepted = result.invoices().stream().filter(LedesReadResult::isAccepted)
                .map(r -> r.invoice().orElseThrow()).toList();
        if (accepted.isEmpty() || result.format() == null) {
            return;
        }
        List<LedesInvoice> distinct = new ArrayList<>();
        for (LedesInvoice li : accepted) {
            if (distinct.stream().noneMatch(d -> d.invoice().number().equals(li.invoice().number()))) {
                distinct.add(li);
            }
        }
        // Write back in the encoding the file came in: a dialect that accepts windows-1252 but not UTF-8
        // (collaborati) would rightly refuse a UTF-8 copy of a windows-1252 narrative.
        LedesWriter writer = LedesWriter.builder().format(result.format()).charset(result.charset()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(distinct, out);

        LedesFileResult again = reader.readAll(new ByteArrayInputStream(out.toByteArray()), "again.txt");

        assertThat(again.builtInvoices()).hasSameSizeAs(distinct);
        for (int i = 0; i < distinct.size(); i++) {
            LedesInvoice want = distinct.get(i);
            LedesInvoice got = again.builtInvoices().get(i);
            assertThat(normalised(got.invoice())).isEqualTo(normalised(want.invoice()));
            boolean bi = result.format() == LedesFormat.BI_V2;
            BigDecimal zero = Money.zero(want.invoice().currency()).amount();
            // The writer fills blank 98BI tax figures: zero line tax, the sum of line taxes, total less tax.
            BigDecimal tax = want.header().taxTotal();
            if (bi && tax == null) {
                tax = want.lineDetails().stream().map(d -> d.taxTotal() == null ? zero : d.taxTotal())
                        .reduce(zero, BigDecimal::add);
            }
            BigDecimal net = want.header().netTotal();
            if (bi && net == null) {
                net = want.header().statedTotal().amount().subtract(tax);
            }
            assertThat(got.header()).isEqualTo(want.header().toBuilder().tax(tax, net).build());
            for (int k = 0; k < want.lineDetails().size(); k++) {
                LedesLineDetails w = want.lineDetails().get(k);
                LedesLineDetails g = got.lineDetails().get(k);
                Object wantTax = bi && w.taxTotal() == null ? zero : w.taxTotal();
                assertThat(List.of(g.lineNumber(), g.blankFields(), g.timekeeperClassification(),
                        String.valueOf(g.taxRate()), String.valueOf(g.taxTotal()), g.taxType()))
                        .isEqualTo(List.of(w.lineNumber(), w.blankFields(), w.timekeeperClassification(),
                                String.valueOf(w.taxRate()), String.valueOf(wantTax), w.taxType()));
            }
        }
        ByteArrayOutputStream again2 = new ByteArrayOutputStream();
        writer.write(again.builtInvoices(), again2);
        assertThat(again2.toByteArray()).as("writing is idempotent after one read").isEqualTo(out.toByteArray());
    }

    private static List<Object> normalised(Invoice invoice) {
        List<Object> parts = new ArrayList<>(List.of(invoice.number(), invoice.client(), invoice.matter(),
                invoice.clientMatterId(), invoice.lawFirmId(), invoice.invoiceDate(), invoice.periodStart(),
                invoice.periodEnd(), invoice.description(), invoice.currency()));
        for (InvoiceLine l : invoice.lines()) {
            parts.add(List.of(l.lineNumber(), l.type(), l.date(), String.valueOf(l.timekeeper()), l.units(),
                    String.valueOf(l.unitCost()), l.adjustment(), l.total(), String.valueOf(l.taskCode()),
                    String.valueOf(l.activityCode()), String.valueOf(l.expenseCode()), l.narrative()));
        }
        return parts;
    }

    @Property(tries = 300)
    void randomBytesAfterAValidHeaderGiveOnlyTypedIssues(@ForAll("readers") LedesReader reader,
            @ForAll byte[] noise) {
        byte[] header = "LEDES1998B[]\n".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[header.length + noise.length];
        System.arraycopy(header, 0, content, 0, header.length);
        System.arraycopy(noise, 0, content, header.length, noise.length);

        LedesFileResult result = reader.readAll(new ByteArrayInputStream(content), "noise.txt");

        assertThat(result.allIssues()).allSatisfy(i -> assertThat(i.line()).isBetween(0, lineCount(content)));
        assertThat(result.invoices()).allSatisfy(r -> assertThat(r.invoice().isPresent() || r.hasErrors()).isTrue());
    }
}
