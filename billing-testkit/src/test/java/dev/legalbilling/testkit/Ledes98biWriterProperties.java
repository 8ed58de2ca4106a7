package dev.legalbilling.testkit;

import dev.legalbilling.invoice.Invoice;
import dev.legalbilling.invoice.InvoiceLine;
import dev.legalbilling.ledes.LedesDialect;
import dev.legalbilling.ledes.LedesErrorCode;
import dev.legalbilling.ledes.LedesFileResult;
import dev.legalbilling.ledes.LedesFormat;
import dev.legalbilling.ledes.LedesInvoice;
import dev.legalbilling.ledes.LedesInvoiceHeader;
import dev.legalbilling.ledes.LedesIssue;
import dev.legalbilling.ledes.LedesLineDetails;
import dev.legalbilling.ledes.LedesReader;
import dev.legalbilling.ledes.LedesWriter;
import dev.legalbilling.money.Money;
import dev.legalbilling.testkit.InvoiceGenerator.Violation;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Our own 98BI output passes our own validator under every built-in dialect: generated invoices (with their seeded
 * guideline violations, line taxes at several rates and firm and client parties) are written by {@link LedesWriter}
 * and read back without a single error. The only exception is what a dialect makes an error on purpose: a line the
 * generator dated outside the billing period, under a dialect that rejects such lines (I404).
 */
class Ledes98biWriterProperties {
    private static final List<BigDecimal> RATES = List.of(new BigDecimal("0.20"), new BigDecimal("0.175"),
            new BigDecimal("0.05"), BigDecimal.ZERO);
    private static final LedesInvoiceHeader.Party FIRM = new LedesInvoiceHeader.Party("Whitlock Osei LLP",
            "12 Dock Street", "", "London", "", "E1 8AA", "GB");
    private static final LedesInvoiceHeader.Party CLIENT = new LedesInvoiceHeader.Party("Harbour Shipping Ltd",
            "3 Quay Road", "Unit 4", "Southampton", "Hampshire", "SO14 2AQ", "GBR");

    @Property(tries = 60)
    void generated98biInvoicesPassOurValidatorUnderEveryBuiltInDialect(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 120) int lines, @ForAll @IntRange(min = 0, max = 200) int violations) {
        InvoiceGenerator.Generated generated = InvoiceGenerator.builder(seed).violationsPerThousand(violations)
                .build().next(lines);
        LedesInvoice taxed = taxed(generated.invoice(), new SplittableRandom(seed));
        byte[] file = LedesWriter.of(LedesFormat.BI_V2).toText(List.of(taxed))
                .getBytes(StandardCharsets.UTF_8);
        Set<Integer> outOfPeriodRows = generated.seeded().entrySet().stream()
                .filter(e -> e.getValue() == Violation.OUTSIDE_PERIOD)
                .map(e -> Integer.parseInt(e.getKey()) + 2).collect(Collectors.toSet());

        for (LedesDialect dialect : LedesDialect.builtIns()) {
            LedesFileResult result = LedesReader.builder().dialect(dialect).build()
                    .readAll(new ByteArrayInputStream(file), "generated.ledes");

            assertThat(result.format()).isEqualTo(LedesFormat.BI_V2);
            assertThat(result.allIssues()).as("dialect %s", dialect.name()).filteredOn(LedesIssue::isError)
                    .allSatisfy(i -> {
                        assertThat(i.code()).isEqualTo(LedesErrorCode.LINE_DATE_OUTSIDE_PERIOD);
                        assertThat(outOfPeriodRows).contains(i.line());
                    });
            assertThat(result.builtInvoices()).hasSize(1);
            LedesInvoice back = result.builtInvoices().get(0);
            assertThat(back.invoice().total()).isEqualTo(taxed.invoice().total());
            assertThat(back.header().taxTotal().add(back.header().netTotal()))
                    .isEqualByComparingTo(back.invoice().total().amount());
        }
    }

    /** The invoice with a tax on each line at a rate drawn from {@link #RATES}, included in the line total. */
    private static LedesInvoice taxed(Invoice invoice, SplittableRandom random) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<LedesLineDetails> details = new ArrayList<>();
        for (InvoiceLine l : invoice.lines()) {
            BigDecimal rate = RATES.get(random.nextInt(RATES.size()));
            Money tax = l.total().multiply(rate, RoundingMode.HALF_UP);
            lines.add(new InvoiceLine(l.lineNumber(), l.type(), l.date(), l.timekeeper(), l.units(), l.unitCost(),
                    l.adjustment(), l.total().plus(tax), l.taskCode(), l.activityCode(), l.expenseCode(),
                    l.narrative(), l.nonWorkingTravel(), l.receipt(), l.actualTime(), l.rateBasis(), l.sourceLine()));
            details.add(LedesLineDetails.none(l.lineNumber()).withTax(rate, tax.amount(), "VAT"));
        }
        Invoice withTax = Invoice.builder(invoice.number(), invoice.client(), invoice.matter())
                .clientMatterId(invoice.clientMatterId().orElse(null)).lawFirmId(invoice.lawFirmId())
                .invoiceDate(invoice.invoiceDate()).period(invoice.periodStart(), invoice.periodEnd())
                .description(invoice.description()).currency(invoice.currency()).lines(lines).build();
        LedesInvoiceHeader header = LedesInvoiceHeader.builder().poNumber("PO-" + invoice.number().value())
                .clientTaxId("GB-871-2245-09").matterName("Matter " + invoice.matter().value())
                .accountType(random.nextBoolean() ? "O" : "T").lawFirm(FIRM).client(CLIENT).build();
        return LedesInvoice.of(withTax, header, details);
    }
}
